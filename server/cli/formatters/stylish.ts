// ESLint's "stylish" look: findings grouped under each file, `line:col  severity  message  rule`
// in aligned columns (1-based, as terminals and editors link them), then a summary line.

import { palette, type Palette } from '../colors';
import { totals, type Diagnostic, type FileReport } from '../report';
import type { Formatter } from './types';

export const stylish: Formatter = (reports, context) => {
  const colors = palette(context.color);
  const blocks = reports.filter((report) => report.diagnostics.length > 0).map((report) => fileBlock(report, colors));
  if (blocks.length === 0) return '';
  return `${blocks.join('\n')}\n${summary(reports, colors)}`;
};

function fileBlock(report: FileReport, colors: Palette): string {
  const rows = report.diagnostics.map((diagnostic) => [
    `${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1}`,
    diagnostic.severity,
    oneLine(diagnostic.message),
    diagnostic.rule,
  ]);
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column].length)));
  const lines = rows.map((row, index) => {
    const [where, severity, message, rule] = row.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]) : cell));
    return `  ${colors.dim(where)}  ${paintSeverity(report.diagnostics[index], severity, colors)}  ${message}  ${colors.dim(rule)}`.trimEnd();
  });
  return `${colors.underline(report.file)}\n${lines.join('\n')}\n`;
}

function paintSeverity(diagnostic: Diagnostic, text: string, colors: Palette): string {
  if (diagnostic.severity === 'error') return colors.red(text);
  if (diagnostic.severity === 'warning') return colors.yellow(text);
  return colors.cyan(text);
}

function summary(reports: readonly FileReport[], colors: Palette): string {
  const count = totals(reports);
  const problems = count.errors + count.warnings + count.infos + count.hints;
  const parts = [plural(count.errors, 'error'), plural(count.warnings, 'warning')];
  if (count.infos > 0) parts.push(`${count.infos} info`);
  if (count.hints > 0) parts.push(plural(count.hints, 'hint'));
  const line = `✖ ${plural(problems, 'problem')} (${parts.join(', ')})`;
  const paint = count.errors > 0 ? colors.red : count.warnings > 0 ? colors.yellow : colors.cyan;
  let text = `${colors.bold(paint(line))}\n`;
  if (count.fixable > 0) text += `  ${plural(count.fixable, 'problem')} fixable with --fix.\n`;
  return text;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** A message with line breaks would break the columns. */
function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ');
}
