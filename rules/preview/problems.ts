// The findings of a lint as the preview lists them: with the line/character range the editor
// reveals when a problem is clicked, and under the post (or thread part) they concern.

import { LineIndex } from '../text/positions';
import type { ChannelId, Finding } from '../types';
import type { PreviewProblem } from './model';

export interface LocatedProblem {
  problem: PreviewProblem;
  /** Document offset of the finding's start, to place it under the right thread part. */
  start: number;
}

export function locateProblems(documentText: string, findings: readonly Finding[]): LocatedProblem[] {
  const lines = new LineIndex(documentText);
  return findings.map((finding) => ({
    start: finding.start,
    problem: {
      ruleId: finding.ruleId,
      message: finding.message,
      severity: finding.severity,
      ...(finding.channel ? { channel: finding.channel } : {}),
      range: { start: lines.positionAt(finding.start), end: lines.positionAt(finding.end) },
    },
  }));
}

/**
 * The problems of one channel (its own and those of every channel), each under the post it lies in:
 * `postStarts` are the document offsets where the channel's posts start. A problem before the first
 * post (in the frontmatter) goes under the first.
 */
export function problemsByPost(problems: readonly LocatedProblem[], channel: ChannelId, postStarts: readonly number[]): PreviewProblem[][] {
  const byPost: PreviewProblem[][] = postStarts.map(() => []);
  for (const { problem, start } of problems) {
    if (problem.channel !== undefined && problem.channel !== channel) continue;
    let index = 0;
    while (index + 1 < postStarts.length && postStarts[index + 1] <= start) index++;
    byPost[index].push(problem);
  }
  return byPost;
}
