// Fast paths of text scanning, each checked against its definition: isClusterBoundary decides one
// offset from the text around it (against one segmentation of the whole text, also for long texts,
// long runs of flags and the walk back from an offset that the length rule and the preview do),
// counting by code points or grapheme clusters without a walk, and tokenize and words read by hand
// instead of by an expression.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { findJoining, isClusterBoundary, JOINING } from '../../rules/text/clusters';
import { graphemes } from '../../rules/text/graphemes';
import { measure, prefixLengths } from '../../rules/channels/count';
import { channelProfile } from '../../rules/channels/profiles';
import { tokenize, words } from '../../rules/language/words';

const RUNS = Number(process.env.POSTLINT_PROPERTY_RUNS ?? 2000);

const pieces = [
  'a', 'b', 'ä', ' ', '\n', '\r\n', '\r', '\u0301', '\u0308', '\u200d', '\u200c', '\ufe0f', '\u20e3', '👍', '🏽', '🇩', '🇪', '🇩🇪',
  '🧑', '🔧', '👩‍👩‍👧‍👦', 'ᄀ', 'ᅡ', 'ᆨ', '가', '각', 'क', '्', 'ष', 'ि', 'ำ', 'ก', '\u0600', '\u0600 ', '١', '󠁧', '󠁿', '🏴', '#', '1', '東',
  'x\u0300\u0316', '\ud800', '\udc00',
];

function wholeTextBoundaries(text: string): Set<number> {
  const starts = new Set(graphemes(text).map((cluster) => cluster.start));
  starts.add(text.length);
  return starts;
}

describe('isClusterBoundary', () => {
  it('agrees with segmenting the whole text at every offset', () => {
    const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((items) => items.join(''));
    fc.assert(
      fc.property(texts, (text) => {
        const boundaries = wholeTextBoundaries(text);
        for (let offset = 0; offset <= text.length; offset++) {
          assert.equal(isClusterBoundary(text, offset), boundaries.has(offset), `offset ${offset} of ${JSON.stringify(text)}`);
        }
      }),
      { seed: 42, numRuns: RUNS },
    );
  });

  it('counts flag pairs from the start of a long run, walking back from the end', () => {
    for (const prefix of ['', 'a', '🇩', 'a\n🇩']) {
      const text = `${prefix}${'🇩🇪'.repeat(700)}x`;
      const boundaries = wholeTextBoundaries(text);
      for (let offset = text.length; offset >= 0; offset--) assert.equal(isClusterBoundary(text, offset), boundaries.has(offset), `offset ${offset}`);
    }
  });

  it('agrees on long generated texts, as the length rule asks about them', () => {
    const long = fc.array(fc.constantFrom(...pieces, 'Hallo Welt, ', 'x'.repeat(300)), { minLength: 50, maxLength: 200 }).map((items) => items.join(''));
    fc.assert(
      fc.property(long, fc.nat(), (text, seed) => {
        const boundaries = wholeTextBoundaries(text);
        const offset = seed % (text.length + 1);
        for (let at = offset; at >= Math.max(0, offset - 20); at--) assert.equal(isClusterBoundary(text, at), boundaries.has(at), `offset ${at}`);
      }),
      { seed: 7, numRuns: Math.max(50, RUNS / 10) },
    );
  });
});

