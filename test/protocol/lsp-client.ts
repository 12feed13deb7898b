// A minimal LSP client for the protocol tests: starts `node dist/server.js --stdio`, speaks JSON-RPC
// to it with vscode-jsonrpc, records what the server pushes (diagnostics, status, log messages,
// registrations), answers its requests (settings, registrations) and lets a test wait for a
// notification by predicate — never by sleeping.

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import {
  ConfigurationRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  type Hover,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  type ClientCapabilities,
  type ConfigurationItem,
  type FileEvent,
  type InitializeResult,
  type LogMessageParams,
  type PublishDiagnosticsParams,
  type Registration,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';
import { DocumentStatusNotification, type DocumentStatus } from '../../server/protocol';

export const ROOT = path.resolve(__dirname, '../../..');
// POSTLINT_SERVER runs the tests against another build of the server than dist/'s.
export const SERVER = process.env.POSTLINT_SERVER ? path.resolve(process.env.POSTLINT_SERVER) : path.join(ROOT, 'dist/server.js');

/** How long a test waits for the server before it fails with a description of what it waited for. */
const DEFAULT_TIMEOUT_MS = 10_000;

/** A short post that a test keeps open beside its subject: a hover on it shows that the server still answers. */
export const SMALL_POST = { uri: 'untitled:small', text: '---\nchannels: [twitter, facebook]\n---\nMehr unter https://example.com/sommer #Sommer\n' };

export type Settings = Record<string, unknown>;

export interface StartOptions {
  /** Workspace folder (a path); none by default. */
  workspace?: string;
  /** The `postlint` settings section the client answers with (per scope URI, if a function). */
  settings?: Settings | ((scopeUri: string | undefined) => Settings);
  /** The client's display language (`initialize` params `locale`). */
  locale?: string;
  /** Answer `workspace/configuration` and register dynamically, like VS Code (default true). */
  vscodeLike?: boolean;
}

interface Waiter {
  check(): boolean;
}

export class TestServer {
  readonly diagnostics: PublishDiagnosticsParams[] = [];
  readonly statuses: DocumentStatus[] = [];
  readonly logs: LogMessageParams[] = [];
  readonly registrations: Registration[] = [];
  readonly configurationRequests: ConfigurationItem[] = [];
  settings: StartOptions['settings'];
  initializeResult!: InitializeResult;
  stderr = '';
  private readonly waiters = new Set<Waiter>();
  private exited = false;
  readonly exit: Promise<number | null>;

  private constructor(
    readonly process: ChildProcessWithoutNullStreams,
    readonly connection: MessageConnection,
    options: StartOptions,
  ) {
    this.settings = options.settings;
    this.exit = new Promise((resolve) =>
      process.on('exit', (code) => {
        this.exited = true;
        resolve(code);
      }),
    );
    process.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => this.record(() => this.diagnostics.push(params)));
    connection.onNotification(DocumentStatusNotification.method, (params: DocumentStatus) => this.record(() => this.statuses.push(params)));
    connection.onNotification(LogMessageNotification.type, (params) => this.record(() => this.logs.push(params)));
    connection.onRequest(ConfigurationRequest.type, (params) => {
      this.configurationRequests.push(...params.items);
      return params.items.map((item) => (item.section === 'postlint' ? this.settingsFor(item.scopeUri) : null));
    });
    connection.onRequest(RegistrationRequest.type, (params) => {
      this.record(() => this.registrations.push(...params.registrations));
    });
    connection.listen();
  }

  static async start(options: StartOptions = {}): Promise<TestServer> {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { cwd: ROOT, stdio: 'pipe' });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const server = new TestServer(child, connection, options);
    const vscodeLike = options.vscodeLike ?? true;
    const capabilities: ClientCapabilities = {
      workspace: {
        configuration: vscodeLike,
        didChangeConfiguration: { dynamicRegistration: vscodeLike },
        didChangeWatchedFiles: { dynamicRegistration: vscodeLike },
        workspaceFolders: true,
        workspaceEdit: { documentChanges: true },
      },
      textDocument: {
        synchronization: { didSave: true },
        publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true },
        hover: { contentFormat: ['markdown', 'plaintext'] },
      },
    };
    const workspaceFolders = options.workspace ? [{ uri: pathToFileURL(options.workspace).href, name: path.basename(options.workspace) }] : null;
    server.initializeResult = await server.within('initialize', connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: workspaceFolders?.[0].uri ?? null,
      workspaceFolders,
      capabilities,
      locale: options.locale,
    }));
    await connection.sendNotification(InitializedNotification.type, {});
    return server;
  }

  private settingsFor(scopeUri: string | undefined): Settings {
    const settings = this.settings;
    return typeof settings === 'function' ? settings(scopeUri) : (settings ?? {});
  }

  private record(action: () => void): void {
    action();
    for (const waiter of [...this.waiters]) waiter.check();
  }

  /** Resolves with the first non-undefined `find()`, checked now and after every notification. */
  waitFor<T>(description: string, find: () => T | undefined, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${description}.\nServer log:\n${this.logText()}${this.stderr}`));
      }, timeoutMs);
      const waiter: Waiter = {
        check: () => {
          let found: T | undefined;
          try {
            found = find();
          } catch (error) {
            found = undefined;
            this.waiters.delete(waiter);
            clearTimeout(timer);
            reject(error);
            return true;
          }
          if (found === undefined) return false;
          this.waiters.delete(waiter);
          clearTimeout(timer);
          resolve(found);
          return true;
        },
      };
      if (!waiter.check()) this.waiters.add(waiter);
    });
  }

  /** The next diagnostics published for `uri` after the `since`-th publication that match `accept`. */
  waitForDiagnostics(uri: string, accept: (params: PublishDiagnosticsParams) => boolean = () => true, since = 0, timeoutMs?: number): Promise<PublishDiagnosticsParams> {
    return this.waitFor(`diagnostics for ${uri}`, () => this.diagnostics.slice(since).find((params) => params.uri === uri && accept(params)), timeoutMs);
  }

  /** Diagnostics for `uri` at exactly `version`. */
  waitForVersion(uri: string, version: number, since = 0): Promise<PublishDiagnosticsParams> {
    return this.waitForDiagnostics(uri, (params) => params.version === version, since);
  }

  /** The most recent diagnostics published for `uri`. */
  latest(uri: string): PublishDiagnosticsParams | undefined {
    return this.diagnostics.filter((params) => params.uri === uri).pop();
  }

  open(uri: string, text: string, version = 1, languageId = 'social-post'): Promise<void> {
    return this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  filesChanged(changes: FileEvent[]): Promise<void> {
    return this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  /** VS Code sends `settings: null` and lets the server pull the new values. */
  settingsChanged(settings: StartOptions['settings']): Promise<void> {
    this.settings = settings;
    return this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  logText(): string {
    return this.logs.map((log) => `  ${log.message}\n`).join('');
  }

  /** Fails the test with the server's log if `promise` does not settle in time. */
  /** A server with SMALL_POST open and its first diagnostics in. */
  static async startWithSmallPost(options: StartOptions = {}): Promise<TestServer> {
    const server = await TestServer.start(options);
    await server.open(SMALL_POST.uri, SMALL_POST.text);
    await server.waitForDiagnostics(SMALL_POST.uri);
    return server;
  }

  /** A hover on SMALL_POST's link (see startWithSmallPost). */
  hoverSmallPost(what: string, timeoutMs?: number): Promise<Hover | null> {
    return this.within(what, this.connection.sendRequest(HoverRequest.type, { textDocument: { uri: SMALL_POST.uri }, position: { line: 3, character: 15 } }), timeoutMs);
  }

  async within<T>(what: string, promise: Promise<T>, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} did not answer within ${timeoutMs} ms.\n${this.logText()}${this.stderr}`)), timeoutMs);
    });
    try {
      return await Promise.race([promise, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** The orderly end: shutdown, exit, and the process is gone. */
  async stop(): Promise<number | null> {
    if (!this.exited) {
      await this.within('shutdown', this.connection.sendRequest(ShutdownRequest.type));
      await this.connection.sendNotification(ExitNotification.type);
    }
    const code = await this.within('server exit', this.exit);
    this.connection.dispose();
    return code;
  }

  /** The disorderly end (a crash). */
  async kill(): Promise<void> {
    this.process.kill('SIGKILL');
    await this.exit;
    this.connection.dispose();
  }
}

/** A temporary folder with the given files (relative paths → contents); removed by `dispose`. */
export class TempFolder {
  readonly path: string;

  constructor(files: Record<string, string> = {}) {
    this.path = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-lsp-')));
    for (const [name, text] of Object.entries(files)) this.write(name, text);
  }

  file(name: string): string {
    return path.join(this.path, name);
  }

  uri(name: string): string {
    return pathToFileURL(this.file(name)).href;
  }

  write(name: string, text: string): string {
    const file = this.file(name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return this.uri(name);
  }

  remove(name: string): void {
    fs.rmSync(this.file(name), { force: true });
  }

  dispose(): void {
    fs.rmSync(this.path, { recursive: true, force: true });
  }
}

/** The text covered by an LSP range. */
export function textAt(text: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  const lines = text.split('\n');
  const offset = (position: { line: number; character: number }) =>
    lines.slice(0, position.line).reduce((sum, line) => sum + line.length + 1, 0) + position.character;
  return text.slice(offset(range.start), offset(range.end));
}

/** Applies LSP text edits (non-overlapping, against the same text) to `text`. */
export function applyLspEdits(text: string, edits: ReadonlyArray<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>): string {
  const lines = text.split('\n');
  const offset = (position: { line: number; character: number }) =>
    lines.slice(0, position.line).reduce((sum, line) => sum + line.length + 1, 0) + position.character;
  const sorted = edits.map((edit) => ({ start: offset(edit.range.start), end: offset(edit.range.end), newText: edit.newText })).sort((a, b) => b.start - a.start);
  let result = text;
  for (const edit of sorted) result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return result;
}
