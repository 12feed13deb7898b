// A minimal LSP client over stdio for the latency benchmark: spawns `node dist/server.js --stdio`
// as an editor would, answers the server's requests the way VS Code does (settings at their
// defaults), and lets the benchmark wait for the diagnostics of a given document version.

import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import rpc from 'vscode-jsonrpc/node';

/** Settings as VS Code sends them when the user changed none: the defaults of package.json. */
export function defaultSettings(repoRoot) {
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const properties = manifest.contributes?.configuration?.properties ?? {};
  const settings = {};
  for (const [key, property] of Object.entries(properties)) {
    if (key.startsWith('postlint.') && !key.slice('postlint.'.length).includes('.')) settings[key.slice('postlint.'.length)] = property.default;
  }
  return settings;
}

export class LspSession {
  /** Spawns the server; `spawnedAt` (hrtime, ns) is the start of the "ready" measurement. */
  constructor({ serverPath, cwd, settings }) {
    this.settings = settings;
    this.waiters = new Set();
    this.published = new Map();
    this.stderr = '';
    this.exited = undefined;
    this.spawnedAt = process.hrtime.bigint();
    this.child = spawn(process.execPath, [serverPath, '--stdio'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr.on('data', (chunk) => { this.stderr = (this.stderr + chunk).slice(-4000); });
    this.child.once('exit', (code, signal) => {
      this.exited = { code, signal };
      for (const waiter of this.waiters) waiter.reject(new Error(`server exited (${signal ?? code}): ${this.stderr.trim().split('\n').slice(-3).join(' | ')}`));
      this.waiters.clear();
    });
    this.connection = rpc.createMessageConnection(new rpc.StreamMessageReader(this.child.stdout), new rpc.StreamMessageWriter(this.child.stdin));
    this.connection.onRequest((method, params) => this.answer(method, params));
    this.connection.onNotification('textDocument/publishDiagnostics', (params) => this.onDiagnostics(params));
    // Errors the server logs (type 1) explain a missing result better than a timeout does.
    this.errors = [];
    this.connection.onNotification('window/logMessage', (params) => {
      if (params.type === 1) this.errors = [...this.errors.slice(-4), params.message.split('\n')[0]];
    });
    // Swallow the connection's own errors after the server exits; waiters already report it.
    this.connection.onError(() => {});
    this.connection.listen();
  }

  get pid() {
    return this.child.pid;
  }

  answer(method, params) {
    if (method === 'workspace/configuration') return params.items.map((item) => (item.section === 'postlint' ? this.settings : null));
    // client/registerCapability, window/workDoneProgress/create, workspace/applyEdit …: accept.
    return null;
  }

  onDiagnostics(params) {
    this.published.set(params.uri, params);
    for (const waiter of [...this.waiters]) {
      if (waiter.uri === params.uri && (params.version === undefined || params.version >= waiter.version)) {
        this.waiters.delete(waiter);
        waiter.resolve(params);
      }
    }
  }

  /** Sends `initialize` + `initialized`; returns { readyMs, capabilities }. */
  async initialize(rootDir) {
    const rootUri = rootDir ? pathToUri(rootDir) : null;
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      clientInfo: { name: 'postlint-bench' },
      locale: 'en',
      rootUri,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: path.basename(rootDir) }] : null,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true, applyEdit: true },
        textDocument: {
          synchronization: { dynamicRegistration: false, didSave: true },
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
        },
        window: { workDoneProgress: true },
      },
    });
    const readyMs = Number(process.hrtime.bigint() - this.spawnedAt) / 1e6;
    this.connection.sendNotification('initialized', {});
    this.syncKind = syncKindOf(result.capabilities);
    return { readyMs, capabilities: result.capabilities };
  }

  /** Resolves with the first publishDiagnostics of `uri` at `version` or later. */
  diagnosticsFor(uri, version, timeoutMs) {
    return new Promise((resolve, reject) => {
      if (this.exited) return reject(new Error(`server exited: ${this.stderr.trim().split('\n').at(-1) ?? ''}`));
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new DiagnosticsTimeout(version, timeoutMs, this.errors.at(-1)));
      }, timeoutMs);
      const waiter = {
        uri,
        version,
        resolve: (params) => { clearTimeout(timer); resolve(params); },
        reject: (error) => { clearTimeout(timer); reject(error); },
      };
      this.waiters.add(waiter);
    });
  }

  open(uri, text, version = 1) {
    this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'social-post', version, text } });
  }

  /** One edit, sent incrementally when the server asked for it, else as the full new text. */
  change(uri, version, { range, text }, fullText) {
    const change = this.syncKind === 2 ? { range, text } : { text: fullText };
    this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
  }

  close(uri) {
    this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request(method, params) {
    return this.connection.sendRequest(method, params);
  }

  /** shutdown + exit; ends the process by its id if it does not exit within a second. */
  async stop() {
    if (this.exited) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    try {
      await withTimeout(this.connection.sendRequest('shutdown'), 2000);
      this.connection.sendNotification('exit');
    } catch {
      // fall through to the kill below
    }
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 1000);
    await exited;
    clearTimeout(timer);
    this.connection.dispose();
  }
}

/** No diagnostics within the limit: the measurement is "more than timeoutMs", not missing. */
export class DiagnosticsTimeout extends Error {
  constructor(version, timeoutMs, serverError) {
    super(`no diagnostics for version ${version} within ${timeoutMs / 1000} s${serverError ? ` (server logged: ${serverError})` : ''}`);
    this.timeoutMs = timeoutMs;
  }
}

function syncKindOf(capabilities) {
  const sync = capabilities.textDocumentSync;
  return typeof sync === 'number' ? sync : sync?.change ?? 1;
}

export function pathToUri(file) {
  return pathToFileURL(file).href;
}

export function withTimeout(promise, ms) {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms); })])
    .finally(() => clearTimeout(timer));
}
