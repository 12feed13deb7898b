// English and German for every title, setting and message of the extension: the manifest's
// %keys% in package.nls.json and package.nls.de.json, and every vscode.l10n.t string of the
// bundled extension in l10n/bundle.l10n.de.json. Reads the files of the extension as installed,
// so it checks a packaged VSIX as well as the checkout.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { EXTENSION_ID } from './helpers';

describe('localization', () => {
  let root: string;
  const readJson = (file: string): Record<string, unknown> => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));

  before(() => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    root = extension.extensionPath;
  });

  it('has every manifest string in English and German, and no unused ones', () => {
    const manifest = fs.readFileSync(path.join(root, 'package.json'), 'utf8');
    const used = new Set([...manifest.matchAll(/"%([^"%]+)%"/g)].map((match) => match[1]));
    assert.ok(used.size > 20, 'titles and settings are localised through %keys%');
    for (const file of ['package.nls.json', 'package.nls.de.json']) {
      assert.deepEqual(Object.keys(readJson(file)).sort(), [...used].sort(), `${file} has exactly the manifest's keys`);
    }
  });

  it('translates every runtime message (vscode.l10n.t) into German', () => {
    const bundle = fs.readFileSync(path.join(root, 'dist/extension.js'), 'utf8');
    // esbuild keeps property names, so calls read `<ns>.l10n.t("…"` even when minified.
    // A message that contains double quotes is emitted in single quotes.
    const literal = /\.l10n\.t\(\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/g;
    const unquote = (quoted: string): string =>
      quoted.startsWith("'") ? (JSON.parse(`"${quoted.slice(1, -1).replace(/\\'/g, "'").replace(/"/g, '\\"')}"`) as string) : (JSON.parse(quoted) as string);
    const messages = new Set([...bundle.matchAll(literal)].map((match) => unquote(match[1])));
    assert.ok(messages.size > 10, `found the extension's messages (${messages.size})`);
    const german = readJson('l10n/bundle.l10n.de.json');
    assert.deepEqual([...messages].filter((message) => typeof german[message] !== 'string'), [], 'messages without a German translation');
    assert.deepEqual(Object.keys(german).filter((message) => !messages.has(message)), [], 'German translations no message uses');
    for (const [message, translation] of Object.entries(german)) {
      const placeholders = (text: string) => [...text.matchAll(/\{\d+\}/g)].map((match) => match[0]).sort();
      assert.deepEqual(placeholders(String(translation)), placeholders(message), `placeholders of "${message}"`);
    }
  });
});
