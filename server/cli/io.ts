// What the CLI needs from its process, passed in so that `run` never touches globals directly.

import type { LintWorkers } from './worker-pool';

export interface OutputStream {
  write(chunk: string | Uint8Array): unknown;
  isTTY?: boolean;
  /** Node's colour-depth check for terminals (tty.WriteStream#hasColors). */
  hasColors?(): boolean;
}

export interface CliIO {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: OutputStream;
  stderr: OutputStream;
  readStdin(): Promise<Buffer>;
  /** Folder of the rule docs shipped next to the bundle (dist/docs), for SARIF help links. */
  docsDirectory: string;
  /** Worker threads to lint many files in parallel, started with the process; none: one thread. */
  workers?: LintWorkers;
}
