// The correctness guard of the benchmark: an optimisation must not change what Postlint reports on
// the corpus. The CLI's JSON output is reduced to a canonical form (files sorted, each finding one
// line, sorted) and summarised into test/bench/findings-snapshot.json: counts and hashes per rule,
// per severity and per bucket folder, and one hash of everything. The full canonical findings are
// kept beside the cached corpus, so a mismatch can be shown file by file on the machine that made
// the snapshot.

import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Canonical findings: { file → sorted finding lines } from the CLI's `--format json` output. */
export function canonicalFindings(jsonText) {
  const reports = JSON.parse(jsonText);
  const byFile = new Map();
  for (const report of reports) {
    const file = report.file.replace(/\\/g, '/').replace(/^\.\//, '');
    const lines = report.diagnostics.map((d) => JSON.stringify([
      d.rule, d.severity, d.channel ?? null,
      d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character,
      Boolean(d.fixable), d.message,
    ]));
    byFile.set(file, lines.sort());
  }
  return new Map([...byFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The snapshot summary of canonical findings for a corpus manifest. */
export function summarise(findings, corpus) {
  const all = createHash('sha256');
  const rules = new Map();
  const severities = {};
  const buckets = new Map();
  let total = 0;
  for (const [file, lines] of findings) {
    const bucket = file.includes('/') ? file.slice(0, file.indexOf('/')) : '.';
    if (!buckets.has(bucket)) buckets.set(bucket, createHash('sha256'));
    all.update(file).update('\n');
    buckets.get(bucket).update(file).update('\n');
    for (const line of lines) {
      const [rule, severity] = JSON.parse(line);
      total++;
      severities[severity] = (severities[severity] ?? 0) + 1;
      if (!rules.has(rule)) rules.set(rule, { count: 0, hash: createHash('sha256') });
      const entry = rules.get(rule);
      entry.count++;
      entry.hash.update(file).update('\0').update(line).update('\n');
      all.update(line).update('\n');
      buckets.get(bucket).update(line).update('\n');
    }
  }
  const byRule = Object.fromEntries([...rules].sort(([a], [b]) => a.localeCompare(b))
    .map(([rule, entry]) => [rule, { count: entry.count, hash: entry.hash.digest('hex').slice(0, 16) }]));
  return {
    corpus: { seed: corpus.seed, count: corpus.count, contentHash: corpus.contentHash },
    files: findings.size,
    findings: total,
    hash: all.digest('hex'),
    bySeverity: Object.fromEntries(Object.entries(severities).sort()),
    byRule,
    byBucket: Object.fromEntries([...buckets].map(([bucket, hash]) => [bucket, hash.digest('hex').slice(0, 16)])),
  };
}

/** Keeps the full canonical findings beside the corpus, named by their hash, for detailed diffs. */
export function storeFindings(findings, summary, corpus) {
  const file = path.join(corpus.root, `findings-${summary.hash.slice(0, 16)}.json`);
  fs.writeFileSync(file, JSON.stringify(Object.fromEntries(findings)));
  return file;
}

/**
 * Compares current findings with a snapshot. Returns { status: 'same' | 'changed' |
 * 'incomparable', lines: string[] } — the lines explain what differs.
 */
export function compare(snapshot, summary, findings, corpus) {
  if (snapshot.corpus.contentHash !== summary.corpus.contentHash) {
    return { status: 'incomparable', lines: ['the corpus differs from the one the snapshot was made on (generator or seed changed); re-record with --update-findings'] };
  }
  if (snapshot.hash === summary.hash) return { status: 'same', lines: [`${summary.findings} findings in ${summary.files} files, identical to the snapshot`] };

  const lines = [`findings changed: ${snapshot.findings} → ${summary.findings}`];
  const ruleIds = new Set([...Object.keys(snapshot.byRule), ...Object.keys(summary.byRule)]);
  for (const rule of [...ruleIds].sort()) {
    const before = snapshot.byRule[rule];
    const after = summary.byRule[rule];
    if (before?.hash !== after?.hash) lines.push(`  ${rule}: ${before?.count ?? 0} → ${after?.count ?? 0}${before?.count === after?.count ? ' (same count, different findings)' : ''}`);
  }
  const buckets = Object.keys(summary.byBucket).filter((bucket) => snapshot.byBucket[bucket] !== summary.byBucket[bucket]);
  lines.push(`  buckets that differ: ${buckets.slice(0, 20).join(', ')}${buckets.length > 20 ? ' …' : ''}`);

  const stored = path.join(corpus.root, `findings-${snapshot.hash.slice(0, 16)}.json`);
  if (fs.existsSync(stored)) {
    const before = JSON.parse(fs.readFileSync(stored, 'utf8'));
    lines.push(...fileDiffs(before, findings, 10));
  } else {
    lines.push('  (the full findings of the snapshot are not on this machine; run the old commit with --update-findings to see file-level differences)');
  }
  return { status: 'changed', lines };
}

function fileDiffs(before, findings, limit) {
  const lines = [];
  const files = new Set([...Object.keys(before), ...findings.keys()]);
  for (const file of [...files].sort()) {
    const old = new Set(before[file] ?? []);
    const now = new Set(findings.get(file) ?? []);
    const removed = [...old].filter((line) => !now.has(line));
    const added = [...now].filter((line) => !old.has(line));
    if (removed.length === 0 && added.length === 0) continue;
    if (lines.length >= limit * 3) {
      lines.push('  …');
      break;
    }
    lines.push(`  ${file}`);
    for (const line of removed) lines.push(`    - ${line}`);
    for (const line of added) lines.push(`    + ${line}`);
  }
  return lines;
}
