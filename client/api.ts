// What `activate` returns (vscode.extensions.getExtension('postlint.postlint').exports). The
// extension tests use it to see the status bar's state and to reach the server process (to crash
// it on purpose); it is not a stable API for other extensions.

import type { LanguageClient } from 'vscode-languageclient/node';
import type { StatusBarState } from './statusBar';
import type * as vscode from 'vscode';

export interface PostlintApi {
  readonly client: LanguageClient;
  readonly statusBar: {
    readonly state: StatusBarState;
    readonly onDidChange: vscode.Event<StatusBarState>;
  };
}
