// `postlint` — the command line (SPEC §7). Everything happens in run.ts; this file only connects
// it to the process. Bundled to dist/cli.js, where the rule docs lie beside it in dist/docs. The
// same file runs as the worker threads that lint many files in parallel (parallel.ts), so the entry
// only picks the role. Both roles then load dist/cli-engine.js (engine.ts, bundled apart): this file
// stays small, so the main thread starts the workers before it compiles the large bundle, and they
// load theirs while it loads its own (about 30 ms earlier than from one bundle).

import * as path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { raiseInterruptBudget, tuneForBatchLinting } from '../v8-flags';
import { LintWorkers, mayLintManyFiles } from './worker-pool';

// Set before any engine code runs (see v8-flags.ts).
raiseInterruptBudget();
tuneForBatchLinting();

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function main(): void {
  const argv = process.argv.slice(2);
  // Before anything else loads: the workers load the engine while this thread loads its own and
  // finds the files (worker-pool.ts).
  const workers = mayLintManyFiles(argv, process.cwd()) ? LintWorkers.start(__filename) : undefined;

  // `postlint posts | head`: the reader went away; stop quietly instead of crashing with EPIPE.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(process.exitCode ?? 1);
    });
  }

  const { run }: typeof import('./engine') = require('./engine');
  run(argv, {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin,
    docsDirectory: path.join(__dirname, 'docs'),
    workers,
  })
    .then(
      (code) => code,
      (error: unknown) => {
        process.stderr.write(`postlint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
        return 2;
      },
    )
    .then((code) => {
      // Workers the run did not use (it failed early, or had few files) would keep the process alive
      // through their captured output, should it not end below; used ones are done by now.
      void workers?.stop();
      exitWhenWritten(code);
    });
}

/**
 * Ends the process once standard output and error have taken everything written to them. Left to
 * run dry, the process would first tear down the heaps of this thread and of the worker threads
 * (about 30 ms after ten thousand posts, all after the report is out). A large report to a pipe may
 * still be on its way (writes to pipes are asynchronous on some systems): a stream calls a write's
 * callback when that write, and so every one before it, has been handed over. Until then the exit
 * code waits in process.exitCode, which also holds if a stream never answers.
 */
function exitWhenWritten(code: number): void {
  process.exitCode = code;
  let streams = 2;
  const written = () => {
    if (--streams === 0) process.exit(code);
  };
  process.stdout.write('', written);
  process.stderr.write('', written);
}

if (isMainThread) {
  main();
} else {
  const { serveBatches }: typeof import('./engine') = require('./engine');
  serveBatches();
}
