// `--format json`: one entry per linted file (also those without findings), exactly
// { file, diagnostics: [{ rule, severity, channel, message, range, fixable }] } with 0-based LSP
// positions. `channel` is null for findings that concern no single channel.

import type { Formatter } from './types';

// The diagnostics are kept in this shape (report.ts); only a report's own keys are picked.
export const json: Formatter = (reports) => `${JSON.stringify(reports.map(({ file, diagnostics }) => ({ file, diagnostics })))}\n`;
