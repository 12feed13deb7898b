// The Postlint language server (SPEC §5, §8): wires the LSP connection to the parts that do the work
// — linter.ts (diagnostics as you type), workspace.ts (posts not open), code-actions.ts, hover.ts,
// requests.ts (custom requests) — and keeps settings and `.postlintrc.json` files current.
// Nothing here needs VS Code: any LSP client can run `node dist/server.js --stdio`.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { version } from '../../package.json';
import { mergeConfigs } from '../../rules/config/merge';
import type { ConfigProblem, Locale } from '../../rules';
import {
  AdaptRequest,
  CommandEditsRequest,
  FIX_ALL_KIND,
  PreviewRequest,
  type AdaptParams,
  type CommandEditsParams,
  type CommandEditsResult,
  type DocumentParams,
} from '../protocol';
import { BackgroundPool } from './background/pool';
import { codeActions } from './code-actions';
import { ConfigFiles, checkConfigText, isConfigFile } from './config-files';
import type { ClientAbilities, ServerContext } from './context';
import { configDiagnostic } from './diagnostics';
import { documentKind, openDocumentAt, POST_SUFFIX, snapshotOf, uriToPath } from './documents';
import { createGuard, logError } from './guard';
import { DocumentLinter } from './linter';
import { localeFromTag } from './messages';
import { PreviewCache } from './preview';
import { adapt, commandEdits, preview } from './requests';
import { EngineRunner } from './runner';
import { SETTINGS_SECTION, SettingsStore } from './settings';
import { tooLargeToCheck } from './size-limit';
import { BatchingOutput } from './stdout';
import type { EngineOptions } from './tasks';
import { WorkspaceFiles, type WorkspaceFolder } from './workspace';

/** Coalesces the bursts of file events a `git checkout` or a save-all produces into one rescan. */
const RESCAN_DELAY_MS = 100;

