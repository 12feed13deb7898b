// Start-up and size figures that need no process of their own: the VSIX and the bundles.
//
// The VSIX is measured as it lies in the repository root (`npm run package` makes it). The
// benchmark does not package by itself: packaging rebuilds dist/, under the feet of the other
// measurements (and of other people working in the checkout).

import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

// The last three are loaded on first use only (build.mjs).
const BUNDLES = ['dist/extension.js', 'dist/server.js', 'dist/engine.js', 'dist/cli.js', 'dist/cli-engine.js', 'dist/tinyld.js', 'dist/yaml.js', 'dist/tinyglobby.js'];

/**
 * Where the extension suite leaves the extension's activation timing (test/vscode/suite/
 * activation.test.ts): activation needs a VS Code extension host, which the benchmark does not start.
 */
export const ACTIVATION_RESULT = 'test-results/extension-activation.json';

export function measureSizes(repoRoot) {
  const bundles = BUNDLES.map((file) => {
    const full = path.join(repoRoot, file);
    return { file, bytes: fs.existsSync(full) ? fs.statSync(full).size : undefined };
  });
  return { vsix: vsixSize(repoRoot), bundles, activation: activationTiming(repoRoot) };
}

/** The last activation timing of the extension suite; `reason` instead when there is none. */
function activationTiming(repoRoot) {
  const file = path.join(repoRoot, ACTIVATION_RESULT);
  if (!fs.existsSync(file)) return { reason: `no ${ACTIVATION_RESULT}: run \`node test/vscode/run-extension-tests.mjs\` (the extension host times activation)` };
  let timing;
  try {
    timing = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    return { reason: `${ACTIVATION_RESULT} is unreadable: ${error.message}` };
  }
  if (typeof timing.totalMs !== 'number') return { reason: `${ACTIVATION_RESULT} has no totalMs` };
  const extension = path.join(repoRoot, 'dist/extension.js');
  return { ...timing, stale: fs.existsSync(extension) && !timedThisBundle(timing, extension, file) };
}

/** True when the suite timed the bundle dist/extension.js holds now: the same content (or, for an older record, not rebuilt since). */
function timedThisBundle(timing, extension, resultFile) {
  if (typeof timing.bundleSha256 === 'string') return timing.bundleSha256 === createHash('sha256').update(fs.readFileSync(extension)).digest('hex');
  return fs.statSync(extension).mtimeMs <= fs.statSync(resultFile).mtimeMs;
}

function vsixSize(repoRoot) {
  const candidates = fs.readdirSync(repoRoot)
    .filter((name) => /^postlint-.*\.vsix$/.test(name))
    .map((name) => ({ name, stat: fs.statSync(path.join(repoRoot, name)) }))
    .sort((a, b) => b.stat.mtimeMs - a.stat.mtimeMs);
  if (candidates.length === 0) return { reason: 'no postlint-*.vsix in the repository root (run `npm run package`)' };
  const newest = candidates[0];
  const extension = path.join(repoRoot, 'dist/extension.js');
  const stale = fs.existsSync(extension) && fs.statSync(extension).mtimeMs > newest.stat.mtimeMs;
  return { file: newest.name, bytes: newest.stat.size, built: newest.stat.mtime.toISOString().slice(0, 16).replace('T', ' '), stale };
}
