// Fix All / `--fix`: apply every safe fix, pass after pass, until nothing fixable is left (at most
// 10 passes). Fixes that overlap an earlier fix of the same pass are skipped and retried next pass.

import type { Finding, TextEdit } from '../types';
import { applyEdits, ChosenEdits } from './edits';
import { lint, type LintOptions } from './lint';

export const MAX_FIX_PASSES = 10;

export interface FixAllResult {
  text: string;
  /** Number of fixes applied over all passes. */
  applied: number;
  passes: number;
  /** Findings still present after the last pass (with the fixed text's offsets). */
  remaining: Finding[];
}

/** The non-overlapping safe-fix edits of one pass, in document order. */
export function collectSafeEdits(findings: readonly Finding[]): { edits: TextEdit[]; count: number } {
  const chosen: TextEdit[][] = [];
  const chosenEdits = new ChosenEdits();
  for (const finding of findings) {
    const edits = finding.fix?.edits;
    if (!edits || edits.length === 0) continue;
    if (chosenEdits.overlaps(edits)) continue;
    chosen.push(edits);
    chosenEdits.add(edits);
  }
  return { edits: chosen.flat(), count: chosen.length };
}

export function fixAll(text: string, options: LintOptions = {}): FixAllResult {
  let current = text;
  let applied = 0;
  let passes = 0;
  // Only safe fixes are applied: suggestions need not be computed.
  const lintOptions: LintOptions = { ...options, suggestions: false };
  let result = lint(current, lintOptions);
  while (passes < MAX_FIX_PASSES) {
    const { edits, count } = collectSafeEdits(result.findings);
    if (count === 0) break;
    const next = applyEdits(current, edits);
    passes++;
    if (next === current) break;
    current = next;
    applied += count;
    result = lint(current, lintOptions);
  }
  return { text: current, applied, passes, remaining: result.findings };
}
