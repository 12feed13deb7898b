// Self-tests of the benchmark harness (fast, no corpus on disk): node --test test/bench/
// They guard what the figures rely on: the corpus is reproducible, percentiles are the usual ones,
// the findings check ignores order but not content, and the baseline matches whole words only.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { combinedWordRegex } from './baseline.mjs';
import { BASELINE_WORDS } from './baseline-words.mjs';
import { canonicalFindings, compare, summarise } from './findings.mjs';
import { makePost } from './post-text.mjs';
import { Random } from './random.mjs';
import { percentile } from './stats.mjs';

function posts(seed, count) {
  const rng = new Random(seed);
  return Array.from({ length: count }, (_, index) => makePost(rng, index));
}

test('the same seed gives the same posts, another seed other posts', () => {
  const first = posts(42, 300).map((post) => post.text);
  assert.deepEqual(posts(42, 300).map((post) => post.text), first);
  assert.notDeepEqual(posts(43, 300).map((post) => post.text), first);
});

test('the corpus covers every channel, both languages, replies and the violations', () => {
  const sample = posts(42, 2000);
  const channels = new Set(sample.flatMap((post) => post.channels));
  assert.deepEqual([...channels].sort(), ['bluesky', 'facebook', 'instagram', 'linkedin', 'mastodon', 'threads', 'twitter']);
  assert.ok(sample.some((post) => post.lang === 'de') && sample.some((post) => post.lang === 'en'));
  assert.ok(sample.some((post) => post.kind === 'reply'));
  const text = sample.map((post) => post.text).join('\n');
  for (const expected of ['!!!', '**', 'Kundennummer', '\u200d', '東京', '<!--', 'in-reply-to:', '^SeSe']) {
    assert.ok(text.includes(expected), `corpus lacks ${JSON.stringify(expected)}`);
  }
  assert.match(text, /[\u{1D5D4}-\u{1D63B}]/u, 'corpus lacks styled (mathematical sans-serif) letters');
  const sizes = sample.map((post) => Buffer.byteLength(post.text)).sort((a, b) => a - b);
  const median = sizes[sizes.length / 2];
  assert.ok(median > 200 && median < 700, `median post size ${median} bytes`);
});

test('percentiles are nearest-rank, the median of an even count is the middle mean', () => {
  const values = Array.from({ length: 100 }, (_, index) => index + 1);
  assert.equal(percentile(values, 50), 50.5);
  assert.equal(percentile(values, 95), 95);
  assert.equal(percentile(values, 99), 99);
  assert.equal(percentile([7], 99), 7);
});

test('the baseline regex holds 200 words and matches whole words only', () => {
  assert.equal(new Set(BASELINE_WORDS).size, 200);
  const regex = combinedWordRegex(BASELINE_WORDS);
  const hits = (text) => [...text.matchAll(regex)].map((match) => match[0]);
  assert.deepEqual(hits('Du Idiot! Mist, die Kundennummer.'), ['Idiot', 'Mist', 'Kundennummer']);
  assert.deepEqual(hits('mistake Idiotie Pinguin'), []);
});

test('the findings check ignores the order of files and findings but not their content', () => {
  const corpus = { seed: 1, count: 2, contentHash: 'abc', root: '/nonexistent' };
  const finding = (rule, line, message) => ({ rule, severity: 'warning', channel: null, message, range: { start: { line, character: 0 }, end: { line, character: 3 } }, fixable: false });
  const a = [
    { file: '000/a.post.md', diagnostics: [finding('tone', 1, 'x'), finding('markdown', 2, 'y')] },
    { file: '000/b.post.md', diagnostics: [] },
  ];
  const reordered = [{ ...a[1] }, { file: a[0].file, diagnostics: [...a[0].diagnostics].reverse() }];
  const before = summarise(canonicalFindings(JSON.stringify(a)), corpus);
  const same = canonicalFindings(JSON.stringify(reordered));
  assert.equal(compare(before, summarise(same, corpus), same, corpus).status, 'same');

  const changed = canonicalFindings(JSON.stringify([{ ...a[0], diagnostics: [finding('tone', 1, 'z'), a[0].diagnostics[1]] }, a[1]]));
  const result = compare(before, summarise(changed, corpus), changed, corpus);
  assert.equal(result.status, 'changed');
  assert.ok(result.lines.some((line) => line.includes('tone: 1 → 1')));
  assert.ok(!result.lines.some((line) => line.includes('markdown')));

  const otherCorpus = { ...corpus, contentHash: 'def' };
  assert.equal(compare(before, summarise(same, otherCorpus), same, otherCorpus).status, 'incomparable');
});
