// Messages between the server and its background worker.

export interface JobRequest {
  id: number;
  task: string;
  argument: unknown;
  /** The task and document the job is for, when it has one (see BackgroundPool.run). */
  key?: string;
}

export type JobResponse = { id: number; result: unknown } | { id: number; error: string };
