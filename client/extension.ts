// Entry point of the VS Code extension: starts the language server and wires the editor features
// (commands, status bar, preview) to it. All linting happens in the server; nothing here knows
// the rules.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { ChannelId } from '../server/protocol';
import type { PostlintApi } from './api';
import { createLanguageClient } from './client';
import { CrashPolicy } from './crashes';
import { ADAPT_COMMANDS, registerCommands } from './commands';
import { DocumentStatusTracker } from './documentStatus';
import { PreviewManager } from './preview/manager';
import { PostStatusBar } from './statusBar';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<PostlintApi> {
  const crashes = new CrashPolicy();
  client = createLanguageClient(context, crashes);
  const statuses = new DocumentStatusTracker(client);
  const statusBar = new PostStatusBar(statuses);
  const previews = new PreviewManager({ client, extensionUri: context.extensionUri, adaptCommand }, statuses);
  context.subscriptions.push(crashes, statuses, statusBar, previews, ...registerCommands(client, previews, crashes));

  await client.start();
  return { client, crashes, statusBar, preview: previews };
}

/** "Adapt for this channel" in the preview: the channel's own command, else the generic one. */
function adaptCommand(channel: ChannelId, post: vscode.Uri): [string, ...unknown[]] {
  const dedicated = Object.keys(ADAPT_COMMANDS).find((command) => ADAPT_COMMANDS[command] === channel);
  return dedicated ? [dedicated, post] : ['postlint.adaptFor', channel, post];
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
