#!/usr/bin/env node
// `npm test`'s extension step: runs the extension test suite (test/vscode/suite, compiled to
// out/test/vscode/suite) inside VS Code — code-server's workbench in headless Chromium, through
// run-in-code-server.mjs — on a fresh copy of the fixture workspace test/vscode/workspace, so the
// tests may write files (Adapt for … creates siblings) without touching the repository.
//
// Sets up code-server first when it is not yet (setup-code-server.mjs; cached, instant later).
// Expects `tsc -p .` and `node build.mjs` to have run (npm test does both first).
//
// Usage: node test/vscode/run-extension-tests.mjs [--vsix <file>] [--grep <pattern>] [--keep]
//   --vsix   test the packaged extension (installed into the test profile) instead of the checkout
//   --grep   run only the tests whose full title matches (mocha --grep)
// Prints the runner's report, ending in "N passed, N failed"; exits with the runner's code. Leaves
// the extension's activation timing (suite/activation.test.ts) in test-results/ for the benchmark.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';

import { readMarker } from './code-server-paths.mjs';
import { ACTIVATION_RESULT } from '../bench/sizes.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const here = import.meta.dirname;

const { values } = parseArgs({
  options: {
    vsix: { type: 'string' },
    grep: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});

function fail(message) {
  console.error(`run-extension-tests: ${message}`);
  console.log('0 passed, 1 failed');
  process.exit(2);
}

const suite = path.join(root, 'out/test/vscode/suite/index.js');
const needed = [suite, ...(values.vsix ? [path.resolve(values.vsix)] : ['dist/extension.js', 'dist/server.js'].map((file) => path.join(root, file)))];
const missing = needed.filter((file) => !fs.existsSync(file));
if (missing.length > 0) {
  fail(`missing ${missing.map((file) => path.relative(root, file)).join(', ')}: run \`npx tsc -p . && node build.mjs\` first`);
}

if (!(await readMarker())) {
  console.log('code-server is not set up yet: running test/vscode/setup-code-server.mjs (cached for later runs)');
  const setup = spawnSync(process.execPath, [path.join(here, 'setup-code-server.mjs')], { stdio: 'inherit' });
  if (setup.status !== 0) fail(`setting up code-server failed (exit ${setup.status ?? setup.signal})`);
}

const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-workspace-'));
fs.cpSync(path.join(here, 'workspace'), workspace, { recursive: true });

const args = [path.join(here, 'run-in-code-server.mjs'), '--suite', suite, '--workspace', workspace];
args.push(...(values.vsix ? ['--vsix', path.resolve(values.vsix)] : ['--extension', root]));
if (values.keep) args.push('--keep');

const env = { ...process.env };
if (values.grep) env.POSTLINT_TEST_GREP = values.grep;
// The activation test writes the extension's own activation timing here; the benchmark reports it.
env.POSTLINT_ACTIVATION_FILE ??= path.join(root, ACTIVATION_RESULT);
const result = spawnSync(process.execPath, args, { stdio: 'inherit', env });
fs.rmSync(workspace, { recursive: true, force: true });
process.exit(result.status ?? 2);
