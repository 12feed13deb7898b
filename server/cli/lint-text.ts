// Lints (and with `fix`, fixes) the text of one post. Pure: text and settings in, plain data out,
// so a worker-thread pool can run it without changes.

import { fixAll, lint, LineIndex, type ChannelId, type Finding, type Locale, type PostlintConfig } from '../../rules';
import type { Diagnostic } from './report';

export interface LintJob {
  text: string;
  config: PostlintConfig;
  locale?: Locale;
  channels?: ChannelId[];
  fix: boolean;
}

export interface LintOutcome {
  diagnostics: Diagnostic[];
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
    output,
    internalErrors: result.internalErrors.map(({ ruleId, error }) => `${ruleId}: ${error instanceof Error ? error.message : String(error)}`),
  };
}

function toDiagnostic(finding: Finding, lines: LineIndex): Diagnostic {
  const range = (start: number, end: number) => ({ start: lines.positionAt(start), end: lines.positionAt(end) });
  return {
    rule: finding.ruleId,
    severity: finding.severity,
    channel: finding.channel,
    message: finding.message,
    range: range(finding.start, finding.end),
    fix: finding.fix && {
      title: finding.fix.title,
      edits: finding.fix.edits.map((edit) => ({ range: range(edit.start, edit.end), newText: edit.newText })),
    },
  };
}
