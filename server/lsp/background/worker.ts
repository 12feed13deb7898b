// The background worker's side: runs engine tasks (tasks.ts) for the main thread, one at a time.
// It shares dist/server.js with the server (see main.ts) and never touches the LSP connection.

import { parentPort } from 'node:worker_threads';
import { TASKS, type TaskName } from '../tasks';
import type { JobRequest, JobResponse } from './messages';

export function serveTasks(): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks() must run in a worker thread');
  port.on('message', (request: JobRequest) => {
    let response: JobResponse;
    try {
      const task = TASKS[request.task as TaskName] as (argument: unknown) => unknown;
      response = { id: request.id, result: task(request.argument) };
    } catch (error) {
      response = { id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(response);
  });
}
