// Lints (and with `fix`, fixes) the text of one post. Pure: text and settings in, plain data out,
// so a worker-thread pool can run it without changes.

import { fixAll, lint, LineIndex, type ChannelId, type Finding, type Locale, type PostlintConfig } from '../../rules';
import type { Diagnostic, DiagnosticFix } from './report';

export interface LintJob {
  text: string;
  config: PostlintConfig;
  locale?: Locale;
  channels?: ChannelId[];
  fix: boolean;
  /** Give each diagnostic's safe fix as well (`fixes`). */
  reportFixes?: boolean;
}

export interface LintOutcome {
  diagnostics: Diagnostic[];
  /** With `reportFixes`: the safe fix of each diagnostic, undefined where it has none. */
  fixes?: Array<DiagnosticFix | undefined>;
  /** The fixed text, when `fix` changed something. */
  output?: string;
  /** Rules that threw: "tone: Cannot read properties of undefined". */
  internalErrors: string[];
}

export function lintText(job: LintJob): LintOutcome {
  // Suggestions are for the editor's lightbulb; the CLI never shows them, so they are not computed.
  const options = { config: job.config, locale: job.locale, channels: job.channels, suggestions: false };
  let text = job.text;
  let output: string | undefined;
  if (job.fix) {
    const fixed = fixAll(text, options);
    if (fixed.text !== text) output = text = fixed.text;
  }
  // One more lint of the final text: fixAll's remaining findings do not carry rule errors.
  const result = lint(text, options);
  const lines = new LineIndex(text);
  return {
    diagnostics: result.findings.map((finding) => toDiagnostic(finding, lines)),
    fixes: job.reportFixes ? result.findings.map((finding) => finding.fix && toFix(finding.fix, lines)) : undefined,
    output,
    internalErrors: result.internalErrors.map(({ ruleId, error }) => `${ruleId}: ${error instanceof Error ? error.message : String(error)}`),
  };
}

/** A finding in the JSON report's shape: these keys, in this order (see Diagnostic). */
function toDiagnostic(finding: Finding, lines: LineIndex): Diagnostic {
  return {
    rule: finding.ruleId,
    severity: finding.severity,
    channel: finding.channel ?? null,
    message: finding.message,
    range: rangeOf(finding.start, finding.end, lines),
    fixable: finding.fix !== undefined,
  };
}

function toFix(fix: NonNullable<Finding['fix']>, lines: LineIndex): DiagnosticFix {
  return { title: fix.title, edits: fix.edits.map((edit) => ({ range: rangeOf(edit.start, edit.end, lines), newText: edit.newText })) };
}

function rangeOf(start: number, end: number, lines: LineIndex): Diagnostic['range'] {
  return { start: lines.positionAt(start), end: lines.positionAt(end) };
}
