// Linting many files on all cores: the main thread and worker threads take batches of files until
// none are left. The main thread lints too — it is up and running already, while a worker first has
// to load the bundle (a fifth of a second), so small runs finish before a worker would have helped.
//
// The threads claim batches from one shared counter (Atomics.add on a SharedArrayBuffer) rather than
// asking the main thread for them: the main thread is busy linting and would answer a worker only
// between two of its own batches, which left a worker idle a third of the time. Results are kept per
// batch index, so the output does not depend on which thread linted what.

import * as os from 'node:os';
import { Worker } from 'node:worker_threads';
import { lintFile, type FileJob, type FileOutcome, type JobOptions } from './lint-files';

/** Files per batch: enough to make a message negligible, few enough to share the tail. */
const BATCH_SIZE = 64;
/**
 * Below this many files a worker costs more than it saves: it has to load and warm up the engine
 * (regular expressions compiled, code optimised — about a second of CPU) before it lints at full speed.
 */
const MIN_FILES = 2000;
/** More workers than this cost more to start than they save on posts of a few hundred characters. */
const MAX_WORKERS = 3;

/** What a worker is started with (its workerData). */
export interface WorkerJobs {
  jobs: readonly FileJob[];
  options: JobOptions;
  batchSize: number;
  /** One Int32: the index of the next batch to claim. */
  nextBatch: SharedArrayBuffer;
}

/** A worker's message: the outcomes of one batch. */
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

/** The files of batch `batch`, linted. */
export function lintBatch(work: Pick<WorkerJobs, 'jobs' | 'options' | 'batchSize'>, batch: number): FileOutcome[] {
  return work.jobs.slice(batch * work.batchSize, (batch + 1) * work.batchSize).map((job) => lintFile(job, work.options));
}

/** Claims the next batch; undefined when all are taken. */
export function claimBatch(nextBatch: Int32Array, batches: number): number | undefined {
  const batch = Atomics.add(nextBatch, 0, 1);
  return batch < batches ? batch : undefined;
}

export async function lintInParallel(jobs: readonly FileJob[], options: JobOptions, workerEntry: string): Promise<FileOutcome[]> {
  const work: WorkerJobs = { jobs, options, batchSize: BATCH_SIZE, nextBatch: new SharedArrayBuffer(4) };
  const batches = Math.ceil(jobs.length / BATCH_SIZE);
  const counter = new Int32Array(work.nextBatch);
  const outcomes = new Array<FileOutcome[] | undefined>(batches);
  let answered = 0;
  let allAnswered!: () => void;
  const everyBatchAnswered = new Promise<void>((resolve) => (allAnswered = resolve));
  const keep = (batch: number, result: FileOutcome[]) => {
    outcomes[batch] = result;
    if (++answered === batches) allAnswered();
  };

  const workers = Array.from({ length: workerCount() }, () => new BatchWorker(workerEntry, work, (response) => keep(response.batch, response.outcomes)));
  for (let batch = claimBatch(counter, batches); batch !== undefined; batch = claimBatch(counter, batches)) keep(batch, lintBatch(work, batch));
  // Done when every batch is answered (a worker's own exit, tearing down its heap, is not waited
  // for), or when every worker has ended: one that failed (or could not start) may have claimed a
  // batch it never answered, and its batches are linted here.
  await Promise.race([everyBatchAnswered, Promise.all(workers.map((worker) => worker.exited))]);
  for (const worker of workers) worker.release();
  for (let batch = 0; batch < batches; batch++) if (outcomes[batch] === undefined) keep(batch, lintBatch(work, batch));
  return outcomes.flatMap((outcome) => outcome ?? []);
}

/** One worker thread, started at once; `exited` resolves when it has ended, for whatever reason. */
class BatchWorker {
  readonly exited: Promise<void>;
  private readonly worker: Worker;

  constructor(entry: string, work: WorkerJobs, onBatch: (response: BatchResponse) => void) {
    // Its standard output is drained, never passed on: nothing may mix into a report on stdout.
    const worker = new Worker(entry, { argv: [], workerData: work, stdout: true, stderr: false });
    worker.stdout.resume();
    worker.on('message', onBatch);
    // An error is followed by 'exit'; both are waited for only through 'exit'.
    worker.on('error', () => undefined);
    this.exited = new Promise((resolve) => worker.on('exit', () => resolve()));
    this.worker = worker;
  }

  /** Stops listening; the thread, out of batches, ends on its own without holding up the process. */
  release(): void {
    this.worker.removeAllListeners('message');
    this.worker.unref();
  }
}
