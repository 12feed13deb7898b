// The worker-thread side of parallel.ts: waits for the run's work (the thread starts before the files
// are known, see worker-pool.ts), claims batches of files from the shared counter, lints them and
// sends back each batch's outcomes, until no batch is left; then the thread ends. It runs the CLI
// bundle itself (main.ts picks the role) and never writes to stdout or stderr.

import { parentPort, type MessagePort } from 'node:worker_threads';
import { claimBatch, lintBatch, type BatchResponse, type WorkerJobs } from './parallel';

export function serveBatches(): void {
  const port = parentPort;
  if (!port) throw new Error('serveBatches() must run in a worker thread');
  port.once('message', (work: WorkerJobs) => lintClaimedBatches(port, work));
}

function lintClaimedBatches(port: MessagePort, work: WorkerJobs): void {
  const counter = new Int32Array(work.nextBatch);
  const batches = Math.ceil(work.jobs.length / work.batchSize);
  for (let batch = claimBatch(counter, batches); batch !== undefined; batch = claimBatch(counter, batches)) {
    const response: BatchResponse = { batch, outcomes: lintBatch(work, batch) };
    port.postMessage(response);
  }
}
