// `postlint/preview`, FIRST VERSION: per channel the published text, its count and that channel's
// problems; problems that concern every channel listed once. The preview issue replaces this model
// (author line, styled spans, fold positions); the request and its place in the server stay.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../../rules';
import type { PreviewModel, PreviewProblem } from '../protocol';
import type { PreviewOutcome } from './tasks';

export function previewModel(document: TextDocument, version: number | null, outcome: PreviewOutcome): PreviewModel {
  const problem = (finding: Finding): PreviewProblem => ({
    ruleId: finding.ruleId,
    message: finding.message,
    severity: finding.severity,
    range: { start: document.positionAt(finding.start), end: document.positionAt(finding.end) },
  });
  return {
    uri: document.uri,
    version,
    channels: outcome.counts.map((count) => ({
      ...count,
      text: outcome.content,
      problems: outcome.findings.filter((finding) => finding.channel === count.channel).map(problem),
    })),
    problems: outcome.findings.filter((finding) => !finding.channel).map(problem),
  };
}
