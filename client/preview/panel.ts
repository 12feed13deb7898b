// One "Postlint Preview" webview panel and the post it shows. It asks the server for the post's
// preview model (`postlint/preview`) whenever the manager says the post changed, and posts the model
// to the page, which renders it (media/preview/preview.js). The page sends back clicks: reveal a
// problem's range in the editor, adapt the post for a channel.

import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PreviewRequest, type ChannelId, type PreviewModel } from '../../server/protocol';
import { previewHtml } from './html';
import { previewLabels } from './labels';
import { parseWebviewMessage, type HostMessage, type Range, type RenderReport } from './messages';
import { createNonce } from './nonce';

export const PREVIEW_VIEW_TYPE = 'postlint.preview';

/**
 * Pause after a change before asking. Zero: the request only has to wait for the language client to
 * send the change first (it does so in the same turn); bursts are gathered by `refresh` itself.
 */
const CHANGE_DELAY_MS = 0;

/** How often one refresh asks again when the answer is for an older version than the editor has. */
const MAX_STALE_RETRIES = 3;

/** What the panel needs from the extension. */
export interface PreviewHost {
  /** The language client, once it exists (it is created after activation). */
  client(): Promise<LanguageClient>;
  extensionUri: vscode.Uri;
  /** The command that adapts a post for a channel, with its arguments. */
  adaptCommand(channel: ChannelId, post: vscode.Uri): [string, ...unknown[]];
}

export function mediaRoot(extensionUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'media', 'preview');
}

