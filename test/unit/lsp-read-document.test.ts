// The language server reads a closed post as the CLI does: without a byte-order mark, UTF-16 by its
// mark, and a file that is not text is no document.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { readDocument } from '../../server/lsp/documents';

const NONE_OPEN = { get: () => undefined, all: () => [] } as unknown as TextDocuments<TextDocument>;

describe('readDocument of a closed file', () => {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-read-'));
  after(() => fs.rmSync(directory, { recursive: true, force: true }));
  const read = async (name: string, bytes: Uint8Array) => {
    const file = path.join(directory, name);
    fs.writeFileSync(file, bytes);
    return readDocument(NONE_OPEN, pathToFileURL(file).toString());
  };

  it('drops a UTF-8 byte-order mark', async () => {
    const snapshot = await read('bom.post.md', Buffer.from('\ufeffHallo ^SeSe\n', 'utf8'));
    assert.equal(snapshot?.document.getText(), 'Hallo ^SeSe\n');
    assert.equal(snapshot?.version, null);
  });

  it('decodes UTF-16 by its mark', async () => {
    const snapshot = await read('utf16.post.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Grüße\n', 'utf16le')]));
    assert.equal(snapshot?.document.getText(), 'Grüße\n');
  });

  it('is undefined for a binary file', async () => {
    assert.equal(await read('binary.post.md', Buffer.from([0x48, 0x00, 0x01])), undefined);
  });
});
