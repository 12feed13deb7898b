// A failing handler must cost the writer one answer, never the server: every entry point runs
// through `guard`, which logs the error to the client's output channel and answers a fallback.

import type { Connection } from 'vscode-languageserver/node';
import { Superseded } from './background/pool';
import { TooLarge } from './size-limit';

export type Guard = <Args extends unknown[], Result>(
  name: string,
  fallback: Result,
  handler: (...args: Args) => Result | Promise<Result>,
) => (...args: Args) => Promise<Result>;

export function createGuard(connection: Connection): Guard {
  return (name, fallback, handler) =>
    async (...args) => {
      try {
        return await handler(...args);
      } catch (error) {
        // A result for an outdated version is dropped on purpose, and a document past the size limit
        // is not checked on purpose (its diagnostics say so); nothing went wrong.
        if (!(error instanceof Superseded) && !(error instanceof TooLarge)) logError(connection, name, error);
        return fallback;
      }
    };
}

export function logError(connection: Connection, what: string, error: unknown): void {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  connection.console.error(`Postlint: ${what} failed: ${detail}`);
}
