// What the formatters receive: per file, its findings with LSP positions (0-based line, UTF-16
// character). Plain data, so that linting can later move into worker threads unchanged.

import type { ChannelId, Position, RuleId, Severity } from '../../rules';

export interface Range {
  start: Position;
  end: Position;
}

export interface ReportedEdit {
  range: Range;
  newText: string;
}

export interface Diagnostic {
  rule: RuleId;
  severity: Severity;
  channel?: ChannelId;
  message: string;
  range: Range;
  /** The safe fix `--fix` would apply, if any. */
  fix?: { title: string; edits: ReportedEdit[] };
}

export interface FileReport {
  /** As shown to the user: relative to the working folder, or the --stdin-filename. */
  file: string;
  diagnostics: Diagnostic[];
}

export interface Totals {
  errors: number;
  warnings: number;
  /** info and hint findings are shown but never fail a run. */
  infos: number;
  hints: number;
  fixable: number;
}

export function totals(reports: readonly FileReport[]): Totals {
  const result: Totals = { errors: 0, warnings: 0, infos: 0, hints: 0, fixable: 0 };
  for (const report of reports) {
    for (const diagnostic of report.diagnostics) {
      if (diagnostic.severity === 'error') result.errors++;
      else if (diagnostic.severity === 'warning') result.warnings++;
      else if (diagnostic.severity === 'info') result.infos++;
      else result.hints++;
      if (diagnostic.fix) result.fixable++;
    }
  }
  return result;
}