/** Starts the server on the transport named on the command line (`--stdio`, `--node-ipc`, …). */
export function startServer(workerEntry: string): void {
  const connection = createServerConnection();
  const documents = new TextDocuments(TextDocument);
  const guard = createGuard(connection);
  const pool = new BackgroundPool(workerEntry, (message) => connection.console.warn(`Postlint: ${message}`));
  const client: ClientAbilities = { documentChanges: false };
  // Last line of defence: an async failure nobody awaited (a notification to a client that just
  // went away, say) is logged instead of ending the server.
  process.on('unhandledRejection', (reason) => logError(connection, 'A background task', reason));
  let settings = new SettingsStore(connection, false);
  let clientLocale: Locale | undefined;
  let canRegisterConfiguration = false;
  let canRegisterWatchers = false;
  let hasWorkspaceFolders = false;

  const context: ServerContext = { connection, documents, runner: new EngineRunner(pool), guard, client, optionsFor };
  const linter = new DocumentLinter(context);
  const workspace = new WorkspaceFiles(context);
  const configFiles = new ConfigFiles(publishConfigProblems);
  const previews = new PreviewCache();

  const isPost = (document: TextDocument) => documentKind(document.uri, document.languageId) === 'post';

  // Precedence (SPEC §4): frontmatter (applied by the engine) > .postlintrc.json > settings > defaults.
  // Messages: an explicit postlint.locale, else the config file's, else the editor's display language.
  async function optionsFor(uri: string, scopeUri = uri): Promise<EngineOptions> {
    const fromClient = await settings.get(scopeUri);
    const filePath = uriToPath(uri);
    // An untitled post belongs to the (first) workspace folder and follows its config file.
    const directory = filePath ? path.dirname(filePath) : workspace.roots[0]?.path;
    const fromFile = directory ? configFiles.forDirectory(directory).config : {};
    return { config: mergeConfigs(fromClient.config, fromFile), locale: fromClient.locale ?? fromFile.locale ?? clientLocale };
  }

  /** A config file's problems, shown in that file — unless it is open, then its live text counts. */
  function publishConfigProblems(file: string, text: string, problems: ConfigProblem[]): void {
    if (openDocumentAt(documents, file)) return;
    const uri = pathToFileURL(file).href;
    const document = TextDocument.create(uri, 'json', 0, text);
    connection.sendDiagnostics({ uri, diagnostics: problems.map((problem) => configDiagnostic(problem, document)) });
  }

  function lintConfigDocument(document: TextDocument): void {
    const { problems } = checkConfigText(document.getText(), uriToPath(document.uri));
    connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: problems.map((problem) => configDiagnostic(problem, document)) });
  }

  let rescanTimer: NodeJS.Timeout | undefined;
  function scheduleRescan(): void {
    if (rescanTimer) return;
    rescanTimer = setTimeout(() => {
      rescanTimer = undefined;
      void guard('Workspace scan', undefined, () => workspace.scan())();
    }, RESCAN_DELAY_MS);
  }

  /** Settings or a config file changed: everything linted so far may be wrong. */
  function configurationChanged(): void {
    previews.clear();
    linter.invalidateAll(isPost);
    scheduleRescan();
  }

  function configFileChanged(filePath: string, deleted: boolean): void {
    configFiles.forget(filePath);
    if (deleted) {
      if (!openDocumentAt(documents, filePath)) connection.sendDiagnostics({ uri: pathToFileURL(filePath).href, diagnostics: [] });
    } else {
      configFiles.load(filePath);
    }
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const capabilities = params.capabilities;
    settings = new SettingsStore(connection, capabilities.workspace?.configuration === true);
    canRegisterConfiguration = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    canRegisterWatchers = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    hasWorkspaceFolders = capabilities.workspace?.workspaceFolders === true;
    client.documentChanges = capabilities.workspace?.workspaceEdit?.documentChanges === true;
    clientLocale = localeFromTag(params.locale);
    workspace.setFolders(foldersOf(params));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        hoverProvider: true,
        ...(hasWorkspaceFolders ? { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } } : {}),
      },
      serverInfo: { name: 'postlint', version },
    };
  });

  connection.onInitialized(
    guard('initialized', undefined, async () => {
      const registrations: Array<Promise<unknown>> = [];
      if (canRegisterConfiguration) registrations.push(connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION }));
      if (canRegisterWatchers) {
        registrations.push(
          connection.client.register(DidChangeWatchedFilesNotification.type, {
            watchers: [{ globPattern: `**/*${POST_SUFFIX}` }, { globPattern: '**/.postlintrc.json' }],
          }),
        );
      }
      for (const registration of registrations) registration.catch((error: unknown) => logError(connection, 'Registering for notifications', error));
      if (hasWorkspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders(
          guard('Workspace folder change', undefined, async (event) => {
            const removed = new Set(event.removed.map((folder) => folder.uri));
            const kept = workspace.roots.filter((folder) => !removed.has(folder.uri));
            workspace.setFolders([...kept, ...toFolders(event.added)]);
            await workspace.scan();
          }),
        );
      }
      await workspace.scan();
    }),
  );

  connection.onDidChangeConfiguration(
    guard('Settings change', undefined, (params) => {
      settings.changed(params.settings);
      configurationChanged();
    }),
  );

  connection.onDidChangeWatchedFiles(
    guard('File change', undefined, async (params) => {
      let configChanged = false;
      const posts: Array<Promise<void>> = [];
      for (const change of params.changes) {
        const filePath = uriToPath(change.uri);
        if (!filePath) continue;
        const deleted = change.type === FileChangeType.Deleted;
        if (isConfigFile(filePath)) {
          configFileChanged(filePath, deleted);
          configChanged = true;
        } else if (filePath.toLowerCase().endsWith(POST_SUFFIX) && !openDocumentAt(documents, filePath)) {
          if (deleted) workspace.clear(filePath);
          else if (workspace.folderOf(filePath)) posts.push(workspace.lintFile(filePath));
        }
      }
      if (configChanged) configurationChanged();
      await Promise.all(posts);
    }),
  );

  documents.onDidChangeContent(
    guard('Document change', undefined, ({ document }) => {
      const kind = documentKind(document.uri, document.languageId);
      if (kind === 'post') linter.changed(document);
      else if (kind === 'config') lintConfigDocument(document);
    }),
  );

  documents.onDidOpen(
    guard('Document open', undefined, ({ document }) => {
      const filePath = uriToPath(document.uri);
      if (filePath && isPost(document)) workspace.opened(filePath);
    }),
  );

  documents.onDidClose(
    guard('Document close', undefined, async ({ document }) => {
      const filePath = uriToPath(document.uri);
      const kind = documentKind(document.uri, document.languageId);
      if (kind === 'post') {
        linter.closed(document.uri);
        previews.forget(document.uri);
        settings.forget(document.uri);
        await workspace.closed(document.uri, filePath);
      } else if (kind === 'config') {
        // The file on disk is what counts again (its problems, if it has any).
        connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
        if (filePath) configFileChanged(filePath, false);
      }
    }),
  );

  // For clients that do not report file events: a saved config file applies at once.
  documents.onDidSave(
    guard('Document save', undefined, ({ document }) => {
      const filePath = uriToPath(document.uri);
      if (filePath && documentKind(document.uri) === 'config') {
        configFiles.forget(filePath);
        configurationChanged();
      }
    }),
  );

  connection.onCodeAction(
    guard('Code actions', [], async (params) => {
      const document = documents.get(params.textDocument.uri);
      if (!document || !isPost(document)) return [];
      const current = snapshotOf(document);
      const outcome = await linter.outcome(document, true);
      const fixAll = async () => {
        const options = await optionsFor(current.uri);
        return context.runner.run('commandEdits', { text: current.getText(), options, command: 'fixAll' }, current.uri);
      };
      return codeActions({ params, document: current, outcome, client, fixAll });
    }),
  );

  connection.onHover(
    guard('Hover', null, async (params) => {
      const document = documents.get(params.textDocument.uri);
      // Past the size limit nothing is checked, hovers included.
      if (!document || !isPost(document) || tooLargeToCheck(document.getText())) return null;
      const current = snapshotOf(document);
      const options = await optionsFor(current.uri);
      // Loaded on the first hover, like the rest of the engine (see runner.ts).
      const { hoverFor } = require('./hover') as typeof import('./hover');
      return hoverFor(current, current.offsetAt(params.position), options);
    }),
  );

  // By method name: server/protocol.ts is typed against the client's copy of the protocol package.
  const noEdits: CommandEditsResult = { version: 0, edits: [] };
  connection.onRequest(CommandEditsRequest.method, guard('Command edits', noEdits, (params: CommandEditsParams) => commandEdits(context, params)));
  connection.onRequest(AdaptRequest.method, guard('Adapt', null, (params: AdaptParams) => adapt(context, params)));
  connection.onRequest(PreviewRequest.method, guard('Preview', null, (params: DocumentParams) => preview(context, params, previews)));

  connection.onShutdown(() => pool.dispose());

  documents.listen(connection);
  connection.listen();
}

/**
 * The connection on the transport named on the command line. Over `--stdio`, standard output is
 * written in batches (stdout.ts), and the console — which the library would otherwise redirect —
 * writes to standard error, so that nothing but the protocol reaches standard output.
 */
function createServerConnection(): Connection {
  if (!process.argv.includes('--stdio')) return createConnection(ProposedFeatures.all);
  globalThis.console = new console.Console(process.stderr, process.stderr);
  return createConnection(ProposedFeatures.all, process.stdin, new BatchingOutput(process.stdout));
}

function foldersOf(params: InitializeParams): WorkspaceFolder[] {
  if (params.workspaceFolders) return toFolders(params.workspaceFolders);
  if (params.rootUri) return toFolders([{ uri: params.rootUri }]);
  if (params.rootPath) return [{ uri: pathToFileURL(params.rootPath).href, path: path.resolve(params.rootPath) }];
  return [];
}

function toFolders(folders: ReadonlyArray<{ uri: string }>): WorkspaceFolder[] {
  return folders.flatMap((folder) => {
    const folderPath = uriToPath(folder.uri);
    return folderPath ? [{ uri: folder.uri, path: folderPath }] : [];
  });
}
