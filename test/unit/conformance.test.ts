// twitter-text conformance (SPEC §2): X counting must agree with parseTweet on every case of the
// weighted sections of validate.yml, and token extraction with extract.yml's hashtags, mentions and
// URLs. The data is the reference implementation's, at the state twitter-text 3.1 implements.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { countTwitter, TWITTER_V2, TWITTER_V3, type TwitterConfig } from '../../rules/channels/count';
import { extractTokens, type Token } from '../../rules/post/tokens';

const ROOT = path.resolve(__dirname, '../../..');
// The data sits beside the checkout (shared/), as in CI; POSTLINT_CONFORMANCE_DIR points elsewhere.
const CONFORMANCE = process.env.POSTLINT_CONFORMANCE_DIR ?? path.resolve(ROOT, '../shared/conformance/twitter-text');
// Outside CI, a clone without the data skips these tests with the reason; in CI they must run.
const available = fs.existsSync(path.join(CONFORMANCE, 'validate.yml'));
const skip = !available && process.env.CI !== 'true' ? `twitter-text conformance data not found at ${CONFORMANCE}` : false;

interface Case<Expected> {
  description: string;
  text: string;
  expected: Expected;
}

function load(file: string): Record<string, Array<Case<unknown>>> {
  return (parse(fs.readFileSync(path.join(CONFORMANCE, file), 'utf8')) as { tests: Record<string, Array<Case<unknown>>> }).tests;
}

interface WeightedExpectation {
  weightedLength: number;
  valid: boolean;
  permillage: number;
  validRangeEnd: number;
}

describe('twitter-text validate.yml: weighted length', { skip }, () => {
  const validate = load('validate.yml');
  // The first section is written for the v2 configuration (no emoji discount), the others for v3.
  const sections: Array<[string, TwitterConfig]> = [
    ['WeightedTweetsCounterTest', TWITTER_V2],
    ['WeightedTweetsWithDiscountedEmojiCounterTest', TWITTER_V3],
    ['UnicodeDirectionalMarkerCounterTest', TWITTER_V3],
  ];
  for (const [section, config] of sections) {
    const cases = validate[section] as Array<Case<WeightedExpectation>>;
    describe(section, () => {
      it('has cases', () => assert.ok(cases.length > 0));
      for (const testCase of cases) {
        it(testCase.description, () => {
          const count = countTwitter(testCase.text, config);
          const { weightedLength, valid, permillage, validRangeEnd } = testCase.expected;
          assert.deepEqual(
            { weightedLength: count.weightedLength, valid: count.valid, permillage: count.permillage, validRangeEnd: count.validRangeEnd },
            { weightedLength, valid, permillage, validRangeEnd },
          );
        });
      }
    });
  }

  it('the v2 section really needs v2: v3 disagrees with some of its cases', () => {
    const cases = validate.WeightedTweetsCounterTest as Array<Case<WeightedExpectation>>;
    const disagree = cases.filter((testCase) => countTwitter(testCase.text, TWITTER_V3).weightedLength !== testCase.expected.weightedLength);
    assert.ok(disagree.length > 0);
  });
});

/** extract.yml gives indices in code points; the engine works in UTF-16 offsets. */
function codePointIndex(text: string, utf16: number): number {
  return [...text.slice(0, utf16)].length;
}

function withIndices(text: string, tokens: Token[], key: string): Array<Record<string, unknown>> {
  return tokens.map((token) => ({ [key]: token.value, indices: [codePointIndex(text, token.start), codePointIndex(text, token.end)] }));
}

describe('twitter-text extract.yml: tokens', { skip }, () => {
  const extract = load('extract.yml');
  const lists: Array<[string, (text: string) => Token[]]> = [
    ['hashtags', (text) => extractTokens(text).hashtags],
    ['hashtags_from_astral', (text) => extractTokens(text).hashtags],
    ['mentions', (text) => extractTokens(text).mentions],
    ['urls', (text) => extractTokens(text).urls],
    ['cashtags', (text) => extractTokens(text).all.filter((token) => token.kind === 'cashtag')],
  ];
  for (const [section, extractor] of lists) {
    describe(section, () => {
      for (const testCase of extract[section] as Array<Case<string[]>>) {
        it(testCase.description, () => {
          assert.deepEqual(extractor(testCase.text).map((token) => token.value), testCase.expected);
        });
      }
    });
  }

  const indexed: Array<[string, string, (text: string) => Token[]]> = [
    ['hashtags_with_indices', 'hashtag', (text) => extractTokens(text).hashtags],
    ['mentions_with_indices', 'screen_name', (text) => extractTokens(text).mentions],
    ['urls_with_indices', 'url', (text) => extractTokens(text).urls],
    ['urls_with_directional_markers', 'url', (text) => extractTokens(text).urls],
    ['cashtags_with_indices', 'cashtag', (text) => extractTokens(text).all.filter((token) => token.kind === 'cashtag')],
  ];
  for (const [section, key, extractor] of indexed) {
    describe(section, () => {
      for (const testCase of extract[section] as Array<Case<Array<Record<string, unknown>>>>) {
        it(testCase.description, () => {
          const expected = testCase.expected.map((entry) => ({ [key]: entry[key], indices: entry.indices }));
          assert.deepEqual(withIndices(testCase.text, extractor(testCase.text), key), expected);
        });
      }
    });
  }

  describe('mentions_or_lists_with_indices', () => {
    for (const testCase of extract.mentions_or_lists_with_indices as Array<Case<Array<{ screen_name: string; list_slug: string; indices: number[] }>>>) {
      it(`${testCase.description}: range`, () => {
        const tokens = extractTokens(testCase.text).mentions;
        const expected = testCase.expected.map((entry) => ({ text: `@${entry.screen_name}${entry.list_slug}`, indices: entry.indices }));
        const actual = tokens.map((token) => ({ text: token.text, indices: [codePointIndex(testCase.text, token.start), codePointIndex(testCase.text, token.end)] }));
        assert.deepEqual(actual, expected);
      });
      it(`${testCase.description}: user name`, () => {
        assert.deepEqual(
          extractTokens(testCase.text).mentions.map((token) => token.value),
          testCase.expected.map((entry) => entry.screen_name),
        );
      });
    }
  });
});
