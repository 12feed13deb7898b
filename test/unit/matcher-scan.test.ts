// The word-list matcher's scan (rules/language/matcher.ts): after a match inside a word it tries
// again one character further — a whole code point, or it would find the same match forever.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileWordList } from '../../rules/language/matcher';

describe('the word-list scan', () => {
  it('steps over a whole code point after a match inside a word (it used to loop forever there)', () => {
    const matcher = compileWordList(['𝐀bc', '😀x']);
    assert.deepEqual(matcher.findAll('a𝐀bc 𝐀bc'), [{ start: 6, end: 10, text: '𝐀bc' }]);
    assert.deepEqual(matcher.findAll('a😀x 😀x').map((match) => match.start), [1, 5]);
    assert.deepEqual(compileWordList(['Idiot*', '*pfosten']).findAll('2fa𝐀bc. PFOSTEN. a𝐀Idioten').map((match) => match.text), ['PFOSTEN']);
  });
});
