// Properties of the whole engine over thousands of generated posts (fast-check, seeded):
// it never throws, every range lies inside the document, every fix leaves the text outside its
// range byte-identical, and Fix All reaches a fixed point.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { applyEdits, fixAll, lint, MAX_FIX_PASSES, type PostlintConfig } from '../../rules';
import { postDocument, SEED } from '../support/arbitraries';

const RUNS = Number(process.env.POSTLINT_PROPERTY_RUNS ?? 2000);
const CONFIG: PostlintConfig = { signOff: '^SeSe', competitors: ['Telekom', 'Vodafone'] };

describe('engine properties', () => {
  it('never throws and keeps every range inside the document', () => {
    fc.assert(
      fc.property(postDocument, (text) => {
        const result = lint(text, { config: CONFIG });
        assert.deepEqual(result.internalErrors.map((e) => `${e.ruleId}: ${String(e.error)}`), []);
        for (const finding of result.findings) {
          assert.ok(finding.start >= 0 && finding.start <= finding.end && finding.end <= text.length, `${finding.ruleId} range`);
          for (const fix of [finding.fix, ...finding.suggestions]) {
            for (const edit of fix?.edits ?? []) {
              assert.ok(edit.start >= 0 && edit.start <= edit.end && edit.end <= text.length, `${finding.ruleId} edit range`);
            }
          }
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('every fix and suggestion leaves the text outside its edits byte-identical', () => {
    fc.assert(
      fc.property(postDocument, (text) => {
        for (const finding of lint(text, { config: CONFIG }).findings) {
          for (const fix of [finding.fix, ...finding.suggestions]) {
            if (!fix) continue;
            const edits = [...fix.edits].sort((a, b) => a.start - b.start);
            const fixed = applyEdits(text, edits);
            // Walk the untouched stretches between edits: each must reappear unchanged, in order.
            let cursorOld = 0;
            let cursorNew = 0;
            for (const edit of edits) {
              const untouched = text.slice(cursorOld, edit.start);
              assert.equal(fixed.slice(cursorNew, cursorNew + untouched.length), untouched, `${finding.ruleId}/${fix.titleId}`);
              cursorNew += untouched.length + edit.newText.length;
              cursorOld = edit.end;
            }
            assert.equal(fixed.slice(cursorNew), text.slice(cursorOld), `${finding.ruleId}/${fix.titleId} tail`);
          }
        }
      }),
      { seed: SEED + 1, numRuns: RUNS },
    );
  });

  it('Fix All reaches a fixed point within the pass limit, and a second run changes nothing', () => {
    fc.assert(
      fc.property(postDocument, (text) => {
        const first = fixAll(text, { config: CONFIG });
        assert.ok(first.passes <= MAX_FIX_PASSES);
        assert.deepEqual(first.remaining.filter((finding) => finding.fix).map((finding) => finding.ruleId), [], 'nothing fixable left');
        const second = fixAll(first.text, { config: CONFIG });
        assert.equal(second.text, first.text);
        assert.equal(second.applied, 0);
      }),
      { seed: SEED + 2, numRuns: Math.ceil(RUNS / 2) },
    );
  });
});
