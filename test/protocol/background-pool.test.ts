// The background worker that lints very large documents lives only while it is needed: it ends when
// idle — soon when it keeps no document's cache, later when it keeps an open document's — and a
// closed document's cache lets it end soon. Timers are mocked: the test steps through the idle time.

import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, it, mock } from 'node:test';
import { BackgroundPool } from '../../server/lsp/background/pool';
import type { LintOutcome, TaskInput } from '../../server/lsp/tasks';

// The compiled server entry, which runs as the worker in a worker thread (server/lsp/main.ts).
const WORKER_ENTRY = path.join(__dirname, '../../server/lsp/main.js');
const TIMES = { jobTimeoutMs: 60_000, idleMs: 1_000, idleWithCachesMs: 30_000 };
const INPUT: TaskInput = { text: '---\nchannels: [twitter]\n---\nHallo zusammen!!! Mehr unter https://example.com #Sommer\n', options: { config: {} } };

describe('background worker lifetime', () => {
  let pool: BackgroundPool;
  const logged: string[] = [];
  beforeEach(() => {
    mock.timers.enable({ apis: ['setTimeout'] });
    pool = new BackgroundPool(WORKER_ENTRY, (message) => logged.push(message), TIMES);
  });
  afterEach(() => {
    pool.dispose();
    mock.timers.reset();
    assert.deepEqual(logged, []);
  });

  const lint = (key: string, cached: boolean) => pool.run('lint', INPUT, key, cached) as Promise<LintOutcome>;

  it('starts with the first job, ends when idle without caches, and starts again for the next job', async () => {
    assert.equal(pool.hasWorker, false);
    const first = await lint('lint untitled:a', false);
    assert.equal(pool.hasWorker, true);
    mock.timers.tick(TIMES.idleMs - 1);
    assert.equal(pool.hasWorker, true);
    mock.timers.tick(1);
    assert.equal(pool.hasWorker, false);
    const again = await lint('lint untitled:a', false);
    assert.equal(pool.hasWorker, true);
    assert.deepEqual(again.findings.map((finding) => finding.messageId), first.findings.map((finding) => finding.messageId));
    assert.ok(first.findings.length > 0);
  });

  it('keeps a worker with an open document’s cache until the document is closed', async () => {
    await lint('lint untitled:b', true);
    mock.timers.tick(TIMES.idleMs);
    assert.equal(pool.hasWorker, true, 'an open document’s cache keeps the worker');
    pool.forget('lint untitled:b');
    mock.timers.tick(TIMES.idleMs);
    assert.equal(pool.hasWorker, false, 'closed: the worker ends soon');
  });

  it('ends a worker with caches after the longer idle time', async () => {
    await lint('lint untitled:c', true);
    mock.timers.tick(TIMES.idleWithCachesMs - 1);
    assert.equal(pool.hasWorker, true);
    mock.timers.tick(1);
    assert.equal(pool.hasWorker, false);
  });

  it('does not end a worker while a job is queued or running', async () => {
    await lint('lint untitled:d', false);
    const running = lint('lint untitled:e', false);
    mock.timers.tick(TIMES.idleMs);
    assert.equal(pool.hasWorker, true);
    await running;
    assert.equal(pool.hasWorker, true);
    mock.timers.tick(TIMES.idleMs);
    assert.equal(pool.hasWorker, false);
  });
});
