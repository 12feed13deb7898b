// Registers the palette commands (SPEC §5). Titles, categories and menus are in package.json.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { ChannelId } from '../../server/protocol';
import type { CrashPolicy } from '../crashes';
import type { PreviewManager } from '../preview/manager';
import { adaptFor } from './adapt';
import { runEditCommand } from './editCommands';

export const ADAPT_COMMANDS: Record<string, ChannelId> = {
  'postlint.adaptForInstagram': 'instagram',
  'postlint.adaptForFacebook': 'facebook',
  'postlint.adaptForTwitter': 'twitter',
  'postlint.adaptForLinkedIn': 'linkedin',
};

export function registerCommands(client: LanguageClient, previews: PreviewManager, crashes: CrashPolicy): vscode.Disposable[] {
  const register = vscode.commands.registerCommand;
  return [
    ...Object.entries(ADAPT_COMMANDS).map(([command, channel]) =>
      register(command, (resource?: unknown) => adaptFor(client, channel, resource)),
    ),
    // Not in the palette: "Adapt for this channel" in the preview, for channels without a command above.
    register('postlint.adaptFor', (channel: ChannelId, resource?: unknown) => adaptFor(client, channel, resource)),
    register('postlint.addSignOff', (resource?: unknown) => runEditCommand(client, 'addSignOff', resource)),
    register('postlint.splitThread', (resource?: unknown) => runEditCommand(client, 'splitThread', resource)),
    register('postlint.fixAll', (resource?: unknown) => runEditCommand(client, 'fixAll', resource)),
    register('postlint.openPreview', (resource?: unknown) => previews.openBeside(resource)),
    register('postlint.restartServer', () => {
      crashes.reset();
      return client.restart();
    }),
    register('postlint.showOutput', () => client.outputChannel.show()),
  ];
}
