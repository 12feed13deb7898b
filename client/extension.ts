// Entry point of the VS Code extension: starts the language server and wires the editor features
// (commands, status bar, preview) to it. All linting happens in the server; nothing here knows
// the rules.

import type * as vscode from 'vscode';
import type { ChannelId } from '../server/protocol';
import { activationTiming } from './activation';
import type { PostlintApi } from './api';
import { ADAPT_COMMANDS, registerCommands } from './commands';
import { connectAfterActivation, type ServerConnection } from './connection';
import { DocumentStatusTracker } from './documentStatus';
import { PreviewManager } from './preview/manager';
import { PostStatusBar } from './statusBar';

let connection: Promise<ServerConnection> | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<PostlintApi> {
  const activateCalledAt = performance.now();
  const statuses = new DocumentStatusTracker();
  // The language client is created and started once activation is over (connection.ts).
  const server = connectAfterActivation(context, statuses);
  connection = server;
  let connected: ServerConnection | undefined;
  const ready = server.then((established) => {
    connected = established;
    return established.started;
  });
  ready.catch(() => undefined);
  const statusBar = new PostStatusBar(statuses);
  const previews = new PreviewManager({ client: async () => (await server).client, extensionUri: context.extensionUri, adaptCommand }, statuses);
  context.subscriptions.push(statuses, statusBar, previews, ...registerCommands(server, previews));

  const established = (): ServerConnection => {
    if (!connected) throw new Error('The Postlint language client is not created yet: await `ready` first.');
    return connected;
  };
  // Nothing is left but returning: the async function's promise resolves in the next microtask.
  const activation = activationTiming(activateCalledAt, performance.now());
  return {
    get client() {
      return established().client;
    },
    get crashes() {
      return established().crashes;
    },
    ready,
    statusBar,
    preview: previews,
    activation,
  };
}

/** "Adapt for this channel" in the preview: the channel's own command, else the generic one. */
function adaptCommand(channel: ChannelId, post: vscode.Uri): [string, ...unknown[]] {
  const dedicated = Object.keys(ADAPT_COMMANDS).find((command) => ADAPT_COMMANDS[command] === channel);
  return dedicated ? [dedicated, post] : ['postlint.adaptFor', channel, post];
}

export async function deactivate(): Promise<void> {
  const current = connection;
  connection = undefined;
  await current?.then(
    ({ client }) => client.stop(),
    () => undefined,
  );
}