/** Options of the panel's webview: scripts on (only ours can run), everything else off. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return { enableScripts: true, enableForms: false, enableCommandUris: false, localResourceRoots: [mediaRoot(extensionUri)] };
}

export class PreviewPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly renderedEmitter = new vscode.EventEmitter<RenderReport>();
  private readonly disposedEmitter = new vscode.EventEmitter<void>();
  /** Fires with the page's report after each render. */
  readonly onDidRender = this.renderedEmitter.event;
  readonly onDidDispose = this.disposedEmitter.event;

  private ready = false;
  private message: HostMessage | undefined;
  private requesting = false;
  private requestAgain = false;
  private disposed = false;
  private model: PreviewModel | null | undefined;
  private report: RenderReport | undefined;
  private changeTimer: NodeJS.Timeout | undefined;
  /** The version whose change was asked for already: its `postlint/status` needs no request. */
  private askedForVersion: number | undefined;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private post: vscode.Uri,
    private isLocked: boolean,
    private readonly host: PreviewHost,
  ) {
    const webview = panel.webview;
    webview.options = webviewOptions(host.extensionUri);
    const media = mediaRoot(host.extensionUri);
    webview.html = previewHtml({
      cspSource: webview.cspSource,
      nonce: createNonce(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'preview.css')).toString(),
      lang: vscode.env.language,
    });
    panel.iconPath = vscode.Uri.joinPath(host.extensionUri, 'media', 'icon.png');
    this.disposables.push(
      this.renderedEmitter,
      this.disposedEmitter,
      webview.onDidReceiveMessage((message: unknown) => this.received(message)),
      // A hidden webview is torn down (its context is not retained): it says `ready` when it is back.
      panel.onDidChangeViewState(({ webviewPanel }) => {
        if (!webviewPanel.visible) this.ready = false;
      }),
      panel.onDidDispose(() => this.dispose()),
    );
    this.updateTitle();
    void this.refresh();
  }

  get uri(): vscode.Uri {
    return this.post;
  }

  get locked(): boolean {
    return this.isLocked;
  }

  /** The last model the server sent (null: it could not read the post). */
  get lastModel(): PreviewModel | null | undefined {
    return this.model;
  }

  get lastReport(): RenderReport | undefined {
    return this.report;
  }

  /** Shows another post (the panel follows the active editor). */
  show(post: vscode.Uri): void {
    if (post.toString() === this.post.toString()) return;
    this.post = post;
    this.updateTitle();
    void this.refresh();
  }

  setLocked(locked: boolean): void {
    this.isLocked = locked;
    this.updateTitle();
    if (this.message) this.deliver({ ...this.message, locked });
  }

  /**
   * The post changed (typing): ask for its model right away, without waiting for the server's status
   * after its lint — the request follows the change to the server, which answers for the new text.
   */
  changed(version: number): void {
    this.askedForVersion = version;
    clearTimeout(this.changeTimer);
    this.changeTimer = setTimeout(() => void this.refresh(), CHANGE_DELAY_MS);
  }

  /**
   * The server linted the post again. After a change that was asked for already nothing is to do; a
   * lint without a change (the configuration changed) asks for the model again.
   */
  linted(version: number): void {
    if (this.askedForVersion === version) {
      this.askedForVersion = undefined;
      return;
    }
    void this.refresh();
  }

  /**
   * Asks the server for the current model. One request at a time: a change while one is under way
   * asks again when it returns, so bursts of keystrokes cost one request each way, never a queue.
   */
  async refresh(): Promise<void> {
    if (this.requesting) {
      this.requestAgain = true;
      return;
    }
    this.requesting = true;
    let staleRetries = 0;
    try {
      do {
        this.requestAgain = false;
        const post = this.post;
        const model = await this.request(post);
        if (this.disposed) return;
        // The panel moved on to another post meanwhile: that one is asked for next.
        if (post.toString() !== this.post.toString()) {
          this.requestAgain = true;
          continue;
        }
        // The request overtook the change on its way to the server: ask once more.
        const editorVersion = vscode.workspace.textDocuments.find((document) => document.uri.toString() === post.toString())?.version;
        if (model?.version != null && editorVersion !== undefined && editorVersion > model.version && staleRetries++ < MAX_STALE_RETRIES) {
          this.requestAgain = true;
        }
        this.model = model;
        this.deliver(
          model
            ? { type: 'render', model, labels: previewLabels(model), title: this.fileName(), locked: this.isLocked }
            : { type: 'unavailable', uri: post.toString(), title: this.fileName(), text: vscode.l10n.t('Postlint cannot read this post.'), locked: this.isLocked },
        );
      } while (this.requestAgain);
    } finally {
      this.requesting = false;
    }
  }

  private async request(post: vscode.Uri): Promise<PreviewModel | null> {
    let client: LanguageClient | undefined;
    try {
      client = await this.host.client();
      return await client.sendRequest(PreviewRequest, { uri: client.code2ProtocolConverter.asUri(post) });
    } catch (error) {
      // The server is restarting or stopped: show that the preview is unavailable, not a stale text.
      client?.outputChannel.appendLine(`Postlint: preview of ${post.toString()} failed: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  }

  private deliver(message: HostMessage): void {
    this.message = message;
    if (this.ready) void this.panel.webview.postMessage(message);
  }

  private received(raw: unknown): void {
    const message = parseWebviewMessage(raw);
    if (!message) return;
    switch (message.type) {
      case 'ready':
        this.ready = true;
        if (this.message) void this.panel.webview.postMessage(this.message);
        return;
      case 'reveal':
        void this.reveal(message.range);
        return;
      case 'adapt':
        void this.adapt(message.channel);
        return;
      case 'rendered':
        this.report = message.report;
        this.renderedEmitter.fire(message.report);
        return;
    }
  }

  /** Selects a problem's range in the post's editor (beside the preview, where the post is). */
  private async reveal(range: Range): Promise<void> {
    const document = await vscode.workspace.openTextDocument(this.post);
    const selection = document.validateRange(new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character));
    const visible = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === this.post.toString());
    const column = visible?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
    await vscode.window.showTextDocument(document, { viewColumn: column, selection, preserveFocus: false });
  }

  /** Only the channels of the model shown are accepted: the page cannot name anything else. */
  private async adapt(channel: string): Promise<void> {
    const known = this.model?.channels.find((candidate) => candidate.channel === channel);
    if (!known) return;
    const [command, ...args] = this.host.adaptCommand(known.channel, this.post);
    await vscode.commands.executeCommand(command, ...args);
  }

  private fileName(): string {
    return path.posix.basename(this.post.path) || this.post.toString();
  }

  private updateTitle(): void {
    const name = this.fileName();
    this.panel.title = this.isLocked ? vscode.l10n.t('Preview {0} (locked)', name) : vscode.l10n.t('Preview {0}', name);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.changeTimer);
    this.disposedEmitter.fire();
    this.panel.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}
