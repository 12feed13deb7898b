// The extension times its own activation (client/activation.ts). This checks that the figure is
// there and, when the runner asks for it (POSTLINT_ACTIVATION_FILE), hands it to the benchmark,
// which reports it against the target; the test itself asserts no speed. What the extension
// cannot time itself — compiling its bundle before the first line runs — is measured here apart, by
// compiling the same code again in the same extension host.

import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { EXTENSION_ID, postlintApi } from './helpers';

describe('activation', () => {
  it('reports how long activation took, without waiting for the language server', async () => {
    const api = await postlintApi();
    const { activation } = api;
    assert.ok(Number.isFinite(activation.activateMs) && activation.activateMs >= 0, JSON.stringify(activation));
    assert.equal(typeof activation.loadMs, 'number', 'the bundle records when its code started');
    assert.ok(activation.totalMs >= activation.activateMs);

    const file = process.env.POSTLINT_ACTIVATION_FILE;
    if (file) {
      const extension = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(extension);
      const bundle = path.join(extension.extensionPath, (extension.packageJSON as { main: string }).main);
      const record = {
        ...activation,
        compileMs: compileTime(bundle),
        // Which bundle was timed: a rebuild with the same content (npm run package rebuilds) keeps the figure valid.
        bundleSha256: createHash('sha256').update(fs.readFileSync(bundle)).digest('hex'),
        host: `${vscode.env.appName} ${vscode.version}`,
        extensionPath: extension.extensionPath,
        measuredAt: new Date().toISOString(),
      };
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
    }
  });
});

/** Milliseconds to compile (not run) the bundle; a unique last line keeps V8 from reusing the first compilation. */
function compileTime(bundle: string): number {
  const source = fs.readFileSync(bundle, 'utf8');
  const started = performance.now();
  new vm.Script(`${source}\n// ${started}`, { filename: `${bundle}.compile-check` });
  return performance.now() - started;
}
