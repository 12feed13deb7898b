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
  }).then(
    (code) => {
      // exitCode, not exit(): a large report to a pipe must finish writing first.
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`postlint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 2;
    },
  )
    // Workers the run did not use (it failed early, or had few files) would keep the process alive
    // through their captured output; used ones are done by now and end with it.
    .finally(() => workers?.stop());
}

if (isMainThread) {
  main();
} else {
  const { serveBatches }: typeof import('./engine') = require('./engine');
  serveBatches();
}
