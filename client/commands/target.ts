// Which post a command works on: the file a menu passed in (editor title or context menu), else
// the post in the active editor.

import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../../server/protocol';

export async function targetPost(resource?: unknown): Promise<vscode.TextDocument | undefined> {
  if (resource instanceof vscode.Uri) {
    return vscode.workspace.openTextDocument(resource);
  }
  const document = vscode.window.activeTextEditor?.document;
  if (document?.languageId === LANGUAGE_ID) return document;
  void vscode.window.showInformationMessage(vscode.l10n.t('Open a post (a .post.md file) first.'));
  return undefined;
}
