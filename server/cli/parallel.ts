// Linting many files on all cores: the main thread and worker threads take batches of files until
// none are left. The workers were started with the process (worker-pool.ts) and have loaded the
// engine while the main thread found the files; the main thread lints too. Runs of fewer than
// MIN_FILES files are linted on the main thread alone, and their workers stopped unused.
//
// The threads claim batches from one shared counter (Atomics.add on a SharedArrayBuffer) rather than
// asking the main thread for them: the main thread is busy linting and would answer a worker only
// between two of its own batches, which left a worker idle a third of the time. Results are kept per
// batch index, so the output does not depend on which thread linted what.

import { lintFile, type FileJob, type FileOutcome, type JobOptions } from './lint-files';
import type { LintWorkers } from './worker-pool';

/** Files per batch: enough to make a message negligible, few enough to share the tail. */
const BATCH_SIZE = 64;
/**
 * Below this many files a worker costs more than it saves: it has to load and warm up the engine
 * (regular expressions compiled, code optimised — about a second of CPU) before it lints at full speed.
 */
const MIN_FILES = 2000;

/** What a worker is given to do (the message that starts its work). */
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

export function shouldRunInParallel(files: number, workers: LintWorkers): boolean {
  return files >= MIN_FILES && workers.size > 0;
}

/** The files of batch `batch`, linted. */
export function lintBatch(work: Pick<WorkerJobs, 'jobs' | 'options' | 'batchSize'>, batch: number): FileOutcome[] {
  return work.jobs.slice(batch * work.batchSize, (batch + 1) * work.batchSize).map((job) => lintFile(job, work.options));
}

function nextTurnOfEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Claims the next batch; undefined when all are taken. */
export function claimBatch(nextBatch: Int32Array, batches: number): number | undefined {
  const batch = Atomics.add(nextBatch, 0, 1);
  return batch < batches ? batch : undefined;
}

export async function lintInParallel(jobs: readonly FileJob[], options: JobOptions, workers: LintWorkers): Promise<FileOutcome[]> {
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

  const everyWorkerEnded = workers.assign(work, (message) => {
    const response = message as BatchResponse;
    keep(response.batch, response.outcomes);
  });
  for (let batch = claimBatch(counter, batches); batch !== undefined; batch = claimBatch(counter, batches)) {
    keep(batch, lintBatch(work, batch));
    // The workers' answers are read between two batches: otherwise they wait in the queue until
    // this thread's last batch, and reading all of them then (about 30 ms) holds up the report.
    await nextTurnOfEventLoop();
  }
  // Done when every batch is answered (a worker's own exit, tearing down its heap, is not waited
  // for), or when every worker has ended: one that failed (or could not start) may have claimed a
  // batch it never answered, and its batches are linted here.
  await Promise.race([everyBatchAnswered, everyWorkerEnded]);
  workers.release();
  for (let batch = 0; batch < batches; batch++) if (outcomes[batch] === undefined) keep(batch, lintBatch(work, batch));
  return outcomes.flatMap((outcome) => outcome ?? []);
}
