// looksGerman (rules/language/german.ts) counts function words with the "no letter before" condition
// checked per match instead of a look-behind. It must decide exactly as the expressions with the
// look-behind did — checked on generated texts of function words, letters around them, case
// variants and the characters that case folding treats specially.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { looksGerman } from '../../rules/language/german';
import { SEED } from '../support/arbitraries';

const RUNS = Number(process.env.POSTLINT_PROPERTY_RUNS ?? 2000);

// The expressions as they were written with the look-behind: the reference.
const GERMAN = /(?<![\p{L}])(?:und|der|die|das|nicht|ist|sind|wir|ich|du|dich|dir|dein\p{L}*|euch|eure?|ihr|Sie|Ihnen|bitte|danke|hallo|mit|für|auf|schon|gerne?|heute|uns|auch|noch|oder|aber|wenn|kannst|können|habt|hast|haben)(?![\p{L}])|[äöüß]/giu;
const ENGLISH = /(?<![\p{L}])(?:and|the|not|is|are|we|you|your|please|thanks?|hello|with|for|our|today|will|this|can|have|what|it)(?![\p{L}])/giu;

function reference(text: string): boolean {
  const german = text.match(GERMAN)?.length ?? 0;
  const english = text.match(ENGLISH)?.length ?? 0;
  return german >= 2 && german > english;
}

const piece = fc.constantFrom(
  'und', 'Und', 'UND', 'der', 'die', 'dein', 'Deinen', 'für', 'FÜR', 'können', 'and', 'the', 'it', 'is', 'ist', 'you', 'Sie', 'wir', 'we',
  'a', 'x', 'ä', 'Ü', 'ß', 'ẞ', 'ſ', 'K', '𝐀', '😀', '\u0301', '1', '_', '-', '.', ' ', ' ', ' ', '\n',
);

describe('looksGerman', () => {
  it('decides as the look-behind expressions do', () => {
    let german = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }).map((pieces) => pieces.join('')), (text) => {
        const expected = reference(text);
        assert.equal(looksGerman(text), expected);
        if (expected) german++;
      }),
      { seed: SEED, numRuns: RUNS * 5 },
    );
    assert.ok(german > RUNS / 2 && german < RUNS * 4, `${german} of ${RUNS * 5} texts look German`);
  });
});
