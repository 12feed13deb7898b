// languageHints (rules/engine/settings.ts) counts the function words that decide a post's language
// by reading runs of word characters by hand. It must count exactly as the expressions with `\b`
// did — checked on generated texts of function words, word
// characters around them, case variants and the characters that case folding treats specially.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { languageHints } from '../../rules/engine/settings';
import { SEED } from '../support/arbitraries';

const RUNS = Number(process.env.POSTLINT_PROPERTY_RUNS ?? 2000);

// The expressions as they were written with `\b` on both sides: the reference.
const GERMAN = /\b(?:und|der|die|das|nicht|ist|wir|ich|du|dich|dein\w*|euch|ihr|Sie|bitte|danke|hallo|mit|für|auf|schon|gerne?|heute|uns)\b|[äöüß]/giu;
const ENGLISH = /\b(?:and|the|not|is|are|we|you|your|please|thanks?|hello|with|for|our|today|will|this)\b/giu;

const piece = fc.constantFrom(
  'und', 'Und', 'UND', 'der', 'die', 'dein', 'Deinen', 'für', 'FÜR', 'gerne', 'and', 'the', 'thanks', 'is', 'ist', 'you', 'your', 'Sie', 'wir',
  'we', 'a', 'x', 'ä', 'Ü', 'ß', 'ẞ', 'ſ', 'K', '𝐀', '😀', '\u0301', '1', '_', '-', '.', "'", ' ', ' ', ' ', '\n',
  'f', 'F', 'ü', 'r', 'R', 'fü', 'ſie', 'thanK', 'gern', 'this', 'hello', 'please', 'Ä', 'ö', 'today', 'dei', 'n', 'ſchon', 'is', 's', 't',
);

describe('languageHints', () => {
  it('counts as the expressions with word boundaries do', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }).map((pieces) => pieces.join('')), (text) => {
        assert.deepEqual(languageHints(text), { german: text.match(GERMAN)?.length ?? 0, english: text.match(ENGLISH)?.length ?? 0 });
      }),
      { seed: SEED, numRuns: RUNS * 5 },
    );
  });

  it('counts whole words only', () => {
    assert.deepEqual(languageHints('Kundennummer und ſund _der Sie, the bathe'), { german: 2, english: 1 });
  });
});
