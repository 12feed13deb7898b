// What must hold for every document, however broken: the checks the fuzzers, the prefix test and the
// malformed-input corpus share. Each throws an AssertionError that names the rule and the fix.

import * as assert from 'node:assert/strict';
import { applyEdits, fixAll, lint, MAX_FIX_PASSES, parsePost, type Finding, type LintOptions, type TextEdit } from '../../rules';

/** Counters the tests print as their figures (RELIABILITY.md). */
export interface Figures {
  documents: number;
  findings: number;
  /** Fixes and suggestions checked for byte-identity outside their edits. */
  fixesChecked: number;
  /** Documents Fix All ran on (those with a safe fix). */
  fixAllRuns: number;
  maxFixPasses: number;
  /** Slowest lint of one document, in milliseconds of CPU time, and the document's length. */
  slowestMs: number;
  slowestLength: number;
}

export function newFigures(): Figures {
  return { documents: 0, findings: 0, fixesChecked: 0, fixAllRuns: 0, maxFixPasses: 0, slowestMs: 0, slowestLength: 0 };
}

export interface CheckOptions extends LintOptions {
  /** Fail when one lint takes longer, in CPU time (default 1000 ms). */
  budgetMs?: number;
  /** Also run Fix All and check it (default true). */
  fixAll?: boolean;
  /** Check at most this many fixes and suggestions (default all): each check copies the document. */
  maxFixChecks?: number;
}

/**
 * Lints `text` and checks: nothing throws and no rule fails; every range and edit lies inside the
 * document; no edit splits a surrogate pair; every fix and suggestion leaves the text outside its
 * edits byte-identical and breaks no frontmatter structure; Fix All converges within MAX_FIX_PASSES and
 * a second run changes nothing. Returns the findings.
 */
export function checkDocument(text: string, options: CheckOptions, figures: Figures): Finding[] {
  const { budgetMs = 1000, fixAll: withFixAll = true, maxFixChecks = Infinity, ...lintOptions } = options;
  // CPU time, not wall-clock time: the budget is about the engine, and on a shared machine another
  // process can stall this one for a second without the engine doing anything wrong.
  const started = process.cpuUsage();
  const result = lint(text, lintOptions);
  const used = process.cpuUsage(started);
  const elapsed = (used.user + used.system) / 1000;
  figures.documents++;
  figures.findings += result.findings.length;
  if (elapsed > figures.slowestMs) {
    figures.slowestMs = elapsed;
    figures.slowestLength = text.length;
  }
  assert.ok(elapsed < budgetMs, `linting took ${elapsed.toFixed(0)} ms of CPU time (budget ${budgetMs} ms) for a document of ${text.length} characters`);
  assert.deepEqual(
    result.internalErrors.map(({ ruleId, error }) => `${ruleId}: ${error instanceof Error ? error.stack : String(error)}`),
    [],
    'no rule fails',
  );

  const problemsBefore = structuralProblems(text);
  let fixChecks = 0;
  for (const finding of result.findings) {
    const where = `${finding.ruleId}/${finding.messageId}`;
    assert.ok(Number.isInteger(finding.start) && Number.isInteger(finding.end), `${where}: integer offsets`);
    assert.ok(finding.start >= 0 && finding.start <= finding.end && finding.end <= text.length, `${where}: range ${finding.start}-${finding.end} inside 0-${text.length}`);
    assert.ok(finding.message.length > 0 && !/\{\w+\}/.test(withoutData(finding)), `${where}: a filled message (${finding.message})`);
    for (const fix of [finding.fix, ...finding.suggestions]) {
      if (!fix || fixChecks++ >= maxFixChecks) continue;
      const label = `${where} → ${fix.titleId}`;
      checkEdits(text, fix.edits, label);
      const fixed = applyEdits(text, fix.edits);
      assert.ok(structuralProblems(fixed) <= problemsBefore, `${label}: breaks no frontmatter`);
      figures.fixesChecked++;
    }
  }

  if (withFixAll && result.findings.some((finding) => finding.fix)) {
    const first = fixAll(text, lintOptions);
    figures.fixAllRuns++;
    figures.maxFixPasses = Math.max(figures.maxFixPasses, first.passes);
    assert.ok(first.passes <= MAX_FIX_PASSES, `Fix All took ${first.passes} passes`);
    assert.deepEqual(first.remaining.filter((finding) => finding.fix).map((finding) => `${finding.ruleId}/${finding.messageId}`), [], 'nothing fixable is left after Fix All');
    assert.ok(structuralProblems(first.text) <= problemsBefore, 'Fix All breaks no frontmatter');
    const second = fixAll(first.text, lintOptions);
    assert.equal(second.applied, 0, 'a second Fix All finds nothing to fix');
    assert.equal(second.text, first.text, 'a second Fix All changes nothing');
  }
  return result.findings;
}

/** The edits of one fix: inside the text, sorted without overlap, no surrogate pair cut, the rest untouched. */
export function checkEdits(text: string, edits: readonly TextEdit[], label: string): void {
  assert.ok(edits.length > 0, `${label}: has edits`);
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let cursor = 0;
  for (const edit of sorted) {
    assert.ok(edit.start >= cursor && edit.start <= edit.end && edit.end <= text.length, `${label}: edit ${edit.start}-${edit.end} inside the text, not overlapping`);
    assert.ok(!splitsPair(text, edit.start) && !splitsPair(text, edit.end), `${label}: edit ${edit.start}-${edit.end} does not cut a character in half`);
    cursor = edit.end;
  }
  // Walk the untouched stretches between edits: each must reappear unchanged, in order.
  const fixed = applyEdits(text, sorted);
  let oldCursor = 0;
  let newCursor = 0;
  for (const edit of sorted) {
    const untouched = text.slice(oldCursor, edit.start);
    assert.ok(fixed.startsWith(untouched, newCursor), `${label}: text before ${edit.start} unchanged`);
    newCursor += untouched.length + edit.newText.length;
    oldCursor = edit.end;
  }
  assert.equal(fixed.slice(newCursor), text.slice(oldCursor), `${label}: text after the last edit unchanged`);
}

/**
 * Problems of a document's structure: YAML that does not parse, frontmatter that is no map or never
 * closed, duplicate keys, a note never closed. (A fix may reveal value problems — renaming an
 * unknown key to `channels` gets its value checked — but must never break the structure.)
 */
function structuralProblems(text: string): number {
  const structural = new Set(['yamlSyntax', 'notAMap', 'duplicateKey', 'unclosed', 'unclosedNote']);
  return parsePost(text).problems.filter((problem) => structural.has(problem.messageId)).length;
}

/**
 * The message without the values it quotes: a value may itself look like a placeholder (the
 * fuzzer's `kind: reply {0}` is quoted as written), a placeholder left unfilled never does.
 */
function withoutData(finding: Finding): string {
  return Object.values(finding.data ?? {}).reduce<string>((message, value) => message.split(String(value)).join(''), finding.message);
}

/** True when `offset` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

export function describeFigures(figures: Figures): string {
  return (
    `${figures.documents} documents, ${figures.findings} findings, ${figures.fixesChecked} fixes and suggestions checked, ` +
    `Fix All on ${figures.fixAllRuns} (at most ${figures.maxFixPasses} passes); slowest lint ${figures.slowestMs.toFixed(1)} ms CPU ` +
    `(${figures.slowestLength} characters)`
  );
}
