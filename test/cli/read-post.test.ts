// readPost reads most posts as a string and only the rest as bytes (server/cli/read-post.ts); both
// ways must give decodePost's answer for the file's bytes: the same text and byte-order mark, or the
// same error at the same place. Checked on generated files: valid UTF-8 (with and without a mark,
// with U+FFFD and NUL typed in), UTF-16 with its marks, and valid text with invalid bytes put in.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { decodePost, readPost } from '../../server/cli/read-post';
import { SEED } from '../support/arbitraries';

const RUNS = Number(process.env.POSTLINT_PROPERTY_RUNS ?? 500);

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-read-post-'));
after(() => fs.rmSync(folder, { recursive: true, force: true }));

/** readPost of a file holding `bytes`, next to decodePost of the same bytes. */
function bothWays(bytes: Uint8Array): { read: ReturnType<typeof readPost>; decoded: ReturnType<typeof decodePost> } {
  const file = path.join(folder, 'post.post.md');
  fs.writeFileSync(file, bytes);
  return { read: readPost(file), decoded: decodePost(bytes) };
}

// Text a post may hold, with the characters that matter here made likely: a typed U+FFFD, NUL,
// a byte-order mark inside the text, umlauts, emoji and lone surrogates (which UTF-8 cannot carry).
const postText = fc
  .array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom('\uFFFD', '\0', '\uFEFF', 'ä', 'ß', '🎉', '\uD800', '\r\n')), { maxLength: 12 })
  .map((parts) => parts.join(''));

const utf8File = fc.tuple(fc.boolean(), postText).map(([bom, text]) => Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]));

const utf16File = fc.tuple(fc.constantFrom('le', 'be'), postText, fc.boolean()).map(([order, text, odd]) => {
  const body = Buffer.from(text, 'utf16le');
  if (order === 'be') body.swap16();
  const mark = order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return Buffer.concat([Buffer.from(mark), body, odd ? Buffer.from([0x41]) : Buffer.alloc(0)]);
});

// Valid text with bytes that break UTF-8 put in: stray continuation bytes, overlong forms, encoded
// surrogates, code points past U+10FFFF, a sequence cut short (also at the end).
const brokenFile = fc
  .tuple(
    postText,
    fc.array(fc.tuple(fc.nat(), fc.constantFrom([0x80], [0xbf], [0xc0, 0x80], [0xc1, 0xbf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82], [0xf0, 0x9f], [0xff], [0xfc])), {
      minLength: 1,
      maxLength: 3,
    }),
  )
  .map(([text, insertions]) => {
    let bytes = Buffer.from(text, 'utf8');
    for (const [at, bad] of insertions) {
      const offset = bytes.length === 0 ? 0 : at % (bytes.length + 1);
      bytes = Buffer.concat([bytes.subarray(0, offset), Buffer.from(bad), bytes.subarray(offset)]);
    }
    return bytes;
  });

describe('readPost', () => {
  it("gives decodePost's answer for every file", () => {
    fc.assert(
      fc.property(fc.oneof(utf8File, utf16File, brokenFile, fc.uint8Array({ maxLength: 64 })), (bytes) => {
        const { read, decoded } = bothWays(bytes);
        assert.deepEqual(read, decoded, JSON.stringify([...bytes]));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('reads valid text with a byte-order mark, a typed U+FFFD and a late NUL as decodePost does', () => {
    const cases = [
      Buffer.from('\uFEFFHallo!\n', 'utf8'),
      Buffer.from('Unser Zeichen: \uFFFD ist keins.\n', 'utf8'),
      Buffer.concat([Buffer.from('a'.repeat(9000), 'utf8'), Buffer.from([0]), Buffer.from('b')]),
    ];
    for (const bytes of cases) {
      const { read, decoded } = bothWays(bytes);
      assert.ok('text' in read, JSON.stringify(read).slice(0, 200));
      assert.deepEqual(read, decoded);
    }
  });

  it('reports a file it cannot read', () => {
    assert.match((readPost(path.join(folder, 'missing.post.md')) as { error: string }).error, /no such file/);
  });
});
