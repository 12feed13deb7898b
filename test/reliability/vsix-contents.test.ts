// The VSIX is an allow-list (.vscodeignore): a bundle that the extension loads but the list leaves
// out is missing only once installed — the tests here run from dist/, where every file is present.
// So the files the VSIX would hold (`vsce ls`, as `npm run package` decides them) must include the
// extension's entry, the language server, and every bundle those require (`require("./x.js")`), on
// and on.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';

const ROOT = path.resolve(__dirname, '../../..');

function packagedFiles(): Set<string> {
  const vsce = require.resolve('@vscode/vsce/vsce');
  const result = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  assert.equal(result.status, 0, result.stderr);
  return new Set(result.stdout.split('\n').map((line) => line.trim()).filter(Boolean));
}

/** `dist/<name>` for each `require("./<name>")` of a bundle in dist/. */
function requiredBundles(bundle: string): string[] {
  const source = fs.readFileSync(path.join(ROOT, bundle), 'utf8');
  return [...source.matchAll(/require\("\.\/([\w.-]+\.js)"\)/g)].map((match) => `dist/${match[1]}`);
}

describe('the VSIX', () => {
  it('holds every bundle the extension and its language server load', () => {
    const packaged = packagedFiles();
    const main = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { main: string }).main.replace(/^\.\//, '');
    // The extension starts the server by its path (client/), not by require.
    const needed = [main, 'dist/server.js'];
    for (let index = 0; index < needed.length; index++) {
      const bundle = needed[index]!;
      assert.ok(packaged.has(bundle), `${bundle} is not in the VSIX (.vscodeignore)${index > 1 ? `, but a bundle requires it` : ''}`);
      for (const required of requiredBundles(bundle)) if (!needed.includes(required)) needed.push(required);
    }
    // Sanity: the walk reached the lazily loaded bundles, so a bundle that stops naming them is noticed.
    for (const lazy of ['dist/engine.js', 'dist/tinyld.js', 'dist/yaml.js']) assert.ok(needed.includes(lazy), `no bundle requires ${lazy}`);
  });
});
