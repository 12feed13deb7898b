// Breaks between words in a window of the text (rules/text/boundaries.ts wordBreaks), which the
// thread split and the trim ask for many small windows of a long post. A window's breaks are the
// whole text's breaks that fall in it — whitespace runs are read whole even where they go on past
// the window — checked on generated texts (scripts with spaces: in scripts without, the segmenter
// reads the window's own words); and a long text without spaces is read window by window, not to
// its end each time.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { extractTokens } from '../../rules/post/tokens';
import { wordBreaks } from '../../rules/text/boundaries';
import { SEED, textWithWindow } from '../support/arbitraries';

const piece = fc.constantFrom('abc', 'Wort', ' ', '  ', '\t', '\n', '\n\n', ' \n \n', '.', 'Dr.', ',', ':', '!', '#tag', '@anna', 'https://x.de/a', '😀', '\u3000', '\u00a0', '\u2009');
const texts = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''));

describe('wordBreaks', () => {
  it("gives a window the whole text's breaks that fall in it", () => {
    let found = 0;
    fc.assert(
      fc.property(textWithWindow(texts), ({ text, start: from, end: to }) => {
        const tokens = extractTokens(text).all;
        const expected = wordBreaks(text, tokens).filter((found) => found.offset > from && found.offset <= to);
        found += expected.length;
        assert.deepEqual(wordBreaks(text, tokens, from, to), expected, JSON.stringify({ text, from, to }));
      }),
      { seed: SEED, numRuns: 3000 },
    );
    assert.ok(found > 500, `${found} breaks`);
  });

  it('reads a window of a long text without spaces, not the rest of the text', () => {
    const text = `${'😀'.repeat(100_000)} Ende`;
    let breaks = 0;
    for (let from = 0; from < 190_000; from += 100) breaks += wordBreaks(text, [], from, from + 100).length;
    assert.equal(breaks, 0);
    assert.deepEqual(wordBreaks(text, [], 199_900, text.length), [{ offset: 200_000, next: 200_001, kind: 'word' }]);
  });
});
