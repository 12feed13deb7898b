// groupDigits (rules/text/numbers.ts) writes whole numbers as Intl.NumberFormat does, without loading
// ICU's number data: checked against Intl.NumberFormat in both locales.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { groupDigits } from '../../rules/text/numbers';
import type { Locale } from '../../rules';
import { SEED } from '../support/arbitraries';

const INTL: Record<Locale, Intl.NumberFormat> = { de: new Intl.NumberFormat('de-DE'), en: new Intl.NumberFormat('en-US') };

describe('groupDigits', () => {
  it('groups like Intl.NumberFormat: "63,206" in English, "63.206" in German', () => {
    assert.equal(groupDigits(63206, 'en'), '63,206');
    assert.equal(groupDigits(63206, 'de'), '63.206');
    assert.equal(groupDigits(2200, 'de'), '2.200');
    assert.equal(groupDigits(999, 'en'), '999');
    assert.equal(groupDigits(-1234567, 'en'), '-1,234,567');
  });

  it('answers as Intl.NumberFormat for every safe whole number, -0 included', () => {
    const wholeNumber = fc.oneof(
      fc.integer({ min: -100_000, max: 100_000 }),
      fc.integer(),
      fc.maxSafeInteger(),
      fc.maxSafeInteger().map((value) => -value),
      fc.constantFrom(0, -0, 999, 1000, -1000, 999_999, 1_000_000, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER),
    );
    fc.assert(
      fc.property(wholeNumber, fc.constantFrom<Locale>('de', 'en'), (value, locale) => {
        assert.equal(groupDigits(value, locale), INTL[locale].format(value), `${value} (${locale})`);
      }),
      { seed: SEED, numRuns: 5000 },
    );
  });

  it('leaves numbers that are not safe whole numbers to ICU', () => {
    for (const value of [1234.5, -0.25, 2 ** 60, Number.POSITIVE_INFINITY, Number.NaN]) {
      for (const locale of ['de', 'en'] as const) assert.equal(groupDigits(value, locale), INTL[locale].format(value), `${value} (${locale})`);
    }
  });
});
