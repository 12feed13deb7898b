// What `activate` returns (vscode.extensions.getExtension('postlint.postlint').exports). The
// extension tests use it to see the status bar's state, to reach the server process (to crash it on
// purpose) and to see what the preview rendered; it is not a stable API for other extensions.

import type { LanguageClient } from 'vscode-languageclient/node';
import type { ActivationTiming } from './activation';
import type { CrashPolicy } from './crashes';
import type { PreviewApi } from './preview/manager';
import type { StatusBarState } from './statusBar';
import type * as vscode from 'vscode';

export interface PostlintApi {
  /** The language client; it is created after activation, so read it once `ready` has resolved. */
  readonly client: LanguageClient;
  /** Resolves when the language server has started (activation does not wait for it). */
  readonly ready: Promise<void>;
  /** How long activation took (activation.ts). */
  readonly activation: ActivationTiming;
  /** Server crashes and restarts; the message shown when the client gave up. */
  readonly crashes: Pick<CrashPolicy, 'stopMessage' | 'onDidStop'>;
  readonly statusBar: {
    readonly state: StatusBarState;
    readonly onDidChange: vscode.Event<StatusBarState>;
  };
  readonly preview: PreviewApi;
}
