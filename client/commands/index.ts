// Registers the palette commands (SPEC §5). Titles, categories and menus are in package.json.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { ChannelId } from '../../server/protocol';
import type { ServerConnection } from '../connection';
import type { PreviewManager } from '../preview/manager';
import { adaptFor } from './adapt';
import { runEditCommand } from './editCommands';

export const ADAPT_COMMANDS: Record<string, ChannelId> = {
  'postlint.adaptForInstagram': 'instagram',
  'postlint.adaptForFacebook': 'facebook',
  'postlint.adaptForTwitter': 'twitter',
  'postlint.adaptForLinkedIn': 'linkedin',
};

/** Registered during activation; the commands that need the server wait for its connection. */
export function registerCommands(connection: Promise<ServerConnection>, previews: PreviewManager): vscode.Disposable[] {
  const register = vscode.commands.registerCommand;
  const client = async (): Promise<LanguageClient> => (await connection).client;
  return [
    ...Object.entries(ADAPT_COMMANDS).map(([command, channel]) =>
      register(command, async (resource?: unknown) => adaptFor(await client(), channel, resource)),
    ),
    // Not in the palette: "Adapt for this channel" in the preview, for channels without a command above.
    register('postlint.adaptFor', async (channel: ChannelId, resource?: unknown) => adaptFor(await client(), channel, resource)),
    register('postlint.addSignOff', async (resource?: unknown) => runEditCommand(await client(), 'addSignOff', resource)),
    register('postlint.splitThread', async (resource?: unknown) => runEditCommand(await client(), 'splitThread', resource)),
    register('postlint.fixAll', async (resource?: unknown) => runEditCommand(await client(), 'fixAll', resource)),
    register('postlint.openPreview', (resource?: unknown) => previews.openBeside(resource)),
    register('postlint.restartServer', async () => {
      const { client: current, crashes } = await connection;
      crashes.reset();
      return current.restart();
    }),
    register('postlint.showOutput', async () => (await client()).outputChannel.show()),
  ];
}
