// `--format json`: one entry per linted file (also those without findings), exactly
// { file, diagnostics: [{ rule, severity, channel, message, range, fixable }] } with 0-based LSP
// positions. `channel` is null for findings that concern no single channel.

import type { Formatter } from './types';

export const json: Formatter = (reports) => {
  const entries = reports.map((report) => ({
    file: report.file,
    diagnostics: report.diagnostics.map((diagnostic) => ({
      rule: diagnostic.rule,
      severity: diagnostic.severity,
      channel: diagnostic.channel ?? null,
      message: diagnostic.message,
      range: {
        start: { line: diagnostic.range.start.line, character: diagnostic.range.start.character },
        end: { line: diagnostic.range.end.line, character: diagnostic.range.end.character },
      },
      fixable: diagnostic.fix !== undefined,
    })),
  }));
  return `${JSON.stringify(entries)}\n`;
};
