// Registers the palette commands (SPEC §5). Titles, categories and menus are in package.json.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { ChannelId } from '../../server/protocol';
import type { PreviewDocuments } from '../preview';
import { adaptFor } from './adapt';
import { runEditCommand } from './editCommands';

const ADAPT_COMMANDS: Record<string, ChannelId> = {
  'postlint.adaptForInstagram': 'instagram',
  'postlint.adaptForFacebook': 'facebook',
  'postlint.adaptForTwitter': 'twitter',
  'postlint.adaptForLinkedIn': 'linkedin',
};

export function registerCommands(client: LanguageClient, previews: PreviewDocuments): vscode.Disposable[] {
  const register = vscode.commands.registerCommand;
  return [
    ...Object.entries(ADAPT_COMMANDS).map(([command, channel]) =>
      register(command, (resource?: unknown) => adaptFor(client, channel, resource)),
    ),
    register('postlint.addSignOff', (resource?: unknown) => runEditCommand(client, 'addSignOff', resource)),
    register('postlint.splitThread', (resource?: unknown) => runEditCommand(client, 'splitThread', resource)),
    register('postlint.fixAll', (resource?: unknown) => runEditCommand(client, 'fixAll', resource)),
    register('postlint.openPreview', (resource?: unknown) => previews.openBeside(resource)),
    register('postlint.restartServer', () => client.restart()),
    register('postlint.showOutput', () => client.outputChannel.show()),
  ];
}
