// The chunked grapheme segmentation (rules/text/graphemes.ts) must give exactly the clusters of one
// Intl.Segmenter pass over the whole text, wherever its chunks happen to end: texts are built from
// the units that make cluster boundaries hard (flags and lone regional indicators, skin tones, ZWJ
// sequences, combining marks, CR LF, Prepend and Hangul jamo) and long enough to need many chunks.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { graphemes } from '../../rules/text/graphemes';
import { SEED } from '../support/arbitraries';

const UNITS = [
  'a', 'Z', '7', '!', ' ', '\n', '\r', '\r\n', 'é', 'ß', 'e\u0301', '\u0301', '\u200d', '\u200b',
  '🇩🇪', '\u{1F1E9}', '\u{1F1EA}', '👍', '👍🏽', '🏽', '👩‍💻', '👨‍👩‍👧', '❤️', '\uFE0F',
  '漢', 'か', '\u3099', 'カ', '\u0600', '\u0915\u094d\u0937', 'ก', '\u0e33', '\u1100', '\u1161', '\u11a8', '한',
  '\uD800', '\uDC00',
];

function wholeText(text: string): string[] {
  return [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((part) => `${part.index}:${part.segment}`);
}

describe('graphemes: chunked segmentation', () => {
  it('equals one Intl.Segmenter pass over the whole text for long tricky texts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...UNITS), { minLength: 200, maxLength: 2500 }),
        fc.array(fc.constantFrom(...UNITS), { minLength: 0, maxLength: 3 }),
        (units, run) => {
          // Long runs of one unit (no space for thousands of characters) are what forces cuts
          // away from spaces.
          const text = units.join('') + run.join('').repeat(300);
          const chunked = graphemes(text).map((cluster) => `${cluster.start}:${cluster.text}`);
          assert.deepEqual(chunked, wholeText(text));
        },
      ),
      { seed: SEED + 31, numRuns: 150 },
    );
  });

  it('cuts long runs without spaces and still keeps every flag, skin tone and accent whole', () => {
    for (const unit of ['🇩🇪', '👍🏽', 'e\u0301', '👩‍💻', '漢']) {
      const text = unit.repeat(4000);
      const clusters = graphemes(text);
      assert.equal(clusters.length, 4000, unit);
      assert.ok(clusters.every((cluster) => cluster.text === unit), unit);
    }
  });
});
