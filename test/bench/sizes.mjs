// Start-up and size figures that need no process of their own: the VSIX and the bundles.
//
// The VSIX is measured as it lies in the repository root (`npm run package` makes it). The
// benchmark does not package by itself: packaging rebuilds dist/ minified, which would change the
// bundles other measurements (and other people working in the checkout) use.

import * as fs from 'node:fs';
import * as path from 'node:path';

const BUNDLES = ['dist/extension.js', 'dist/server.js', 'dist/cli.js'];

export const ACTIVATION_NOTE = 'needs a VS Code extension host; the extension suite (test/vscode) is where activation can be timed';

export function measureSizes(repoRoot) {
  const bundles = BUNDLES.map((file) => {
    const full = path.join(repoRoot, file);
    return { file, bytes: fs.existsSync(full) ? fs.statSync(full).size : undefined };
  });
  return { vsix: vsixSize(repoRoot), bundles, activation: ACTIVATION_NOTE };
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
