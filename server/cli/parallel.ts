// Linting many files on all cores: the main thread and worker threads take batches of files from one
// queue until it is empty. The main thread lints too — it is up and running already, while a worker
// first has to load the bundle (a fifth of a second), so small runs finish before a worker would
// have helped and never wait for one. Results are kept per file index, so the output does not
// depend on which thread linted what.

import * as os from 'node:os';
import { Worker } from 'node:worker_threads';
import { lintFile, type FileJob, type FileOutcome, type JobOptions } from './lint-files';

/** Files per batch: enough to make a message round trip negligible, few enough to share the tail. */
const BATCH_SIZE = 64;
/**
 * Below this many files a worker costs more than it saves: it has to load and warm up the engine
 * (regular expressions compiled, code optimised — about a second of CPU) before it lints at full speed.
 */
const MIN_FILES = 2000;
/** More workers than this cost more to start than they save on posts of a few hundred characters. */
const MAX_WORKERS = 3;

export interface BatchRequest {
  batch: number;
  jobs: FileJob[];
  options: JobOptions;
}

export interface BatchResponse {
  batch: number;
  outcomes: FileOutcome[];
}

function workerCount(): number {
  return Math.min(MAX_WORKERS, (os.availableParallelism?.() ?? os.cpus().length) - 1);
}

export function shouldRunInParallel(files: number): boolean {
  return files >= MIN_FILES && workerCount() > 0;
}

export async function lintInParallel(jobs: readonly FileJob[], options: JobOptions, workerEntry: string): Promise<FileOutcome[]> {
  const batches = Math.ceil(jobs.length / BATCH_SIZE);
  const outcomes = new Array<FileOutcome[] | undefined>(batches);
  const queue = Array.from({ length: batches }, (_, batch) => batch);
  const batchJobs = (batch: number) => jobs.slice(batch * BATCH_SIZE, (batch + 1) * BATCH_SIZE);
  let pending = batches;
  // The main thread sleeps here when the queue is empty but workers are still busy.
  let wake: (() => void) | undefined;
  const done = (batch: number, result: FileOutcome[]) => {
    outcomes[batch] = result;
    pending--;
    if (pending === 0) wake?.();
  };
  // A worker that fails leaves its batch to the others; the main thread always takes part.
  const giveBack = (batch: number) => {
    queue.unshift(batch);
    wake?.();
  };

  const workers = Array.from({ length: workerCount() }, () => new BatchWorker(workerEntry));
  for (const worker of workers) worker.start(() => queue.shift(), (batch) => ({ batch, jobs: batchJobs(batch), options }), done, giveBack);

  while (pending > 0) {
    const batch = queue.shift();
    if (batch === undefined) {
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
      continue;
    }
    done(batch, batchJobs(batch).map((job) => lintFile(job, options)));
    // Let the workers' answers in and hand them their next batches.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  await Promise.all(workers.map((worker) => worker.stop()));
  return outcomes.flatMap((outcome) => outcome ?? []);
}

/** One worker thread that lints batch after batch while the queue has any. */
class BatchWorker {
  private worker?: Worker;

  constructor(private readonly entry: string) {}

  start(
    take: () => number | undefined,
    request: (batch: number) => BatchRequest,
    done: (batch: number, outcomes: FileOutcome[]) => void,
    giveBack: (batch: number) => void,
  ): void {
    let current: number | undefined;
    // Its standard output is drained, never passed on: nothing may mix into a report on stdout.
    const worker = new Worker(this.entry, { argv: [], stdout: true, stderr: false });
    worker.stdout.resume();
    this.worker = worker;
    const next = () => {
      current = take();
      if (current === undefined) void this.stop();
      else worker.postMessage(request(current));
    };
    worker.on('online', next);
    worker.on('message', (response: BatchResponse) => {
      current = undefined;
      done(response.batch, response.outcomes);
      next();
    });
    const fail = () => {
      if (current !== undefined) giveBack(current);
      current = undefined;
      this.worker = undefined;
    };
    worker.on('error', fail);
    worker.on('exit', fail);
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }
}
