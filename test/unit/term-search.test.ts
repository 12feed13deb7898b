// TermSearch (rules/language/term-list.ts) finds terms faster than the term list's expression: its
// entries are grouped by first letter and the look-behind is checked per match. It must find exactly
// what `text.matchAll(compileWordList(…))` finds — checked on generated texts made of the terms'
// pieces, word characters, hyphens and the characters that case folding treats specially.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import vocabulary from '../../rules/words/customer-data.json';
import { compileWordList, TermSearch, type TermListOptions } from '../../rules/language/term-list';
import { SEED } from '../support/arbitraries';

const RUNS = Number(process.env.POSTLINT_PROPERTY_RUNS ?? 2000);

interface CategoryList {
  terms?: string[];
  ambiguous?: string[];
  compounds?: string[];
  caseSensitive?: string[];
}
const categories = Object.values(vocabulary.categories as Record<string, CategoryList>);

const LISTS: Array<{ name: string; entries: string[]; options: TermListOptions }> = [
  { name: 'customer-data terms', entries: categories.flatMap((list) => [...(list.terms ?? []), ...(list.ambiguous ?? [])]), options: {} },
  { name: 'customer-data compounds', entries: categories.flatMap((list) => list.compounds ?? []), options: { compounds: true } },
  { name: 'customer-data case-sensitive', entries: categories.flatMap((list) => list.caseSensitive ?? []), options: { caseSensitive: true } },
  // Entries whose first letters fold together (k/K/K, s/ſ) or differ only in case, and no inflection.
  { name: 'folding', entries: ['Konto', 'kunden-nr.', 'KNr', 'Kelvin', 'ſtraße', 'Straße', 'sim-pin', 'Öl', 'öl-stand'], options: { inflect: false } },
  { name: 'folding, case-sensitive', entries: ['Konto', 'konto', 'KNr', 'Straße', 'ſtraße'], options: { caseSensitive: true } },
];

function pieces(entries: readonly string[]): fc.Arbitrary<string> {
  const entry = fc.constantFrom(...entries);
  return fc.oneof(
    { weight: 4, arbitrary: entry },
    { weight: 2, arbitrary: entry.map((text) => text.toUpperCase()) },
    { weight: 2, arbitrary: entry.map((text) => text.replace(/[-.\s]/g, '')) },
    { weight: 2, arbitrary: fc.tuple(entry, fc.nat(), fc.nat()).map(([text, a, b]) => text.slice(Math.min(a, b) % (text.length + 1), Math.max(a, b) % (text.length + 1))) },
    { weight: 3, arbitrary: fc.constantFrom(' ', ' ', '-', '‐', '.', ',', '\n', 's', 'n', 'en', 'er', 'es', 'e', 'Vor', 'x', '1', 'ä', 'ſ', 'K', 'K', '𝐀', '😀', 'İ', 'ß', 'ẞ') },
  );
}

describe('TermSearch finds what the term list expression finds', () => {
  for (const { name, entries, options } of LISTS) {
    it(name, () => {
      const expression = compileWordList(entries, options);
      const search = new TermSearch(entries, options);
      let found = 0;
      fc.assert(
        fc.property(fc.array(fc.tuple(pieces(entries), fc.constantFrom(' ', ' ', ' ', '', '-', '\n', ', ')), { maxLength: 24 }).map((parts) => parts.flat().join('')), (text) => {
          expression.lastIndex = 0;
          const expected = [...text.matchAll(expression)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
          assert.deepEqual(search.findAll(text), expected);
          assert.equal(search.test(text), expected.length > 0);
          found += expected.length;
        }),
        { seed: SEED, numRuns: RUNS },
      );
      // The texts must hold terms, or the comparison says little.
      assert.ok(found > RUNS, `${found} terms in ${RUNS} texts`);
    });
  }
});
