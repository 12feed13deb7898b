// One background worker thread for engine tasks on very large documents, so that linting them never
// stalls typing, hovers or other documents. Jobs run one at a time. A job for the same key (task and
// document) as a newer one is superseded: dropped from the queue, or, if it is running, answered
// with `Superseded` at once but left to finish — the worker keeps what each document's lint read
// (worker.ts), so the newer job then only re-reads what changed, where restarting the worker would
// throw all of that away. A job that runs too long (a pathological document) is stopped by
// restarting the worker instead of occupying it forever.
// The worker starts with the first job and ends when it has been idle for a while — soon when it
// keeps no open document's cache, after minutes when it does — since an idle worker still holds
// 10 MB or more.

import { Worker } from 'node:worker_threads';
import type { JobRequest, JobResponse, WorkerRequest } from './messages';

/** The job was replaced by a newer one for the same document; callers simply drop it. */
export class Superseded extends Error {
  constructor() {
    super('superseded by a newer version');
    this.name = 'Superseded';
  }
}

export interface PoolTimes {
  /** A job running longer is stopped (a pathological document). */
  jobTimeoutMs: number;
  /** How long an idle worker that keeps no document's cache lives on (a re-opened document, a rescan). */
  idleMs: number;
  /** How long an idle worker that keeps caches lives on: the next keystroke after it re-reads every paragraph. */
  idleWithCachesMs: number;
}

const DEFAULT_TIMES: PoolTimes = { jobTimeoutMs: 60_000, idleMs: 10_000, idleWithCachesMs: 5 * 60_000 };

interface Job {
  request: JobRequest;
  key?: string;
  resolve(result: unknown): void;
  reject(error: Error): void;
}

export class BackgroundPool {
  private worker?: Worker;
  private running?: { job: Job; timer: NodeJS.Timeout };
  private readonly queue: Job[] = [];
  private nextId = 1;
  private disposed = false;
  /** Keys whose LintCache the worker may hold (it keeps only a few: see worker.ts). */
  private readonly cachedKeys = new Set<string>();
  private idleTimer?: NodeJS.Timeout;

  constructor(
    /** The script the worker runs (the server bundle itself; main.ts picks the role). */
    private readonly entry: string,
    private readonly log: (message: string) => void,
    private readonly times: PoolTimes = DEFAULT_TIMES,
  ) {}

  /** Whether a worker thread is running now (for tests: it ends when idle). */
  get hasWorker(): boolean {
    return this.worker !== undefined;
  }

  /** `cached`: the worker keeps the lint's LintCache for the next job with this key, until `forget`. */
  run(task: string, argument: unknown, key?: string, cached = false): Promise<unknown> {
    if (this.disposed) return Promise.reject(new Error('the background worker is shut down'));
    return new Promise((resolve, reject) => {
      const job: Job = { request: { id: this.nextId++, task, argument, key, cached: cached && key !== undefined }, key, resolve, reject };
      if (key !== undefined) {
        for (let index = this.queue.length - 1; index >= 0; index--) {
          if (this.queue[index].key === key) this.queue.splice(index, 1)[0].reject(new Superseded());
        }
        // Settled now; the result that arrives later is ignored (a promise settles once).
        if (this.running?.job.key === key) this.running.job.reject(new Superseded());
      }
      this.queue.push(job);
      this.pump();
    });
  }

  /** The document of `key` was closed: the worker drops its cache (and may end sooner). */
  forget(key: string): void {
    if (!this.cachedKeys.delete(key)) return;
    this.worker?.postMessage({ forget: key } satisfies WorkerRequest);
    this.scheduleIdleStop();
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.idleTimer);
    for (const job of this.queue.splice(0)) job.reject(new Error('the background worker is shut down'));
    this.stopRunning(new Error('the background worker is shut down'));
  }

  private pump(): void {
    if (this.running || this.disposed) return;
    const job = this.queue.shift();
    if (!job) {
      this.scheduleIdleStop();
      return;
    }
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    const timer = setTimeout(() => {
      this.log(`Background task ${job.request.task} took longer than ${this.times.jobTimeoutMs / 1000} s and was stopped.`);
      this.stopRunning(new Error(`${job.request.task} timed out`));
    }, this.times.jobTimeoutMs);
    this.running = { job, timer };
    const worker = this.ensureWorker();
    if (job.request.cached && job.key !== undefined) this.cachedKeys.add(job.key);
    worker.postMessage(job.request satisfies WorkerRequest);
  }

  /** Ends the worker once it has been idle for a while; the next job starts a fresh one. */
  private scheduleIdleStop(): void {
    if (!this.worker || this.running || this.queue.length > 0 || this.disposed) return;
    clearTimeout(this.idleTimer);
    const idleMs = this.cachedKeys.size > 0 ? this.times.idleWithCachesMs : this.times.idleMs;
    this.idleTimer = setTimeout(() => {
      this.idleTimer = undefined;
      if (this.running || this.queue.length > 0 || !this.worker) return;
      const worker = this.worker;
      this.worker = undefined;
      this.cachedKeys.clear();
      void worker.terminate();
    }, idleMs);
    // An idle worker must not keep the server alive either.
    this.idleTimer.unref();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    // Own stdout/stderr: in a server speaking LSP over stdio, a stray console.log from the worker
    // must never reach the protocol stream.
    const worker = new Worker(this.entry, { argv: [], stdout: true, stderr: true });
    worker.stdout.resume();
    worker.stderr.on('data', (chunk: Buffer) => this.log(`Background worker: ${chunk.toString().trimEnd()}`));
    worker.on('message', (response: JobResponse) => {
      if (worker !== this.worker || response.id !== this.running?.job.request.id) return;
      const { job, timer } = this.running;
      clearTimeout(timer);
      this.running = undefined;
      if ('error' in response) job.reject(new Error(response.error));
      else job.resolve(response.result);
      this.pump();
    });
    worker.on('error', (error) => this.log(`Background worker failed: ${error.stack ?? error.message}`));
    worker.on('exit', (code) => {
      if (worker !== this.worker) return;
      this.worker = undefined;
      this.cachedKeys.clear();
      if (this.running) {
        const { job, timer } = this.running;
        clearTimeout(timer);
        this.running = undefined;
        job.reject(new Error(`the background worker exited (code ${code})`));
      }
      this.pump();
    });
    // The worker must not keep the server alive once the client is gone.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  /** Stops the running job by terminating the worker; the next job starts a fresh one. */
  private stopRunning(reason: Error): void {
    const running = this.running;
    const worker = this.worker;
    this.running = undefined;
    this.worker = undefined;
    // A fresh worker starts without caches.
    this.cachedKeys.clear();
    if (worker) void worker.terminate();
    if (running) {
      clearTimeout(running.timer);
      running.job.reject(reason);
    }
    queueMicrotask(() => this.pump());
  }
}
