// The latest `postlint/status` per document. The server sends it after every lint; the language
// client allows one handler per notification, so this is that handler and the status bar and the
// preview subscribe here.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DocumentStatusNotification, type DocumentStatus } from '../server/protocol';

export class DocumentStatusTracker implements vscode.Disposable {
  private readonly byUri = new Map<string, DocumentStatus>();
  private readonly changed = new vscode.EventEmitter<DocumentStatus>();
  private readonly disposables: vscode.Disposable[] = [this.changed];

  /** Fires with each new status, after it is stored. */
  readonly onDidChange = this.changed.event;

  constructor() {
    this.disposables.push(vscode.workspace.onDidCloseTextDocument((document) => this.byUri.delete(document.uri.toString())));
  }

  /** Starts listening to the client's notifications (the client is created after activation). */
  listenTo(client: LanguageClient): void {
    this.disposables.push(
      client.onNotification(DocumentStatusNotification, (status) => {
        this.byUri.set(status.uri, status);
        this.changed.fire(status);
      }),
    );
  }

  get(uri: vscode.Uri): DocumentStatus | undefined {
    return this.byUri.get(uri.toString());
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
