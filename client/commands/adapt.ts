// "Adapt for Instagram" and its siblings: the server adapts the post (`postlint/adapt`); the
// client puts the result where a writer expects it, beside the original:
//   - a post saved on disk gets a sibling file `name.<channel>.post.md`, written and opened;
//   - if that sibling exists, it is opened with the new adaptation as an unsaved, undoable change,
//     so earlier edits to it are never lost without the writer saying so (save keeps, undo restores);
//   - an untitled post gets an untitled adaptation.

import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { AdaptRequest, LANGUAGE_ID, type AdaptResult, type ChannelId } from '../../server/protocol';
import { targetPost } from './target';

/** Returns the adapted document (the tests check it), or undefined when nothing was done. */
export async function adaptFor(client: LanguageClient, channel: ChannelId, resource?: unknown): Promise<vscode.TextDocument | undefined> {
  const original = await targetPost(resource);
  if (!original) return undefined;

  const result = await client.sendRequest(AdaptRequest, { uri: client.code2ProtocolConverter.asUri(original.uri), channel });
  if (!result) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Postlint could not adapt this post.'));
    return undefined;
  }

  const adapted = original.uri.scheme === 'file' ? await writeSibling(original.uri, result) : await openUntitled(result);
  await vscode.window.showTextDocument(adapted, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  return adapted;
}

async function writeSibling(originalUri: vscode.Uri, result: AdaptResult): Promise<vscode.TextDocument> {
  // basename: the file name comes from the server; it must never point outside the folder.
  const target = vscode.Uri.joinPath(originalUri, '..', path.posix.basename(result.fileName));
  if (!(await exists(target))) {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.text));
    return vscode.workspace.openTextDocument(target);
  }

  const document = await vscode.workspace.openTextDocument(target);
  if (document.getText() !== result.text) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(target, fullRange(document), result.text);
    await vscode.workspace.applyEdit(edit);
    void vscode.window.showInformationMessage(
      vscode.l10n.t('{0} already existed: it now shows the new adaptation. Save to keep it, or undo to get the old text back.', path.posix.basename(target.path)),
    );
  }
  return document;
}

function openUntitled(result: AdaptResult): Thenable<vscode.TextDocument> {
  return vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: result.text });
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

function fullRange(document: vscode.TextDocument): vscode.Range {
  return new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
}
