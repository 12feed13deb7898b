// The background worker's side: runs engine tasks (tasks.ts) for the main thread, one at a time.
// It shares dist/server.js with the server (see main.ts) and never touches the LSP connection.
// Each open document it lints keeps a LintCache here, so that the next lint of that document
// re-reads only the paragraphs that changed; the cache goes when the document is closed.

import { parentPort } from 'node:worker_threads';
import { LintCache } from '../../../rules/engine/lint-cache';
import { TASKS, type TaskInput, type TaskName } from '../tasks';
import type { JobResponse, WorkerRequest } from './messages';

/**
 * Documents whose caches are kept, the most recently linted ones. A cache holds one version's
 * paragraphs with their tokens and findings: a few megabytes for the largest document checked.
 */
const CACHED_DOCUMENTS = 4;

export function serveTasks(): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks() must run in a worker thread');
  const caches = new DocumentCaches(CACHED_DOCUMENTS);
  port.on('message', (request: WorkerRequest) => {
    if ('forget' in request) {
      caches.forget(request.forget);
      return;
    }
    let response: JobResponse;
    try {
      const task = TASKS[request.task as TaskName] as (argument: unknown) => unknown;
      const argument = request.task === 'lint' && request.cached && request.key !== undefined ? withCache(request.argument as TaskInput, caches.of(request.key)) : request.argument;
      response = { id: request.id, result: task(argument) };
    } catch (error) {
      response = { id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(response);
  });
}

function withCache(input: TaskInput, cache: LintCache): TaskInput {
  return { ...input, options: { ...input.options, cache } };
}

/** A LintCache per document key, for the last `capacity` documents used. */
class DocumentCaches {
  private readonly caches = new Map<string, LintCache>();

  constructor(private readonly capacity: number) {}

  of(key: string): LintCache {
    let cache = this.caches.get(key);
    if (cache) {
      this.caches.delete(key);
    } else {
      cache = new LintCache();
      if (this.caches.size >= this.capacity) this.caches.delete(this.caches.keys().next().value!);
    }
    // Map order is insertion order: re-inserting makes it the most recent.
    this.caches.set(key, cache);
    return cache;
  }

  forget(key: string): void {
    this.caches.delete(key);
  }
}
