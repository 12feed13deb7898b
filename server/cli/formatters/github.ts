// `--format github`: GitHub Actions workflow commands, one per finding, which GitHub shows as
// annotations on the pull request's files:
//   ::error file=a.post.md,line=3,col=5,endLine=3,endColumn=12,title=postlint(length)::message
// Escaping follows the Actions toolkit (command.ts): in the message %, CR and LF; in properties
// also ':' and ','.

import { toPosixPath } from '../paths';
import type { Diagnostic } from '../report';
import type { Formatter } from './types';

export const github: Formatter = (reports) => {
  const lines: string[] = [];
  for (const report of reports) {
    for (const diagnostic of report.diagnostics) lines.push(command(toPosixPath(report.file), diagnostic));
  }
  return lines.map((line) => `${line}\n`).join('');
};

function command(file: string, diagnostic: Diagnostic): string {
  const { start, end } = diagnostic.range;
  const properties: Array<[string, string | number]> = [
    ['file', file],
    ['line', start.line + 1],
  ];
  // GitHub ignores columns on annotations that span lines.
  if (start.line === end.line) properties.push(['col', start.character + 1]);
  properties.push(['endLine', end.line + 1]);
  if (start.line === end.line) properties.push(['endColumn', end.character + 1]);
  properties.push(['title', `postlint(${diagnostic.rule})`]);
  const list = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${level(diagnostic)} ${list}::${escapeData(diagnostic.message)}`;
}

function level(diagnostic: Diagnostic): 'error' | 'warning' | 'notice' {
  if (diagnostic.severity === 'error') return 'error';
  if (diagnostic.severity === 'warning') return 'warning';
  return 'notice';
}

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
