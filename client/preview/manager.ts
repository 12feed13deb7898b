// "Open Preview to the Side" and the panels it opens (SPEC §6). Like Markdown's preview:
//   - a preview follows the active post editor, unless it is locked to its post
//     ("Postlint: Toggle Preview Lock", also a button in the preview's title bar);
//   - it survives a window reload (the page keeps the post's URI and the lock in its state, and the
//     serializer brings the panel back with them);
//   - it updates as you type: each change of a post makes the panels showing it ask for the new model
//     at once; the server's `postlint/status` after a lint without a change (the configuration
//     changed) makes them ask too.

import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../../server/protocol';
import { targetPost } from '../commands/target';
import type { DocumentStatusTracker } from '../documentStatus';
import type { RenderReport } from './messages';
import { PREVIEW_VIEW_TYPE, PreviewPanel, webviewOptions, type PreviewHost } from './panel';

/** What the extension tests see of the previews (through activate()'s return value). */
export interface PreviewApi {
  readonly panels: readonly PreviewPanel[];
  /** Fires after a page has rendered a model, with what it shows. */
  readonly onDidRender: vscode.Event<{ panel: PreviewPanel; report: RenderReport }>;
}

/** What the page stores with vscode.setState (see media/preview/preview.js). */
interface PersistedState {
  uri?: unknown;
  locked?: unknown;
}

/** Schemes of real posts; a preview does not follow a diff view or another extension's document. */
const POST_SCHEMES = new Set(['file', 'untitled']);

export class PreviewManager implements vscode.Disposable, PreviewApi {
  private readonly open: PreviewPanel[] = [];
  private readonly rendered = new vscode.EventEmitter<{ panel: PreviewPanel; report: RenderReport }>();
  private readonly disposables: vscode.Disposable[] = [this.rendered];
  readonly onDidRender = this.rendered.event;

  constructor(
    private readonly host: PreviewHost,
    statuses: DocumentStatusTracker,
  ) {
    this.disposables.push(
      vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
        deserializeWebviewPanel: async (panel, state: PersistedState | undefined) => this.restore(panel, state),
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
      vscode.workspace.onDidChangeTextDocument(({ document, contentChanges }) => {
        if (contentChanges.length === 0) return;
        for (const panel of this.showing(document.uri.toString())) panel.changed(document.version);
      }),
      statuses.onDidChange((status) => {
        for (const panel of this.showing(status.uri)) panel.linted(status.version);
      }),
      vscode.commands.registerCommand('postlint.togglePreviewLock', () => this.toggleLock()),
    );
  }

  get panels(): readonly PreviewPanel[] {
    return this.open;
  }

  /** Opens the preview of a post beside it (or shows the post in the open, following preview). */
  async openBeside(resource?: unknown): Promise<boolean> {
    const post = await targetPost(resource);
    if (!post) return false;
    const following = this.open.find((panel) => !panel.locked);
    if (following) {
      following.show(post.uri);
      following.panel.reveal(following.panel.viewColumn, true);
      return true;
    }
    const panel = vscode.window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      vscode.l10n.t('Postlint Preview'),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { ...webviewOptions(this.host.extensionUri), enableFindWidget: true },
    );
    this.track(new PreviewPanel(panel, post.uri, false, this.host));
    return true;
  }

  /** Locks the active preview to its post, or lets it follow the active editor again. */
  toggleLock(): void {
    const panel = this.open.find((candidate) => candidate.panel.active);
    if (!panel) return;
    panel.setLocked(!panel.locked);
    if (!panel.locked) {
      const editor = vscode.window.visibleTextEditors.find((candidate) => isPost(candidate.document));
      if (editor) panel.show(editor.document.uri);
    }
  }

  private restore(panel: vscode.WebviewPanel, state: PersistedState | undefined): void {
    let post: vscode.Uri | undefined;
    try {
      post = typeof state?.uri === 'string' ? vscode.Uri.parse(state.uri, true) : undefined;
    } catch {
      post = undefined;
    }
    post ??= [vscode.window.activeTextEditor, ...vscode.window.visibleTextEditors].find((editor) => editor && isPost(editor.document))?.document.uri;
    if (!post) {
      // Nothing to show: a restored preview of nothing would only confuse.
      panel.dispose();
      return;
    }
    this.track(new PreviewPanel(panel, post, state?.locked === true, this.host));
  }

  private track(panel: PreviewPanel): void {
    this.open.push(panel);
    const subscriptions = [
      panel.onDidRender((report) => this.rendered.fire({ panel, report })),
      panel.onDidDispose(() => {
        this.open.splice(this.open.indexOf(panel), 1);
        for (const subscription of subscriptions) subscription.dispose();
      }),
    ];
  }

  private showing(uri: string): PreviewPanel[] {
    return this.open.filter((panel) => panel.uri.toString() === uri);
  }

  private follow(editor: vscode.TextEditor | undefined): void {
    if (!editor || !isPost(editor.document)) return;
    for (const panel of this.open) if (!panel.locked) panel.show(editor.document.uri);
  }

  dispose(): void {
    for (const panel of [...this.open]) panel.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}

function isPost(document: vscode.TextDocument): boolean {
  return document.languageId === LANGUAGE_ID && POST_SCHEMES.has(document.uri.scheme);
}
