// Messages between the server and its background worker.

export interface JobRequest {
  id: number;
  task: string;
  argument: unknown;
  /** The task and document the job is for, when it has one (see BackgroundPool.run). */
  key?: string;
  /** Keep what this lint read for the next lint with the same key (an open document's LintCache). */
  cached?: boolean;
}

/** The document of `key` was closed: its LintCache goes. */
export interface ForgetRequest {
  forget: string;
}

export type WorkerRequest = JobRequest | ForgetRequest;

export type JobResponse = { id: number; result: unknown } | { id: number; error: string };
