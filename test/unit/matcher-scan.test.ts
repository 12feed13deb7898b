// The word-list matcher's scan (rules/language/matcher.ts): after a match inside a word it tries
// again one character further — a whole code point, or it would find the same match forever.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { compileWordList } from '../../rules/language/matcher';
import { WORD_CHAR } from '../../rules/language/word-list-syntax';

describe('the word-list scan', () => {
  it('steps over a whole code point after a match inside a word (it used to loop forever there)', () => {
    const matcher = compileWordList(['𝐀bc', '😀x']);
    assert.deepEqual(matcher.findAll('a𝐀bc 𝐀bc'), [{ start: 6, end: 10, text: '𝐀bc' }]);
    assert.deepEqual(matcher.findAll('a😀x 😀x').map((match) => match.start), [1, 5]);
    assert.deepEqual(compileWordList(['Idiot*', '*pfosten']).findAll('2fa𝐀bc. PFOSTEN. a𝐀Idioten').map((match) => match.text), ['PFOSTEN']);
  });

  // A list whose entries all need a word boundary before them is searched with a cheap look-behind
  // for ASCII word characters first. It must never turn away a start findAll would accept.
  it('rules out with its look-behind only starts that follow a word character', () => {
    const lookBehindClass = /^[A-Za-z0-9_]$/iu;
    const wordChar = new RegExp(`^${WORD_CHAR}$`, 'u');
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) {
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
      const char = String.fromCodePoint(codePoint);
      if (lookBehindClass.test(char)) assert.ok(wordChar.test(char), `U+${codePoint.toString(16)}`);
    }
  });

  it('finds the same matches with the look-behind as without it', () => {
    // Letters that fold across scripts (K Kelvin sign, ſ long s, ß/ẞ, İ/ı), marks, digits, astral letters.
    const alphabet = ['a', 'b', 'i', 'k', 's', 'K', 'S', 'I', 'K', 'ſ', 'ß', 'ẞ', 'İ', 'ı', 'ä', 'Ä', '\u0301', '1', '_', '𝐀', '-', "'", '’'];
    const word = fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 4 }).map((chars) => chars.join(''));
    const entry = fc
      .tuple(fc.array(word, { minLength: 1, maxLength: 2 }), fc.boolean())
      .map(([words, prefix]) => words.join(' ') + (prefix ? '*' : ''));
    const text = fc.array(fc.constantFrom(...alphabet, ' ', '  ', '\n', '.', 'x'), { maxLength: 40 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 6 }), text, fc.nat(45), fc.nat(45), (entries, sample, a, b) => {
        // An entry that starts with no word character (and never matches here) turns the look-behind off.
        const withLookBehind = compileWordList(entries);
        const without = compileWordList([...entries, '\u0001']);
        const [from, to] = [Math.min(a, b, sample.length), Math.min(Math.max(a, b), sample.length)];
        assert.deepEqual(withLookBehind.findAll(sample), without.findAll(sample));
        assert.deepEqual(withLookBehind.findAll(sample, from, to), without.findAll(sample, from, to));
      }),
      { numRuns: 500 },
    );
  });
});
