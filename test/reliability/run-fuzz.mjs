// `npm run fuzz`: the fuzz test with 100,000 documents instead of the 10,000 of `npm test`
// (POSTLINT_FUZZ_RUNS, when set, wins). A script rather than `VAR=… node` in package.json so that it
// runs the same in every shell, Windows' included.

import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const result = spawnSync(process.execPath, ['--test', '--test-reporter=spec', path.join(root, 'out/test/reliability/fuzz.test.js')], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, POSTLINT_FUZZ_RUNS: process.env.POSTLINT_FUZZ_RUNS ?? '100000' },
});
process.exit(result.status ?? 1);
