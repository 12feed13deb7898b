// The worker-thread side of parallel.ts: lints the batches of files it is sent, one at a time. It
// runs the CLI bundle itself (main.ts picks the role) and never writes to stdout or stderr.

import { parentPort } from 'node:worker_threads';
import { lintFile } from './lint-files';
import type { BatchRequest, BatchResponse } from './parallel';

export function serveBatches(): void {
  const port = parentPort;
  if (!port) throw new Error('serveBatches() must run in a worker thread');
  port.on('message', (request: BatchRequest) => {
    const response: BatchResponse = { batch: request.batch, outcomes: request.jobs.map((job) => lintFile(job, request.options)) };
    port.postMessage(response);
  });
}
