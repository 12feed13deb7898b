// The worker threads that lint many files alongside the main thread (parallel.ts), started before
// the files are known. A worker first has to load the bundle and its engine — about 150 ms, longer
// than the main thread takes to find ten thousand files — so main.ts starts it as the process starts,
// and it loads while the main thread loads its own engine and walks the folders. A run that turns
// out small stops it unused (parallel.ts decides). This module imports nothing of the engine, so
// that starting the workers waits for nothing.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';

/** More workers than this cost more to start than they save on posts of a few hundred characters. */
const MAX_WORKERS = 3;

/** One worker per core besides the main thread's, at most MAX_WORKERS. */
export function workerCount(): number {
  return Math.max(0, Math.min(MAX_WORKERS, (os.availableParallelism?.() ?? os.cpus().length) - 1));
}

/**
 * True when the command line may lint many files: it names a folder or a glob (not only files, and
 * not standard input). Read from the raw arguments, before args.ts (which loads the engine) runs; a
 * wrong guess costs a worker started and stopped on another core, nothing on this one.
 */
export function mayLintManyFiles(argv: readonly string[], cwd: string): boolean {
  if (argv.some((argument) => argument === '--stdin' || argument === '--help' || argument === '-h' || argument === '--version' || argument === '-v')) {
    return false;
  }
  return argv.some((argument) => {
    if (argument.startsWith('-')) return false;
    if (/[*?[\]{}]/.test(argument)) return true;
    try {
      return fs.statSync(path.resolve(cwd, argument)).isDirectory();
    } catch {
      return false;
    }
  });
}

/** A message from a worker: whatever parallel.ts's protocol sends. */
export type WorkerListener = (message: unknown) => void;

/**
 * Worker threads started now and given their work later. Whoever starts them stops them when the
 * run is over: their captured output keeps the process alive even when they are unreferenced.
 */
export class LintWorkers {
  private readonly workers: StartedWorker[];

  private constructor(entry: string, count: number) {
    this.workers = Array.from({ length: count }, () => new StartedWorker(entry));
  }

  static start(entry: string, count = workerCount()): LintWorkers {
    return new LintWorkers(entry, count);
  }

  get size(): number {
    return this.workers.length;
  }

  /**
   * Sends each worker `work` and passes on what it answers. Resolves when every worker has ended
   * (done, failed or never started): a worker that ended may have left work unanswered.
   */
  assign(work: unknown, listener: WorkerListener): Promise<void> {
    for (const worker of this.workers) worker.assign(work, listener);
    return Promise.all(this.workers.map((worker) => worker.exited)).then(() => undefined);
  }

  /** Stops listening; the threads, out of work, end on their own without holding up the process. */
  release(): void {
    for (const worker of this.workers) worker.release();
  }

  /** Ends the threads now: the run does not need them. Resolves when they have ended. */
  stop(): Promise<void> {
    return Promise.all(this.workers.map((worker) => worker.stop())).then(() => undefined);
  }
}

class StartedWorker {
  readonly exited: Promise<void>;
  private readonly worker: Worker;

  constructor(entry: string) {
    // Its standard output is drained, never passed on: nothing may mix into a report on stdout.
    const worker = new Worker(entry, { argv: [], stdout: true, stderr: false });
    worker.stdout.resume();
    // An error is followed by 'exit'; both are waited for only through 'exit'.
    worker.on('error', () => undefined);
    this.exited = new Promise((resolve) => worker.on('exit', () => resolve()));
    this.worker = worker;
  }

  assign(work: unknown, listener: WorkerListener): void {
    this.worker.on('message', listener);
    this.worker.postMessage(work);
  }

  release(): void {
    this.worker.removeAllListeners('message');
    this.worker.unref();
  }

  stop(): Promise<void> {
    this.release();
    void this.worker.terminate();
    return this.exited;
  }
}
