#!/usr/bin/env node
// `npm run test:electron`: the same extension test suite as `npm test`, in desktop VS Code
// (Electron) downloaded by @vscode/test-electron into .vscode-test/. Needs internet access the
// first time, so CI here uses the code-server runner instead (run-extension-tests.mjs).
// Usage: npm run test:electron [-- --grep <pattern>] [--version <VS Code version, default stable>]

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { runTests } from '@vscode/test-electron';

const root = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({ options: { grep: { type: 'string' }, version: { type: 'string' } } });

// A fresh copy of the fixture workspace: the tests write files into it.
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-workspace-'));
fs.cpSync(path.join(import.meta.dirname, 'workspace'), workspace, { recursive: true });
const resultsFile = path.join(workspace, '..', `${path.basename(workspace)}-results.json`);

let code = 0;
try {
  await runTests({
    version: values.version,
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'out/test/vscode/suite/index.js'),
    launchArgs: [workspace, '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    extensionTestsEnv: { POSTLINT_TEST_RESULTS: resultsFile, ...(values.grep ? { POSTLINT_TEST_GREP: values.grep } : {}) },
  });
} catch (error) {
  console.error(`test:electron: ${error instanceof Error ? error.message : error}`);
  code = 1;
}

// The suite wrote its results (see test/vscode/README.md); print the same closing line as npm test.
if (fs.existsSync(resultsFile)) {
  const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  for (const failure of results.failures) console.log(`\n✘ ${failure.title}\n${failure.error}`);
  console.log(`\n${results.passed} passed, ${results.failed} failed`);
  if (results.failed > 0) code = 1;
} else {
  console.log('\nthe suite wrote no results: it did not start or crashed');
  code = 1;
}
fs.rmSync(workspace, { recursive: true, force: true });
fs.rmSync(resultsFile, { force: true });
fs.rmSync(`${resultsFile}.started`, { force: true });
process.exit(code);
