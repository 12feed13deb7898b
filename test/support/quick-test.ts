// A rule's quick test skips work for texts that cannot matter: `mayMatter(text)` false must mean
// `matters(text)` false. Checked on generated texts, and only counted as evidence when both kinds
// of text — ones that matter and ones the quick test skips — occur often enough.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { SEED } from './arbitraries';

export function assertQuickTestKeepsEveryMatch(
  texts: fc.Arbitrary<string>,
  matters: (text: string) => boolean,
  mayMatter: (text: string) => boolean,
  { runs = 5000, atLeast = 100 } = {},
): void {
  let mattering = 0;
  let skipped = 0;
  fc.assert(
    fc.property(texts, (text) => {
      const passes = mayMatter(text);
      if (!passes) skipped++;
      if (matters(text)) {
        mattering++;
        assert.ok(passes, `the quick test skips ${JSON.stringify(text)}`);
      }
    }),
    { seed: SEED, numRuns: runs },
  );
  assert.ok(mattering >= atLeast && skipped >= atLeast, `${mattering} texts that matter, ${skipped} skipped: too few to say much`);
}
