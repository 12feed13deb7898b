// Entry of dist/server.js. The same bundle also runs as the background worker that lints very
// large documents off the main thread (background/pool.ts), so the entry only picks the role; each
// role's modules load on first `require`, and the worker never opens a connection.

import { isMainThread } from 'node:worker_threads';
import { raiseInterruptBudget } from '../v8-flags';
import { keepYoungGenerationSmall } from './young-generation';

// Before any engine code runs (see v8-flags.ts); it holds for the background worker too.
raiseInterruptBudget();

if (isMainThread) {
  keepYoungGenerationSmall();
  const server: typeof import('./server') = require('./server');
  server.startServer(__filename);
} else {
  const worker: typeof import('./background/worker') = require('./background/worker');
  worker.serveTasks();
}
