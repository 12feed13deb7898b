// Self-test suite for test/vscode/run-in-code-server.mjs. VS Code loads this file in the
// extension host (extensionTestsPath) and calls run(); mocha then runs the *.test.js
// files next to it.
//
// How results reach the runner: the runner starts code-server with the environment
// variable POSTLINT_TEST_RESULTS set to an absolute file path. code-server forks the
// extension host from its own process with its own environment, so the variable is
// visible here as process.env.POSTLINT_TEST_RESULTS (the runner and the extension host
// are on the same machine, so a plain file is enough). The suite
//   1. writes `<results>.started` ({"pid": <extension host pid>}) as soon as run()
//      starts, so the runner can tell "the suite never started" from "it hangs", and
//      notice if the extension host dies;
//   2. writes `<results>` when mocha ends: {passed, failed, failures:[{title, error}],
//      tests:[{title, state, durationMs, error?}]}, through a temp file + rename so the
//      runner never reads half a file.
//
// POSTLINT_SELFTEST_FAIL=1 adds a failing test and POSTLINT_SELFTEST_CRASH=throw|kill
// makes run() crash before writing results: both prove the runner reports failures.
const fs = require('node:fs');
const path = require('node:path');
const Mocha = require('mocha');

function writeJsonAtomic(file, data) {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(data, null, 2));
  fs.renameSync(tmp, file);
}

function run() {
  const resultsFile = process.env.POSTLINT_TEST_RESULTS;
  if (!resultsFile) {
    return Promise.reject(new Error('POSTLINT_TEST_RESULTS is not set: run this suite through test/vscode/run-in-code-server.mjs'));
  }
  writeJsonAtomic(`${resultsFile}.started`, { pid: process.pid });

  const crash = process.env.POSTLINT_SELFTEST_CRASH;
  if (crash === 'throw') return Promise.reject(new Error('self-test: simulated suite crash'));
  // The extension host blocks process.exit() from extensions, so kill it outright.
  if (crash === 'kill') process.kill(process.pid, 'SIGKILL');

  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 20000, reporter: 'spec' });
  mocha.addFile(path.join(__dirname, 'selftest.test.js'));

  return new Promise((resolve, reject) => {
    const tests = [];
    const runner = mocha.run();
    runner.on('pass', (t) => tests.push({ title: t.fullTitle(), state: 'passed', durationMs: t.duration }));
    runner.on('fail', (t, err) =>
      tests.push({ title: t.fullTitle(), state: 'failed', durationMs: t.duration, error: String(err?.stack ?? err) }),
    );
    runner.on('end', () => {
      const failures = tests.filter((t) => t.state === 'failed').map(({ title, error }) => ({ title, error }));
      try {
        writeJsonAtomic(resultsFile, { passed: tests.length - failures.length, failed: failures.length, failures, tests });
      } catch (err) {
        reject(err);
        return;
      }
      failures.length ? reject(new Error(`${failures.length} test(s) failed`)) : resolve();
    });
  });
}

module.exports = { run };
