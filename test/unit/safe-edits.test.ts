// Fix All picks, pass by pass, the safe fixes whose edits overlap no fix picked before
// (rules/engine/fix-all.ts). It asks rules/engine/edits.ts's ChosenEdits instead of comparing each
// fix with every fix picked so far: the same picks (checked against that comparison on generated
// fixes: insertions, same starts, touching and nested ranges), and linear time on long posts.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { collectSafeEdits, editsOverlap, fixAll } from '../../rules';
import type { Finding, TextEdit } from '../../rules/types';
import { SEED } from '../support/arbitraries';

/** The picks as Fix All made them before: each fix compared with every fix picked so far. */
function pickedByComparingAll(findings: readonly Finding[]): TextEdit[] {
  const chosen: TextEdit[][] = [];
  for (const finding of findings) {
    const edits = finding.fix?.edits;
    if (!edits || edits.length === 0) continue;
    if (chosen.some((other) => editsOverlap(other, edits))) continue;
    chosen.push(edits);
  }
  return chosen.flat();
}

const edit = fc.tuple(fc.nat(40), fc.oneof(fc.constant(0), fc.nat(6), fc.nat(30))).map(([start, length]): TextEdit => ({ start, end: start + length, newText: 'x' }));
const finding = fc.array(edit, { minLength: 0, maxLength: 3 }).map(
  (edits): Finding => ({ ruleId: 'tone', messageId: 'm', data: {}, message: '', severity: 'warning', start: 0, end: 0, suggestions: [], fix: { titleId: 'fix', title: 'fix', edits } }),
);

describe('Fix All: which safe fixes one pass applies', () => {
  it('picks what comparing each fix with every picked one picks', () => {
    let skipped = 0;
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 25 }), (findings) => {
        const expected = pickedByComparingAll(findings);
        const { edits, count } = collectSafeEdits(findings);
        assert.deepEqual(edits, expected);
        if (count < findings.filter((one) => (one.fix?.edits.length ?? 0) > 0).length) skipped++;
      }),
      { seed: SEED, numRuns: 3000 },
    );
    // Overlaps must occur, or the comparison says little.
    assert.ok(skipped > 500, `${skipped} runs with a skipped fix`);
  });

  it('fixes tens of thousands of findings in one long post', () => {
    const text = `---\nchannels: [facebook]\n---\n${'Hallo!!! '.repeat(20_000)}`;
    const fixed = fixAll(text);
    assert.equal(fixed.applied, 20_000);
    assert.equal(fixed.text.includes('!!!'), false);
  });
});
