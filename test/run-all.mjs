// `npm test`: every test this machine can run, in order of cost.
//   1. type-check and compile (tsc → out/), build the bundles (esbuild → dist/)
//   2. unit, fixture, conformance, property, CLI and protocol tests (node:test)
//   3. the extension suite inside a real VS Code workbench (code-server + Chromium), when set up
// Ends with one summary line "N passed, N failed".

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
let passed = 0;
let failed = 0;

function run(title, command, args, options = {}) {
  console.log(`\n=== ${title} ===`);
  const result = spawnSync(command, args, { cwd: root, stdio: options.capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8', env: { ...process.env, ...options.env } });
  if (options.capture) process.stdout.write(result.stdout ?? '');
  return result;
}

function step(title, command, args) {
  const result = run(title, command, args);
  if (result.status !== 0) {
    console.error(`${title} failed (exit ${result.status})`);
    console.log(`${passed} passed, ${failed + 1} failed`);
    process.exit(1);
  }
}

step('type-check and compile', 'npx', ['tsc', '-p', '.']);
step('bundle', 'node', ['build.mjs']);

function testFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true })
    .filter((file) => String(file).endsWith('.test.js'))
    .map((file) => path.join(dir, String(file)));
}

const nodeTests = ['unit', 'cli', 'protocol', 'browser', 'reliability'].flatMap((folder) => testFiles(path.join(root, 'out/test', folder)));
const unit = run('unit, fixture, CLI and protocol tests', process.execPath, ['--test', '--test-reporter=spec', ...nodeTests], { capture: true });
const pass = Number(/^ℹ pass (\d+)/m.exec(unit.stdout ?? '')?.[1] ?? 0);
const fail = Number(/^ℹ fail (\d+)/m.exec(unit.stdout ?? '')?.[1] ?? 0);
passed += pass;
failed += fail + (unit.status !== 0 && fail === 0 ? 1 : 0);

const extensionRunner = path.join(root, 'test/vscode/run-extension-tests.mjs');
if (fs.existsSync(extensionRunner)) {
  const extension = run('extension tests in VS Code (code-server)', process.execPath, [extensionRunner], { capture: true });
  const summary = /^(\d+) passed, (\d+) failed/m.exec(extension.stdout ?? '');
  passed += Number(summary?.[1] ?? 0);
  failed += Number(summary?.[2] ?? 0) + (extension.status !== 0 && !summary?.[2] ? 1 : 0);
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
