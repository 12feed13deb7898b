// One background worker thread for engine tasks on very large documents, so that linting them never
// stalls typing, hovers or other documents. Jobs run one at a time. A job for the same key (task and
// document) as a newer one is superseded: dropped from the queue, or, if it is running, answered
// with `Superseded` at once but left to finish — the worker keeps what each document's lint read
// (worker.ts), so the newer job then only re-reads what changed, where restarting the worker would
// throw all of that away. A job that runs too long (a pathological document) is stopped by
// restarting the worker instead of occupying it forever.

import { Worker } from 'node:worker_threads';
import type { JobRequest, JobResponse } from './messages';

/** The job was replaced by a newer one for the same document; callers simply drop it. */
export class Superseded extends Error {
  constructor() {
    super('superseded by a newer version');
    this.name = 'Superseded';
  }
}

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

  constructor(
    /** The script the worker runs (the server bundle itself; main.ts picks the role). */
    private readonly entry: string,
    private readonly log: (message: string) => void,
    private readonly timeoutMs = 60_000,
  ) {}

  run(task: string, argument: unknown, key?: string): Promise<unknown> {
    if (this.disposed) return Promise.reject(new Error('the background worker is shut down'));
    return new Promise((resolve, reject) => {
      const job: Job = { request: { id: this.nextId++, task, argument, key }, key, resolve, reject };
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

  dispose(): void {
    this.disposed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('the background worker is shut down'));
    this.stopRunning(new Error('the background worker is shut down'));
  }

  private pump(): void {
    if (this.running || this.disposed) return;
    const job = this.queue.shift();
    if (!job) return;
    const timer = setTimeout(() => {
      this.log(`Background task ${job.request.task} took longer than ${this.timeoutMs / 1000} s and was stopped.`);
      this.stopRunning(new Error(`${job.request.task} timed out`));
    }, this.timeoutMs);
    this.running = { job, timer };
    this.ensureWorker().postMessage(job.request);
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
    if (worker) void worker.terminate();
    if (running) {
      clearTimeout(running.timer);
      running.job.reject(reason);
    }
    queueMicrotask(() => this.pump());
  }
}
