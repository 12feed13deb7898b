// urlsOf (rules/text/urls.ts) skips twitter-text's URL expression for a text without a dot before a
// letter. That is exact only while every top-level domain twitter-text knows starts with a letter —
// also in the expression's case-insensitive comparison — which is checked here on its lists, so an
// upgrade that breaks it fails; and urlsOf must return what twitter-text returns on generated texts.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import twitter from 'twitter-text';
import { urlsOf } from '../../rules/text/urls';
import { SEED } from '../support/arbitraries';

const RUNS = Number(process.env.POSTLINT_PROPERTY_RUNS ?? 2000);

// twitter-text's own lists (it declares no types for its internals).
const TLD_LISTS = ['validGTLD', 'validCCTLD'].map((name) => require(`twitter-text/dist/regexp/${name}`) as RegExp);
const PUNYCODE = require('twitter-text/dist/regexp/validPunycode') as RegExp;
const URL_EXPRESSION = require('twitter-text/dist/regexp/extractUrl') as RegExp;
const DOMAIN_NAME = require('twitter-text/dist/regexp/validDomainName') as RegExp;

/** The TLDs of a list: "(?:(?:삼성|닷컴|…|aaa)(?=[^0-9a-zA-Z@+-]|$))". */
function tlds(list: RegExp): string[] {
  const match = /^\(\?:\(\?:(.*)\)\(\?=[^)]*\)\)$/u.exec(list.source);
  assert.ok(match, `unexpected shape of ${list.source.slice(0, 40)}…`);
  return match[1]!.split('|');
}

describe('urlsOf', () => {
  it('relies on domains that end in a dot and TLDs that start with a letter', () => {
    assert.ok(DOMAIN_NAME.source.endsWith('\\.)'), 'a domain name ends with a dot');
    assert.ok(PUNYCODE.source.startsWith('(?:xn--'), 'punycode TLDs start with "xn--"');
    const firstUnits = new Set(TLD_LISTS.flatMap(tlds).map((tld) => tld.charAt(0)));
    assert.ok(firstUnits.size > 50, `${firstUnits.size} first letters`);
    for (const first of firstUnits) {
      // Compared as the URL expression compares (flags "gi", UTF-16 units): whatever matches the
      // TLD's first unit must be a letter.
      const matchesFirst = new RegExp(first.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'), URL_EXPRESSION.flags.replace('g', ''));
      assert.ok(!/[\ud800-\udfff]/u.test(first), 'no TLD starts outside the BMP');
      for (let unit = 0; unit < 0x10000; unit++) {
        const char = String.fromCharCode(unit);
        if (matchesFirst.test(char)) assert.match(char, /^\p{L}/u, `TLD start ${first} matches U+${unit.toString(16)}`);
      }
    }
  });

  it('finds what twitter-text finds', () => {
    const piece = fc.constantFrom('example', 'com', 'de', 'org', 'xn--p1ai', 'рф', '中国', 'https://', 'www', 'co', '.', '. ', '..', '/', '?q=1', '#', '@', 'Danke', 'z.B.', 'E-Mail', ' ', '\n', 'ÄÖ', 'ſ', 'K', '😀');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join('')), (text) => {
        assert.deepEqual(urlsOf(text), twitter.extractUrlsWithIndices(text));
      }),
      { seed: SEED, numRuns: RUNS * 2 },
    );
  });
});
