// What the client does when the language server crashes. A one-off crash should cost the writer
// nothing: the server is restarted at once and the open posts get their diagnostics back. A server
// that keeps crashing (a bug the same post triggers again and again) is not restarted forever: after
// MAX_RESTARTS restarts within RESTART_WINDOW_MS the client stops and says so — what happened, that
// posts are not checked now, and how to start the server again. "Postlint: Restart Language Server"
// starts counting afresh.

import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult, type Message } from 'vscode-languageclient/node';

/** As vscode-languageclient's default handler: the fifth crash within three minutes stops the server. */
export const MAX_RESTARTS = 4;
export const RESTART_WINDOW_MS = 3 * 60 * 1000;

export class CrashPolicy implements ErrorHandler {
  private crashes: number[] = [];
  private readonly stopped = new vscode.EventEmitter<string>();
  /** Fires with the message shown to the writer when the client gives up. */
  readonly onDidStop = this.stopped.event;
  /** The message of the last time the client gave up (undefined while it keeps restarting). */
  stopMessage: string | undefined;

  error(_error: Error, _message: Message | undefined, count: number | undefined): ErrorHandlerResult {
    // As the default handler: a few unreadable messages are tolerated, then the connection is shut down.
    return count !== undefined && count <= 3 ? { action: ErrorAction.Continue } : { action: ErrorAction.Shutdown };
  }

  closed(): CloseHandlerResult {
    const now = Date.now();
    this.crashes = [...this.crashes.filter((time) => now - time < RESTART_WINDOW_MS), now];
    if (this.crashes.length <= MAX_RESTARTS) return { action: CloseAction.Restart };
    this.stopMessage = vscode.l10n.t(
      'The Postlint language server crashed {0} times in {1} minutes and was not restarted, so posts are not checked now. The output "Postlint" shows what went wrong; run "Postlint: Restart Language Server" to start it again.',
      this.crashes.length,
      RESTART_WINDOW_MS / 60_000,
    );
    this.stopped.fire(this.stopMessage);
    // Not `handled`: the client shows the message as an error notification (with "Go to Output").
    return { action: CloseAction.DoNotRestart, message: this.stopMessage };
  }

  /** The writer restarts the server by hand: earlier crashes no longer count. */
  reset(): void {
    this.crashes = [];
    this.stopMessage = undefined;
  }

  dispose(): void {
    this.stopped.dispose();
  }
}
