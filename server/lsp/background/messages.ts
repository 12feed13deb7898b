// Messages between the server and its background worker.

export interface JobRequest {
  id: number;
  task: string;
  argument: unknown;
}

export type JobResponse = { id: number; result: unknown } | { id: number; error: string };
