// findAddressMarks cuts words by hand and classifies only the words that may be words of address
// (rules/language/address.ts): the cut must be tokenize's, and no word of the vocabulary — in any
// case, with either apostrophe — may be passed over.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ADDRESS_WORDS, addressReading, countSentenceStarts } from '../../rules/language/address';
import { startsSentence } from '../../rules/language/sentences';
import { tokenize } from '../../rules/language/words';
import { SEED } from '../support/arbitraries';

const RUNS = Number(process.env.POSTLINT_PROPERTY_RUNS ?? 2000);

const pieces = [
  'du', 'Sie', 'SIE', 'ihr', 'Ihnen', 'Euch', 'DEINE', 'schau', 'Mach', 's', 'weißte', 'WEISSTE', 'Gönn', 'a', 'x', 'ä', 'Ü', 'ß', 'ẞ',
  'ſ', 'K', 'İ', 'é', '×', '1', '_', "'", '’', '-', '‐', '‑', '.', ',', ':', '!', '(', '„', '…', '+', '*', '@', ' ', ' ', '\n', '\u0301', '😀', '🇩🇪', '𝐀', '東', '\ud800', '\udc00',
];

/** Variants of a vocabulary word a post may hold: case, and the typographic apostrophe. */
function variants(word: string): string[] {
  const capitalised = word.charAt(0).toUpperCase() + word.slice(1);
  return [word, capitalised, word.toUpperCase(), word.replace("'", '’'), capitalised.replace("'", '’')];
}

describe('address-form: reading the words', () => {
  it('cuts the words as tokenize does, counts sentence starts as on them, and classifies every word of the vocabulary', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((items) => items.join('')), (text) => {
        const expected = tokenize(text);
        const { words, candidates } = addressReading(text);
        assert.deepEqual(words, expected.map((word) => ({ start: word.start, end: word.end })), JSON.stringify(text));
        assert.equal(countSentenceStarts(text), expected.filter((word) => startsSentence(text, word.start)).length);
        const classified = new Set(candidates);
        expected.forEach((word, index) => {
          if (ADDRESS_WORDS.has(word.lower)) assert.ok(classified.has(index), `${word.text} in ${JSON.stringify(text)}`);
        });
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('classifies each word of the vocabulary in any case and with either apostrophe', () => {
    for (const word of ADDRESS_WORDS) {
      for (const written of variants(word)) {
        const text = `Hallo, ${written}!`;
        const words = tokenize(text);
        const index = words.findIndex((found) => found.start === 7);
        if (!ADDRESS_WORDS.has(words[index]!.lower)) continue; // "WEISSTE" is no word of the list
        assert.deepEqual(addressReading(text).candidates, [index], written);
      }
    }
  });
});
