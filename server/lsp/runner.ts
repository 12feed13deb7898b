// Where engine tasks run. A post is linted on the main thread, synchronously, the moment it changes:
// for a few kilobytes that takes well under a millisecond and keeps "keystroke → squiggle" instant.
// A document past LARGE_DOCUMENT characters — more than any network accepts (Facebook's 63,206 is
// the largest limit), so a paste or a log rather than a post — goes to the background worker, where
// a slow lint cannot block typing, hovers or other documents, superseded versions are dropped, and
// each document's lint keeps what the next one can reuse (its unchanged paragraphs).
// A document past MAX_CHECKED_LENGTH (size-limit.ts) is not checked at all: its lint is one info
// finding, and every other task rejects with `TooLarge`.
// The engine itself (tasks.ts and the rules) is loaded on the first task, not at start-up: the
// server answers `initialize` first.
// The document being typed in keeps a LintCache on the main thread too, so that a keystroke
// re-checks only the paragraph it changed (the worker keeps one per large document, see
// background/worker.ts). Only one: a cache holds a version's paragraphs and findings, and the
// writer types in one document at a time — a lint of another document drops it.

import type { BackgroundPool } from './background/pool';
import { TooLarge, tooLargeOutcome, tooLargeToCheck } from './size-limit';
import type { EngineOptions, LintCache, LintOutcome, TaskArgument, TaskName, TaskResult } from './tasks';

let engine: typeof import('./tasks') | undefined;

/** The engine (tasks.ts), loaded on first use. */
function engineModule(): typeof import('./tasks') {
  engine ??= require('./tasks') as typeof import('./tasks');
  return engine;
}

/** The engine's tasks, loaded on first use. */
export function engineTasks(): (typeof import('./tasks'))['TASKS'] {
  return engineModule().TASKS;
}

export const LARGE_DOCUMENT = 64 * 1024;

export function isLarge(text: string): boolean {
  return text.length > LARGE_DOCUMENT;
}

export class EngineRunner {
  /** The main thread's one LintCache, and the key of the document whose lints it holds. */
  private typing: { key: string; cache?: LintCache } | undefined;

  constructor(private readonly pool: BackgroundPool) {}

  /**
   * Runs `task` on `argument.text`. `key` names the document: a newer background job with the same
   * task and key supersedes an older one (which then rejects with `Superseded`). With `cached` (an
   * open document's lints), the background worker keeps what the lint read for the next one with the
   * same key, until `forget(key)`.
   */
  run<K extends TaskName>(task: K, argument: TaskArgument<K>, key?: string, cached = false): Promise<TaskResult<K>> {
    if (tooLargeToCheck(argument.text)) return Promise.reject(new TooLarge(argument.text.length));
    if (!isLarge(argument.text)) {
      try {
        // A code action's lint (with suggestions) reuses nothing from a cache: it leaves the slot alone.
        const typing = task === 'lint' && cached && key !== undefined && !argument.options.suggestions;
        const input = typing ? this.withTypingCache(argument as TaskArgument<'lint'>, key) : argument;
        return Promise.resolve((engineTasks()[task] as (input: TaskArgument<K>) => TaskResult<K>)(input as TaskArgument<K>));
      } catch (error) {
        // A lint that failed half-way may have left its cache half-updated.
        if (this.typing?.key === key) this.typing = undefined;
        return Promise.reject(error);
      }
    }
    return this.pool.run(task, argument, key === undefined ? undefined : `${task} ${key}`, cached) as Promise<TaskResult<K>>;
  }

  /** The diagnostics' lint of a document: the engine's, or the size-limit notice. */
  lint(text: string, options: EngineOptions, key?: string, cached = false): Promise<LintOutcome> {
    if (tooLargeToCheck(text)) return Promise.resolve(tooLargeOutcome(text, options.locale));
    return this.run('lint', { text, options }, key, cached);
  }

  /** The document of `key` was closed: what its lints kept goes. */
  forget(key: string): void {
    if (this.typing?.key === key) this.typing = undefined;
    this.pool.forget(`lint ${key}`);
  }

  /**
   * The lint's argument with the typing cache. The cache starts at a document's second lint in a
   * row: opening posts one after another (a workspace restored) then keeps no cache at all.
   */
  private withTypingCache(argument: TaskArgument<'lint'>, key: string): TaskArgument<'lint'> {
    if (this.typing?.key !== key) {
      this.typing = { key };
      return argument;
    }
    this.typing.cache ??= new (engineModule().LintCache)();
    return { ...argument, options: { ...argument.options, cache: this.typing.cache } };
  }
}
