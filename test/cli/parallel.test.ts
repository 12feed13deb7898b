// Linting many files on worker threads (server/cli/parallel.ts) must report exactly what linting
// them one by one reports, file by file in the same order — also when a worker cannot start. The
// workers run the bundle (dist/cli.js), so this also checks the bundle against the compiled sources.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { lintFile, type FileJob, type JobOptions } from '../../server/cli/lint-files';
import { lintInParallel } from '../../server/cli/parallel';
import { LintWorkers, mayLintManyFiles } from '../../server/cli/worker-pool';
import { CLI, makeTree, ROOT } from './helpers';

/** The rule fixtures (posts with findings of every rule), `copies` times over, as a tree of files. */
function fixtureJobs(copies: number): FileJob[] {
  const fixtures = path.join(ROOT, 'test/fixtures');
  const posts: Record<string, string> = {};
  for (const rule of fs.readdirSync(fixtures)) {
    for (const name of fs.readdirSync(path.join(fixtures, rule)).filter((file) => file.endsWith('.post.md') && !file.endsWith('.fixed.post.md'))) {
      const text = fs.readFileSync(path.join(fixtures, rule, name), 'utf8');
      for (let copy = 0; copy < copies; copy++) posts[`${copy}/${rule}/${name}`] = text;
    }
  }
  const root = makeTree(posts);
  return Object.keys(posts).map((name) => ({ file: path.join(root, ...name.split('/')), shown: name, config: { competitors: ['Telekom', 'Vodafone'] } }));
}

// With the fixes' edits, which travel between threads only when the format shows them (SARIF).
const OPTIONS: JobOptions = { fix: false, reportFixes: true };

describe('linting on worker threads', () => {
  it('reports what linting file by file reports', async () => {
    // Enough batches that the worker is up before the main thread is through them.
    const jobs = fixtureJobs(8);
    assert.ok(jobs.length > 1000, `${jobs.length} files`);
    const alone = jobs.map((job) => lintFile(job, OPTIONS));
    assert.ok(alone.some((outcome) => (outcome.report?.diagnostics.length ?? 0) > 0));
    assert.deepEqual(await lintInParallel(jobs, OPTIONS, LintWorkers.start(CLI, 1)), alone);
  });

  it('lints everything on the main thread when a worker cannot start', async () => {
    const jobs = fixtureJobs(1);
    const broken = path.join(makeTree({ 'broken-worker.js': "throw new Error('this worker cannot start');\n" }), 'broken-worker.js');
    assert.deepEqual(await lintInParallel(jobs, OPTIONS, LintWorkers.start(broken, 1)), jobs.map((job) => lintFile(job, OPTIONS)));
  });

  it('stops workers a run does not need', async () => {
    const workers = LintWorkers.start(CLI, 2);
    assert.equal(workers.size, 2);
    // Resolves only once both threads have ended.
    await workers.stop();
  });
});

describe('starting workers before the files are known', () => {
  const tree = makeTree({ 'posts/a.post.md': 'Hallo\n', 'single.post.md': 'Hallo\n' });

  it('starts them for folders and globs', () => {
    assert.equal(mayLintManyFiles(['posts'], tree), true);
    assert.equal(mayLintManyFiles(['--format', 'json', '.'], tree), true);
    assert.equal(mayLintManyFiles(['posts/**/*.post.md'], tree), true);
  });

  it('does not start them for named files, standard input, help or version', () => {
    assert.equal(mayLintManyFiles(['single.post.md'], tree), false);
    assert.equal(mayLintManyFiles(['missing-folder'], tree), false);
    assert.equal(mayLintManyFiles(['--stdin', 'posts'], tree), false);
    assert.equal(mayLintManyFiles(['--help', 'posts'], tree), false);
    assert.equal(mayLintManyFiles(['--version', 'posts'], tree), false);
  });
});
