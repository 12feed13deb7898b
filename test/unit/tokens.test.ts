// post/tokens.ts runs twitter-text's hashtag extraction only on the whitespace-free runs that hold a
// hash sign: it must find exactly what twitter-text finds in the whole text.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import twitter from 'twitter-text';
import { extractTokens, hashtagsOf } from '../../rules/post/tokens';
import { SEED } from '../support/arbitraries';

const RUNS = Number(process.env.POSTLINT_PROPERTY_RUNS ?? 2000);

const extractHashtags = (twitter as unknown as { extractHashtagsWithIndices(text: string, options: { checkUrlOverlap: boolean }): unknown[] })
  .extractHashtagsWithIndices;

describe('hashtagsOf', () => {
  it('finds what twitter-text finds in the whole text', () => {
    const piece = fc.constantFrom(
      '#', '＃', '##', '#1', 'tag', 'Tag_2', 'ü', 'ß', '&', '_', '1', ' ', '\n', '\n\n', '\u00a0', '\u3000', '\ufeff', '\u2028', '\ufe0f', '\u20e3',
      '😀', '\ud835\udfce', '://', 'x.com', '.', ',', '@', '$', 'é\u0301', 'ก', '中', 'ſ', 'K',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }).map((pieces) => pieces.join('')), (text) => {
        assert.deepEqual(hashtagsOf(text), extractHashtags(text, { checkUrlOverlap: false }));
      }),
      { seed: SEED, numRuns: RUNS * 2 },
    );
  });

  it('gives the tokens of a post', () => {
    const tokens = extractTokens('Neu: #Tarif ab heute, Fragen an @hilfe oder x.com/hilfe #Service#nicht');
    assert.deepEqual(
      tokens.all.map((token) => [token.kind, token.value]),
      [
        ['hashtag', 'Tarif'],
        ['mention', 'hilfe'],
        ['url', 'x.com/hilfe'],
      ],
    );
  });
});
