// The language client: starts the Postlint language server (dist/server.js, the same engine the
// CLI uses) over Node IPC and connects it to posts and to `.postlintrc.json` files.

import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { LANGUAGE_ID } from '../server/protocol';
import type { CrashPolicy } from './crashes';
const CONFIG_FILE_GLOB = '**/.postlintrc.json';

export function createLanguageClient(context: vscode.ExtensionContext, crashes: CrashPolicy): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    // Used when the extension host itself runs under a debugger (F5 in a development checkout).
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };

  // Posts on disk and unsaved ones; other schemes (git diffs, the preview) are views of a post,
  // not the post, and must not get diagnostics of their own.
  const documentSelector = [
    { scheme: 'file', language: LANGUAGE_ID },
    { scheme: 'untitled', language: LANGUAGE_ID },
    // The server reports a broken config file in the file itself.
    { scheme: 'file', pattern: CONFIG_FILE_GLOB },
  ];

  // Watchers tell the server when a config file changes (it re-lints open posts) and when posts
  // appear or go away on disk (it keeps workspace diagnostics current).
  const watchers = [
    vscode.workspace.createFileSystemWatcher(CONFIG_FILE_GLOB),
    vscode.workspace.createFileSystemWatcher('**/*.post.md'),
  ];
  context.subscriptions.push(...watchers);

  const clientOptions: LanguageClientOptions = {
    documentSelector,
    synchronize: { configurationSection: 'postlint', fileEvents: watchers },
    diagnosticCollectionName: 'postlint',
    // Restarts a crashed server; after repeated crashes stops with a message (crashes.ts).
    errorHandler: crashes,
  };

  // The id 'postlint' makes the client honour the `postlint.trace.server` setting.
  return new LanguageClient('postlint', 'Postlint', serverOptions, clientOptions);
}
