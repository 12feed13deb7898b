// Entry point of the VS Code extension: starts the language server and wires the editor features
// (commands, status bar, preview) to it. All linting happens in the server; nothing here knows
// the rules.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { PostlintApi } from './api';
import { createLanguageClient } from './client';
import { registerCommands } from './commands';
import { DocumentStatusTracker } from './documentStatus';
import { PreviewDocuments } from './preview';
import { PostStatusBar } from './statusBar';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<PostlintApi> {
  client = createLanguageClient(context);
  const statuses = new DocumentStatusTracker(client);
  const statusBar = new PostStatusBar(statuses);
  const previews = new PreviewDocuments(client, statuses);
  context.subscriptions.push(statuses, statusBar, previews, ...registerCommands(client, previews));

  await client.start();
  return { client, statusBar };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
