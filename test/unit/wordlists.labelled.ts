// Measuring a guideline rule on a labelled table of posts: precision (of the posts it reports, how
// many should be reported) and recall (of the posts that should be reported, how many it reports).

import { lint, type Finding, type PostlintConfig, type RuleId } from '../../rules';

export interface Labelled {
  text: string;
  /** True when the rule must report the post. */
  fires: boolean;
}

export interface Measurement {
  precision: number;
  recall: number;
  truePositives: number;
  falsePositives: string[];
  falseNegatives: string[];
  total: number;
}

export function findingsOf(ruleId: RuleId, text: string, config: PostlintConfig = {}): Finding[] {
  const result = lint(text, { config, locale: 'en' });
  if (result.internalErrors.length > 0) throw result.internalErrors[0].error;
  return result.findings.filter((finding) => finding.ruleId === ruleId);
}

export function measure(table: readonly Labelled[], reports: (text: string) => boolean): Measurement {
  let truePositives = 0;
  const falsePositives: string[] = [];
  const falseNegatives: string[] = [];
  for (const row of table) {
    const reported = reports(row.text);
    if (reported && row.fires) truePositives++;
    else if (reported) falsePositives.push(row.text);
    else if (row.fires) falseNegatives.push(row.text);
  }
  const flagged = truePositives + falsePositives.length;
  const positives = truePositives + falseNegatives.length;
  return {
    precision: flagged === 0 ? 1 : truePositives / flagged,
    recall: positives === 0 ? 1 : truePositives / positives,
    truePositives,
    falsePositives,
    falseNegatives,
    total: table.length,
  };
}

export function describeMeasurement(m: Measurement): string {
  const lines = [
    `${m.total} posts: precision ${(m.precision * 100).toFixed(1)} %, recall ${(m.recall * 100).toFixed(1)} %`,
    ...m.falsePositives.map((text) => `  false positive: ${JSON.stringify(text)}`),
    ...m.falseNegatives.map((text) => `  missed: ${JSON.stringify(text)}`),
  ];
  return lines.join('\n');
}
