// Add Sign-off, Split into Thread and Fix All Problems: the server computes the edits for the
// document's current version (`postlint/commandEdits`); they are applied only to that version. The
// version is checked after the last await, and where the post is open in an editor the edit goes
// through that editor, whose own check refuses it if the text changed in the window meanwhile (the
// extension host may not have heard of a keystroke yet).

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CommandEditsRequest, type EditCommand } from '../../server/protocol';
import { targetPost } from './target';

// If the writer keeps typing while the server works, ask again for the newer text; give up after
// a few tries rather than applying edits computed for text that is no longer there.
const MAX_ATTEMPTS = 3;

export async function runEditCommand(client: LanguageClient, command: EditCommand, resource?: unknown): Promise<boolean> {
  const document = await targetPost(resource);
  if (!document) return false;
  const uri = client.code2ProtocolConverter.asUri(document.uri);

  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const result = await client.sendRequest(CommandEditsRequest, { uri, command });
    if (result.edits.length === 0) {
      void vscode.window.showInformationMessage(result.reason ?? nothingToDo(command));
      return false;
    }
    const edits = await client.protocol2CodeConverter.asTextEdits(result.edits);
    if (result.version !== document.version) continue;
    const editor = vscode.window.visibleTextEditors.find((candidate) => candidate.document === document);
    if (editor) {
      // Resolves false (nothing applied) when the editor's text is no longer at that version.
      if (await editor.edit((builder) => edits.forEach((edit) => builder.replace(edit.range, edit.newText)))) return true;
      continue;
    }
    const edit = new vscode.WorkspaceEdit();
    edit.set(document.uri, edits);
    return vscode.workspace.applyEdit(edit);
  }
  void vscode.window.showWarningMessage(vscode.l10n.t('The post changed while Postlint was working on it. Please try again.'));
  return false;
}

function nothingToDo(command: EditCommand): string {
  switch (command) {
    case 'addSignOff':
      return vscode.l10n.t('The post already ends with a sign-off.');
    case 'splitThread':
      return vscode.l10n.t('The post fits every channel; there is nothing to split.');
    case 'fixAll':
      return vscode.l10n.t('No problems that Postlint can fix safely.');
  }
}
