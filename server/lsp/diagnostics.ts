// Findings and config problems as LSP diagnostics. Each post diagnostic carries the rule id as
// `code`, a link to the rule's docs page (shipped next to the server bundle as dist/docs/<id>.md),
// and in `data` what is needed to find its finding again in a fresh lint (code-actions.ts).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigProblem, Finding, RuleId, Severity } from '../../rules';
import { message } from './messages';
import type { LintOutcome } from './tasks';

export const SOURCE = 'postlint';

/** What a post diagnostic carries in `data`. */
export interface DiagnosticData {
  ruleId: RuleId;
  messageId: string;
  channel?: string;
  /** Document version the diagnostic was computed for. */
  version?: number;
  /** Whether the finding has a safe fix (Fix All applies it). */
  fixable: boolean;
}

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const docsLinks = new Map<RuleId, string | undefined>();

/** The `file://` URI of a rule's docs page, or undefined when the page is not shipped. */
export function docsHref(ruleId: RuleId): string | undefined {
  if (!docsLinks.has(ruleId)) {
    const file = path.join(__dirname, 'docs', `${ruleId}.md`);
    docsLinks.set(ruleId, fs.existsSync(file) ? pathToFileURL(file).href : undefined);
  }
  return docsLinks.get(ruleId);
}

export function findingDiagnostic(finding: Finding, document: TextDocument, version?: number): Diagnostic {
  const href = docsHref(finding.ruleId);
  const data: DiagnosticData = { ruleId: finding.ruleId, messageId: finding.messageId, version, fixable: finding.fix !== undefined };
  if (finding.channel) data.channel = finding.channel;
  return {
    range: { start: document.positionAt(finding.start), end: document.positionAt(finding.end) },
    severity: SEVERITIES[finding.severity],
    code: finding.ruleId,
    ...(href ? { codeDescription: { href } } : {}),
    source: SOURCE,
    message: finding.message,
    data,
  };
}

/**
 * The diagnostics of a lint outcome: one per finding, and where findings were left out past
 * MAX_DIAGNOSTICS (size-limit.ts), one info diagnostic that says how many, where the first would be.
 */
export function postDiagnostics(outcome: LintOutcome, document: TextDocument, version?: number): Diagnostic[] {
  const diagnostics = outcome.findings.map((finding) => findingDiagnostic(finding, document, version));
  const omitted = outcome.omitted;
  if (omitted) {
    const at = document.positionAt(omitted.start);
    diagnostics.push({
      range: { start: at, end: at },
      severity: DiagnosticSeverity.Information,
      source: SOURCE,
      message: message('diagnosticsOmitted', outcome.locale, { shown: outcome.findings.length, omitted: omitted.count }),
    });
  }
  return diagnostics;
}

/** True when `diagnostic` (from the client) reports `finding` (from a fresh lint of the same text). */
export function reportsFinding(diagnostic: Diagnostic, finding: Finding, document: TextDocument): boolean {
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  if (diagnostic.source !== SOURCE || diagnostic.code !== finding.ruleId || data?.messageId !== finding.messageId) return false;
  if ((data.channel ?? undefined) !== finding.channel) return false;
  return document.offsetAt(diagnostic.range.start) === finding.start && document.offsetAt(diagnostic.range.end) === finding.end;
}

export function configDiagnostic(problem: ConfigProblem, document: TextDocument): Diagnostic {
  return {
    range: { start: document.positionAt(problem.start), end: document.positionAt(Math.max(problem.start, problem.end)) },
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    message: problem.message,
  };
}
