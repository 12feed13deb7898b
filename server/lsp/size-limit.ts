// The largest document the server checks. Every network's limit is far below it (Facebook's 63,206
// characters is the largest), so a longer `.post.md` is a paste or a log, not a post; up to the limit
// it is linted all the same, in the background (runner.ts), and a keystroke re-lints only the
// paragraph it changed (rules/engine/lint-cache.ts). Past the limit a first lint would keep the
// background worker busy for seconds and produce diagnostics by the ten thousand; instead the
// document gets one info diagnostic that says why it is not checked.

import type { Finding, Locale } from '../../rules';
import { message } from './messages';
import type { LintOutcome } from './tasks';

/** In UTF-16 code units, as editors count a document's length. */
export const MAX_CHECKED_LENGTH = 2 * 1024 * 1024;

export function tooLargeToCheck(text: string): boolean {
  return text.length > MAX_CHECKED_LENGTH;
}

/** A task was asked for a document past the limit; callers answer "nothing" (no log: not an error). */
export class TooLarge extends Error {
  constructor(readonly length: number) {
    super(`the document has ${length} characters, more than the ${MAX_CHECKED_LENGTH} Postlint checks`);
    this.name = 'TooLarge';
  }
}

/**
 * At most this many findings of a post become diagnostics. No real post comes near it; a pasted wall
 * of hashtags can have tens of thousands, and handing those from the background worker to the main
 * thread, converting and sending them would stall the server and the editor for a second or more.
 */
export const MAX_DIAGNOSTICS = 1000;

/** The outcome with at most MAX_DIAGNOSTICS findings (the first ones) and a note of the rest. */
export function capFindings(outcome: LintOutcome): LintOutcome {
  const { findings } = outcome;
  if (findings.length <= MAX_DIAGNOSTICS) return outcome;
  return { ...outcome, findings: findings.slice(0, MAX_DIAGNOSTICS), omitted: { count: findings.length - MAX_DIAGNOSTICS, start: findings[MAX_DIAGNOSTICS].start } };
}

/** The lint outcome of a document past the limit: one info finding on its first line. */
export function tooLargeOutcome(text: string, locale: Locale = 'en'): LintOutcome {
  const firstLineEnd = text.search(/\r?\n|$/);
  const data = { length: text.length, max: MAX_CHECKED_LENGTH };
  const finding: Finding = {
    // The document is too long for every channel: a finding of the `length` rule, whose docs explain it.
    ruleId: 'length',
    messageId: 'tooLargeToCheck',
    data,
    message: message('tooLargeToCheck', locale, data),
    severity: 'info',
    start: 0,
    end: firstLineEnd,
    suggestions: [],
  };
  return { findings: [finding], counts: [], locale, internalErrors: [] };
}
