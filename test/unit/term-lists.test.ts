// TermLists (rules/language/term-list.ts) searches several term lists in one walk over the text and
// asks a list's expression only where the walk says a term may start. It must find exactly what
// `text.matchAll(compileWordList(…))` finds for each list — checked on generated texts made of the
// terms' pieces, word characters, hyphens and the characters that case folding treats specially —
// and the walk's reading of characters must agree with what the expressions match. isWholeEntry,
// which tries a list's expression at the start of a text only, is checked on the same texts.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import vocabulary from '../../rules/words/customer-data.json';
import { compileWordList, isWholeEntry, termCode, TermLists, type TermListOptions } from '../../rules/language/term-list';
import { SEED } from '../support/arbitraries';

const RUNS = Number(process.env.POSTLINT_PROPERTY_RUNS ?? 2000);

interface CategoryList {
  terms?: string[];
  ambiguous?: string[];
  compounds?: string[];
  caseSensitive?: string[];
}
const categories = Object.values(vocabulary.categories as Record<string, CategoryList>);

type List = { entries: string[]; options: TermListOptions };

const CUSTOMER_DATA: List[] = [
  { entries: categories.flatMap((list) => [...(list.terms ?? []), ...(list.ambiguous ?? [])]), options: {} },
  { entries: categories.flatMap((list) => list.compounds ?? []), options: { compounds: true } },
  { entries: categories.flatMap((list) => list.caseSensitive ?? []), options: { caseSensitive: true } },
];

const CASES: Array<{ name: string; lists: List[] }> = [
  { name: 'customer-data terms', lists: [CUSTOMER_DATA[0]!] },
  { name: 'customer-data compounds', lists: [CUSTOMER_DATA[1]!] },
  { name: 'customer-data case-sensitive', lists: [CUSTOMER_DATA[2]!] },
  { name: 'customer-data, all three lists together', lists: CUSTOMER_DATA },
  // Entries whose first letters fold together (k/K/K, s/ſ) or differ only in case, and no inflection.
  { name: 'folding', lists: [{ entries: ['Konto', 'kunden-nr.', 'KNr', 'Kelvin', 'ſtraße', 'Straße', 'sim-pin', 'Öl', 'öl-stand'], options: { inflect: false } }] },
  { name: 'folding, case-sensitive', lists: [{ entries: ['Konto', 'konto', 'KNr', 'Straße', 'ſtraße'], options: { caseSensitive: true } }] },
  // Entries that start with no letter, hold characters outside the BMP, or are compounds of those.
  { name: 'other characters', lists: [{ entries: ['#tag', '😀-Code', 'a+b', 'x𝐀y'], options: {} }, { entries: ['𝐀-Wort', 'Öl'], options: { compounds: true } }] },
  // Compound terms whose letters run on inside a longer term ("Passwort" on the way to "Passwortsafe"):
  // the automaton must report "wort" there too.
  { name: 'compounds, one term inside the letters of another', lists: [{ entries: ['Passwortsafe', 'wort', 'Nummernschild', 'nummer'], options: { compounds: true } }] },
  // A term of nothing but a character the walk steps over (a tab between separators): searched whole.
  { name: 'a term the walk cannot read', lists: [{ entries: ['-\t-', 'Konto'], options: {} }, { entries: ['Kunden-Nr.'], options: {} }] },
];

function pieces(entries: readonly string[]): fc.Arbitrary<string> {
  const entry = fc.constantFrom(...entries);
  return fc.oneof(
    { weight: 4, arbitrary: entry },
    { weight: 2, arbitrary: entry.map((text) => text.toUpperCase()) },
    { weight: 2, arbitrary: entry.map((text) => text.replace(/[-.\s]/g, '')) },
    { weight: 2, arbitrary: fc.tuple(entry, fc.nat(), fc.nat()).map(([text, a, b]) => text.slice(Math.min(a, b) % (text.length + 1), Math.max(a, b) % (text.length + 1))) },
    { weight: 3, arbitrary: fc.constantFrom(' ', '\u00a0', '\t', '-', '‐', '‑', '.', ',', '\n', 's', 'n', 'en', 'er', 'es', 'e', 'Vor', 'x', '1', 'ä', 'ſ', 'K', 'K', '𝐀', '😀', '\ud835', 'İ', 'ß', 'ẞ', '#', '\u0345') },
  );
}

