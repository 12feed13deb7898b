// Entry of the extension test suite (extensionTestsPath). VS Code loads this file in the extension
// host and calls run(); mocha runs every *.test.js beside it. Both runners use it:
//   - test/vscode/run-extension-tests.mjs (code-server + Chromium, `npm test`) sets
//     POSTLINT_TEST_RESULTS: run() writes `<file>.started` ({pid}) when it starts and `<file>`
//     ({passed, failed, failures, tests}) when mocha ends, each via a temp file and a rename, as
//     test/vscode/README.md ("Results protocol") describes;
//   - test/vscode/run-electron.mjs (@vscode/test-electron) only needs run() to reject on failure.

import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

interface TestResult {
  title: string;
  state: 'passed' | 'failed';
  durationMs?: number;
  error?: string;
}

function writeJsonAtomic(file: string, data: unknown): void {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(data, null, 2));
  fs.renameSync(temporary, file);
}

export function run(): Promise<void> {
  const resultsFile = process.env.POSTLINT_TEST_RESULTS;
  if (resultsFile) writeJsonAtomic(`${resultsFile}.started`, { pid: process.pid });

  const grep = process.env.POSTLINT_TEST_GREP;
  const mocha = new Mocha({ ui: 'bdd', color: false, reporter: 'spec', timeout: 30_000, ...(grep ? { grep } : {}) });
  for (const file of fs.readdirSync(__dirname).sort()) {
    if (file.endsWith('.test.js')) mocha.addFile(path.join(__dirname, file));
  }

  return new Promise((resolve, reject) => {
    const tests: TestResult[] = [];
    const runner = mocha.run();
    runner.on('pass', (test) => tests.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration }));
    runner.on('fail', (test, error: unknown) =>
      tests.push({ title: test.fullTitle(), state: 'failed', durationMs: test.duration, error: String((error as Error)?.stack ?? error) }),
    );
    runner.on('end', () => {
      const failures = tests.filter((test) => test.state === 'failed').map(({ title, error }) => ({ title, error }));
      try {
        if (resultsFile) writeJsonAtomic(resultsFile, { passed: tests.length - failures.length, failed: failures.length, failures, tests });
      } catch (error) {
        reject(error);
        return;
      }
      if (failures.length > 0) reject(new Error(`${failures.length} extension test(s) failed`));
      else resolve();
    });
  });
}
