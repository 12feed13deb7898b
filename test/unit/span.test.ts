// Look-ups in lists of spans (rules/language/span.ts). insideAnyOf answers "does this span lie inside
// one of those ranges?" by binary search; it must answer as the plain scan over every range does,
// for ranges in any order, nested, overlapping or empty.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { insideAnyOf, type Span } from '../../rules/language/span';
import { SEED } from '../support/arbitraries';

const span = fc.tuple(fc.nat(60), fc.nat(20)).map(([start, length]): Span => ({ start, end: start + length }));

describe('insideAnyOf', () => {
  it('answers as a scan over every range does', () => {
    let inside = 0;
    let outside = 0;
    fc.assert(
      fc.property(fc.array(span, { maxLength: 12 }), fc.array(span, { maxLength: 12 }), (ranges, questions) => {
        const isInside = insideAnyOf(ranges);
        for (const question of questions) {
          const expected = ranges.some((range) => range.start <= question.start && question.end <= range.end);
          if (expected) inside++;
          else outside++;
          assert.equal(isInside(question), expected, JSON.stringify({ ranges, question }));
        }
      }),
      { seed: SEED, numRuns: 3000 },
    );
    assert.ok(inside > 500 && outside > 500, `${inside} inside, ${outside} outside`);
  });

  it('finds a span inside an earlier, longer range that later ranges do not reach', () => {
    const isInside = insideAnyOf([{ start: 10, end: 12 }, { start: 0, end: 100 }, { start: 50, end: 51 }]);
    assert.equal(isInside({ start: 60, end: 90 }), true);
    assert.equal(isInside({ start: 90, end: 101 }), false);
    assert.equal(insideAnyOf([])({ start: 0, end: 0 }), false);
  });
});
