// Where engine tasks run. A post is linted on the main thread, synchronously, the moment it changes:
// for a few kilobytes that takes well under a millisecond and keeps "keystroke → squiggle" instant.
// A document past LARGE_DOCUMENT characters — more than any network accepts (Facebook's 63,206 is
// the largest limit), so a paste or a log rather than a post — goes to the background worker, where
// a slow lint cannot block typing, hovers or other documents, and superseded versions are dropped.

import type { BackgroundPool } from './background/pool';
import { TASKS, type TaskArgument, type TaskName, type TaskResult } from './tasks';

export const LARGE_DOCUMENT = 64 * 1024;

export function isLarge(text: string): boolean {
  return text.length > LARGE_DOCUMENT;
}

export class EngineRunner {
  constructor(private readonly pool: BackgroundPool) {}

  /**
   * Runs `task` on `argument.text`. `key` names the document: a newer background job with the same
   * task and key supersedes an older one (which then rejects with `Superseded`).
   */
  run<K extends TaskName>(task: K, argument: TaskArgument<K>, key?: string): Promise<TaskResult<K>> {
    if (!isLarge(argument.text)) {
      try {
        return Promise.resolve((TASKS[task] as (input: TaskArgument<K>) => TaskResult<K>)(argument));
      } catch (error) {
        return Promise.reject(error);
      }
    }
    return this.pool.run(task, argument, key === undefined ? undefined : `${task} ${key}`) as Promise<TaskResult<K>>;
  }
}
