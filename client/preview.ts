// "Open Preview to the Side", first version: a read-only text document beside the post showing the
// server's preview model (`postlint/preview`) as plain text, one section per channel. It refreshes
// after every lint of its post. The rich webview preview (SPEC §6) will replace the rendering.

import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PreviewRequest } from '../server/protocol';
import type { DocumentStatusTracker } from './documentStatus';
import { renderPreviewText } from './previewText';
import { targetPost } from './commands/target';

export const PREVIEW_SCHEME = 'postlint-preview';

export class PreviewDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly client: LanguageClient,
    statuses: DocumentStatusTracker,
  ) {
    this.disposables.push(
      vscode.workspace.registerTextDocumentContentProvider(PREVIEW_SCHEME, this),
      // A new status means the server has linted a new version of that post: refresh its preview
      // if one is open. Event-driven, so the preview never shows an older text than the server has.
      statuses.onDidChange((status) => {
        const preview = previewUri(vscode.Uri.parse(status.uri));
        if (vscode.workspace.textDocuments.some((document) => document.uri.toString() === preview.toString())) {
          this.changed.fire(preview);
        }
      }),
    );
  }

  /** Opens (or reveals) the preview of a post beside it, keeping the focus in the post. */
  async openBeside(resource?: unknown): Promise<vscode.TextEditor | undefined> {
    const post = await targetPost(resource);
    if (!post) return undefined;
    const document = await vscode.workspace.openTextDocument(previewUri(post.uri));
    return vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true, preview: true });
  }

  async provideTextDocumentContent(uri: vscode.Uri, token: vscode.CancellationToken): Promise<string> {
    const source = sourceUri(uri);
    const model = await this.client.sendRequest(PreviewRequest, { uri: this.client.code2ProtocolConverter.asUri(source) }, token);
    return renderPreviewText(model, path.posix.basename(source.path));
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/** The preview's URI carries the post's URI in its query; its path gives the tab its title. */
export function previewUri(post: vscode.Uri): vscode.Uri {
  const title = vscode.l10n.t('Preview {0}', path.posix.basename(post.path));
  return vscode.Uri.from({ scheme: PREVIEW_SCHEME, path: `/${title}`, query: post.toString() });
}

function sourceUri(preview: vscode.Uri): vscode.Uri {
  return vscode.Uri.parse(preview.query);
}
