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

/**
 * One finding, in exactly the shape and key order of a diagnostic of the JSON report (SPEC §7), so
 * that the JSON formatter serialises reports as they are: copying twenty thousand diagnostics into
 * that shape was half of the JSON report's time after ten thousand posts, and the copies more work
 * for the garbage collector.
 */
export interface Diagnostic {
  rule: RuleId;
  severity: Severity;
  /** null for findings that concern no single channel. */
  channel: ChannelId | null;
  message: string;
  range: Range;
  /** `--fix` would apply a safe fix. */
  fixable: boolean;
}

/** The safe fix of a diagnostic, as a format that shows fixes prints it (SARIF). */
export interface DiagnosticFix {
  title: string;
  edits: ReportedEdit[];
}

export interface FileReport {
  /** As shown to the user: relative to the working folder, or the --stdin-filename. */
  file: string;
  diagnostics: Diagnostic[];
  /**
   * The safe fix of each diagnostic (undefined where it has none), when the run's format shows
   * fixes (formatters/index.ts): the others only say whether there is one, and a run's thousands
   * of fixes would be made and sent between threads for nothing.
   */
  fixes?: Array<DiagnosticFix | undefined>;
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
      if (diagnostic.fixable) result.fixable++;
    }
  }
  return result;
}