describe('TermLists finds what each term list expression finds', () => {
  for (const { name, lists } of CASES) {
    it(name, () => {
      const expressions = lists.map(({ entries, options }) => compileWordList(entries, options));
      const search = new TermLists(lists);
      const allEntries = lists.flatMap(({ entries }) => entries);
      let found = 0;
      fc.assert(
        fc.property(fc.array(fc.tuple(pieces(allEntries), fc.constantFrom(' ', ' ', ' ', '', '-', '\n', ', ')), { maxLength: 24 }).map((parts) => parts.flat().join('')), (text) => {
          const expected = expressions.map((expression) => {
            expression.lastIndex = 0;
            return [...text.matchAll(expression)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
          });
          assert.deepEqual(search.findAll(text), expected);
          found += expected.flat().length;
          // isWholeEntry tries the expression at the start only: the same answer as its first match.
          lists.forEach(({ entries, options }, list) => {
            for (const candidate of [text, ...expected[list]!.map((match) => text.slice(match.start, match.end))]) {
              const expression = compileWordList(entries, options);
              const first = expression.exec(candidate);
              expression.lastIndex = 0;
              assert.equal(isWholeEntry(candidate, entries, options), first !== null && first.index === 0 && first[0].length === candidate.length, candidate);
            }
          });
        }),
        { seed: SEED, numRuns: RUNS },
      );
      // The texts must hold terms, or the comparison says little.
      assert.ok(found > RUNS, `${found} terms in ${RUNS} texts`);
    });
  }
});

describe('the walk reads characters as the expressions match them', () => {
  it('skips exactly what a separator or an optional dot matches', () => {
    const optional = /^(?:[-‐‑.]|\s)$/u;
    for (let unit = 0; unit <= 0xffff; unit++) {
      assert.equal(termCode(unit) === -1, optional.test(String.fromCharCode(unit)), `U+${unit.toString(16)}`);
    }
  });

  it('finds a compound term whose letters run on inside a longer term', () => {
    // Read letter by letter, "Passwort" is on the way to "Passwortsafe"; "wort" ends there too.
    const list = { entries: ['Passwortsafe', 'wort'], options: { compounds: true } };
    const search = new TermLists([list]);
    for (const text of ['Passwort', 'Das Passwort ist neu', 'Passworts', 'Passwortsafe', 'PASSWORT!']) {
      const expression = compileWordList(list.entries, list.options);
      const expected = [...text.matchAll(expression)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
      assert.ok(expected.length > 0, text);
      assert.deepEqual(search.findAll(text), [expected], text);
    }
  });

    it('reads a unit as an ASCII letter or digit exactly when case folding matches it with one', () => {
    const asciiWordChars = [...'abcdefghijklmnopqrstuvwxyz0123456789'].map((char) => ({ char, expression: new RegExp(`^${char}$`, 'iu') }));
    // Beyond ASCII, only "ſ" and the Kelvin sign fold to an ASCII letter; none outside the BMP (the
    // walk reads their two units as "other").
    let folding = 0;
    for (let point = 0x80; point <= 0x10ffff; point++) {
      if (point >= 0xd800 && point <= 0xdfff) continue;
      const char = String.fromCodePoint(point);
      if (!/^[a-z0-9]$/iu.test(char)) continue;
      folding++;
      const ascii = asciiWordChars.find(({ expression }) => expression.test(char))!;
      assert.ok(point <= 0xffff, `U+${point.toString(16)}`);
      assert.equal(termCode(point), termCode(ascii.char.charCodeAt(0)), `U+${point.toString(16)}`);
    }
    assert.equal(folding, 2);
  });
});