describe('finding characters that may join a cluster', () => {
  const expression = () => new RegExp(JOINING.source, 'gu');

  it('classifies every code point as the expression does', () => {
    const joining = expression();
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) {
      const char = String.fromCodePoint(codePoint);
      joining.lastIndex = 0;
      const expected = joining.test(char) ? 0 : -1;
      if (findJoining(char, 0) !== expected) assert.fail(`U+${codePoint.toString(16).toUpperCase()}: ${findJoining(char, 0)}, expected ${expected}`);
    }
  });

  it('finds in a text, from any code point boundary, what the expression finds', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), fc.nat(), (parts, offset) => {
        const text = parts.join('');
        let from = text.length === 0 ? 0 : offset % text.length;
        // (The windows are looked for from boundaries only; inside a pair the expression steps back.)
        if (/^[\ud800-\udbff][\udc00-\udfff]$/.test(text.slice(from - 1, from + 1))) from--;
        const joining = expression();
        joining.lastIndex = from;
        assert.equal(findJoining(text, from), joining.exec(text)?.index ?? -1, JSON.stringify({ text, from }));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('counting by code points', () => {
  const facebook = channelProfile('facebook');
  it('agrees with a walk over the code points', () => {
    const texts = fc.array(fc.constantFrom('a', '😀', '\ud800', '\udc00', 'é', ' '), { maxLength: 80 }).map((items) => items.join(''));
    fc.assert(
      fc.property(texts, fc.integer({ min: 0, max: 90 }), (text, limit) => {
        const points = [...text];
        let offset = 0;
        let overflowStart: number | undefined;
        points.forEach((point, index) => {
          if (overflowStart === undefined && index + 1 > limit) overflowStart = offset;
          offset += point.length;
        });
        assert.deepEqual(measure(text, facebook, limit), { length: points.length, limit, overflowStart });
      }),
      { seed: 42, numRuns: RUNS },
    );
  });
});

describe('measuring without a walk', () => {
  it('agrees with the walk over the units on Bluesky, Mastodon and Threads', () => {
    const pieces = ['a', 'b', 'ä', 'é', 'e\u0301', '😀', '👍🏽', '👩‍👩‍👧‍👦', '🇩🇪', '가', ' ', '\n', '\r\n', '\ud800', 'https://x.com/a', '@a@b.de', '@a', '東'];
    const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((items) => items.join(''));
    const profiles = [channelProfile('bluesky'), channelProfile('mastodon'), channelProfile('threads')];
    fc.assert(
      fc.property(texts, fc.integer({ min: 0, max: 60 }), fc.constantFrom(0, 0.5), (text, whole, fraction) => {
        const limit = whole + fraction;
        for (const profile of profiles) {
          // A Mastodon URL or remote mention can swallow part of a cluster, so that the units no
          // longer tile the text as this reference assumes; measure walks such texts anyway.
          if (profile.id === 'mastodon' && (text.includes('@') || text.includes('http'))) continue;
          // The walk, through the lengths it gives at each unit's end (every unit costs at least 1).
          const lengthAt = prefixLengths(text, profile);
          let unitStart = 0;
          let overflowStart: number | undefined;
          for (let offset = 1; offset <= text.length; offset++) {
            if (lengthAt(offset) === lengthAt(offset - 1)) continue;
            if (overflowStart === undefined && lengthAt(offset) > limit) overflowStart = unitStart;
            unitStart = offset;
          }
          assert.deepEqual(measure(text, profile, limit), { length: lengthAt(text.length), limit, overflowStart }, `${profile.id} ${JSON.stringify(text)}`);
        }
      }),
      { seed: 42, numRuns: RUNS },
    );
  });
});

describe('tokenize', () => {
  // The definition tokenize reads by hand.
  const COMPOUND_WORD = /[\p{L}\p{N}\p{M}]+(?:['’\-‐‑][\p{L}\p{N}\p{M}]+)*/gu;
  it('finds the words of the expression it stands for', () => {
    const pieces = ['a', 'Z', '9', 'ä', 'ß', 'é', 'e\u0301', '\u0301', ' ', '\n', "'", '’', '-', '‐', '‑', '--', '😀', '𝐀', '\ud835', '\udc00', '東', '١', '_', '.', 'İ', 'ǅ'];
    const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((items) => items.join(''));
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % (text.length + 1);
        const end = start + (b % (text.length - start + 1));
        const slice = text.slice(start, end);
        const expected = [...slice.matchAll(COMPOUND_WORD)].map((match) => {
          const written = match[0].replace(/’/g, "'");
          return { text: written, lower: written.toLowerCase(), start: start + match.index!, end: start + match.index! + written.length };
        });
        assert.deepEqual(tokenize(text, start, end), expected);
      }),
      { seed: 42, numRuns: RUNS },
    );
  });
});

describe('words', () => {
  // The definition words reads by hand.
  const WORD_PART = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}_]|['’](?=\p{L}))*/gu;
  it('finds the words of the expression it stands for', () => {
    const pieces = ['a', 'Z', '9', 'ä', 'ß', 'e\u0301', '\u0301', ' ', '\n', "'", '’', "''", '-', '_', '😀', '𝐀', '𝟎', '\ud835', '\udc00', '東', '١', 'Ⅻ', '.', 'İ', 'ǅ'];
    const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((items) => items.join(''));
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), (text, a, b) => {
        const from = a % (text.length + 1);
        const to = from + (b % (text.length - from + 1));
        const expected: Array<{ text: string; start: number; end: number }> = [];
        WORD_PART.lastIndex = from;
        for (let match = WORD_PART.exec(text); match && match.index < to; match = WORD_PART.exec(text)) {
          const end = Math.min(match.index + match[0].length, to);
          expected.push({ text: text.slice(match.index, end), start: match.index, end });
        }
        const found = words(text, from, to);
        assert.deepEqual(
          found.map((word) => ({ text: word.text, start: word.start, end: word.end })),
          expected,
        );
        assert.deepEqual(
          found.map((word) => word.lower),
          expected.map((word) => word.text.toLowerCase()),
        );
      }),
      { seed: 42, numRuns: RUNS },
    );
  });
});
