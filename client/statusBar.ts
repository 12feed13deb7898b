// The status-bar item: the active post's count against its tightest channel ("X 245/280"), from
// the server's `postlint/status` notification, which follows every lint (so every keystroke).
// Hidden while the active editor is not a post.

import * as vscode from 'vscode';
import { LANGUAGE_ID, type DocumentStatus } from '../server/protocol';
import { formatCount, isOverLimit } from './counts';
import type { DocumentStatusTracker } from './documentStatus';

/** What the item shows right now; read by the extension tests through the extension's API. */
export interface StatusBarState {
  visible: boolean;
  text: string;
  tooltip: string;
  overLimit: boolean;
  /** The document (URI string) and version the figure was computed for. */
  uri?: string;
  version?: number;
}

export class PostStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('postlint.count', vscode.StatusBarAlignment.Right, 100);
  private readonly changed = new vscode.EventEmitter<StatusBarState>();
  private readonly disposables: vscode.Disposable[] = [this.item, this.changed];
  private current: StatusBarState = { visible: false, text: '', tooltip: '', overLimit: false };

  /** Fires after every update of the item (tests wait on it instead of sleeping). */
  readonly onDidChange = this.changed.event;

  constructor(private readonly statuses: DocumentStatusTracker) {
    this.item.name = vscode.l10n.t('Postlint character count');
    this.item.command = 'postlint.openPreview';
    this.disposables.push(
      statuses.onDidChange(() => this.render()),
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
    );
    this.render();
  }

  get state(): StatusBarState {
    return this.current;
  }

  private render(): void {
    const document = vscode.window.activeTextEditor?.document;
    const status = document?.languageId === LANGUAGE_ID ? this.statuses.get(document.uri) : undefined;
    if (!status) {
      this.item.hide();
      this.current = { visible: false, text: '', tooltip: '', overLimit: false };
    } else {
      const overLimit = isOverLimit(status);
      const text = `${status.channelName} ${formatCount(status)}`;
      const tooltip = tooltipText(status);
      this.item.text = text;
      this.item.tooltip = tooltip;
      this.item.backgroundColor = overLimit ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
      this.item.accessibilityInformation = {
        label: vscode.l10n.t('{0}: {1} of {2} characters', status.channelName, status.length, status.limit),
      };
      this.item.show();
      this.current = { visible: true, text, tooltip, overLimit, uri: status.uri, version: status.version };
    }
    this.changed.fire(this.current);
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

function tooltipText(status: DocumentStatus): string {
  const lines = status.channels.map((channel) => `${channel.channelName}: ${formatCount(channel, true)}`);
  return [...lines, '', vscode.l10n.t('Click to open the preview')].join('\n');
}
