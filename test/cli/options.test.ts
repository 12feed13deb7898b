// --channel, --config, --max-warnings, --locale and --stdin.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { CLEAN_POST, FACEBOOK_HASHTAG_POST, LONG_TWEET, makeTree, parseJsonReport, rulesOf, runCli, TYPO_CHANNEL_POST } from './helpers';

// The frontmatter typo as a warning: a run with warnings only.
const WARN_CONFIG = JSON.stringify({ rules: { frontmatter: 'warning' } });

describe('cli: --channel', () => {
  const dir = makeTree({ 'long.post.md': LONG_TWEET, 'fb.post.md': FACEBOOK_HASHTAG_POST });
  const lint = (...args: string[]) => parseJsonReport(runCli(['--format', 'json', ...args], { cwd: dir }).stdout);

  it('replaces the channels of the post', () => {
    assert.ok(rulesOf(lint('long.post.md'), 'long.post.md').includes('length'), '400 characters are too long for X');
    assert.ok(!rulesOf(lint('--channel', 'facebook', 'long.post.md'), 'long.post.md').includes('length'), 'and fine on Facebook');
    assert.ok(!rulesOf(lint('--channel', 'twitter', 'fb.post.md'), 'fb.post.md').includes('facebook-hashtags'));
  });

  it('accepts aliases, repeated options and comma-separated lists', () => {
    const channelsOf = (report: ReturnType<typeof lint>) => report[0].diagnostics.filter((d) => d.rule === 'length').map((d) => d.channel);
    assert.deepEqual(channelsOf(lint('--channel', 'x', 'long.post.md')), ['twitter']);
    const both = lint('--channel', 'X,facebook', '--channel', 'bluesky', 'long.post.md');
    assert.deepEqual(channelsOf(both).sort(), ['bluesky', 'twitter']);
    assert.ok(rulesOf(lint('--channel', 'x,fb', 'fb.post.md'), 'fb.post.md').includes('facebook-hashtags'));
  });

  it('rejects an unknown channel with exit 2 and a did-you-mean', () => {
    const result = runCli(['--channel', 'instagarm', 'fb.post.md'], { cwd: dir });
    assert.equal(result.code, 2);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /^postlint: unknown channel 'instagarm' — did you mean 'instagram'\?$/m);
  });
});

describe('cli: configuration', () => {
  const dir = makeTree({
    'team/.postlintrc.json': WARN_CONFIG,
    'team/typo.post.md': TYPO_CHANNEL_POST,
    'team/sub/typo.post.md': TYPO_CHANNEL_POST,
    'solo/typo.post.md': TYPO_CHANNEL_POST,
    'broken/.postlintrc.json': '{\n  "signOff": "^SeSe",\n  "channels": [twitter]\n}\n',
    'broken/a.post.md': CLEAN_POST,
    'unknown-key.json': '{\n  "signoff": "^SeSe"\n}\n',
    'off.json': JSON.stringify({ rules: { frontmatter: 'off' } }),
  });

  it('uses the nearest .postlintrc.json upward from each post', () => {
    const result = runCli(['--format', 'json', 'team', 'solo'], { cwd: dir });
    const report = parseJsonReport(result.stdout);
    const severity = (file: string) => report.find((entry) => entry.file === file)?.diagnostics.find((d) => d.rule === 'frontmatter')?.severity;
    assert.equal(severity(path.join('team', 'typo.post.md')), 'warning');
    assert.equal(severity(path.join('team', 'sub', 'typo.post.md')), 'warning');
    assert.equal(severity(path.join('solo', 'typo.post.md')), 'error');
    assert.equal(result.code, 1, 'solo/ has an error');
  });

  it('--config replaces the search', () => {
    const result = runCli(['--format', 'json', '--config', 'off.json', 'team', 'solo'], { cwd: dir });
    assert.equal(result.code, 0, result.stderr);
    for (const entry of parseJsonReport(result.stdout)) assert.ok(!entry.diagnostics.some((d) => d.rule === 'frontmatter'), entry.file);
  });

  it('a broken config found upward exits 2 with path:line:col', () => {
    const result = runCli(['broken'], { cwd: dir });
    assert.equal(result.code, 2);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, new RegExp(`^${escape(path.join('broken', '.postlintrc.json'))}:3:16: Invalid JSON`, 'm'));
  });

  it('a broken --config exits 2 with path:line:col and a did-you-mean', () => {
    const result = runCli(['--config', 'unknown-key.json', 'solo'], { cwd: dir });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /^unknown-key\.json:2:3: Unknown setting `signoff` — did you mean `signOff`\?$/m);
  });

  it('a missing --config exits 2', () => {
    const result = runCli(['--config', 'nope.json', 'solo'], { cwd: dir });
    assert.equal(result.code, 2);
    assert.equal(result.stderr, "postlint: cannot read config 'nope.json': no such file\n");
  });
});

describe('cli: --max-warnings', () => {
  const dir = makeTree({ '.postlintrc.json': WARN_CONFIG, 'typo.post.md': TYPO_CHANNEL_POST, 'clean.post.md': CLEAN_POST });

  it('warnings alone exit 0', () => {
    assert.equal(runCli(['typo.post.md'], { cwd: dir }).code, 0);
  });

  it('more warnings than allowed exit 1', () => {
    const result = runCli(['--max-warnings', '0', 'typo.post.md'], { cwd: dir });
    assert.equal(result.code, 1);
    assert.match(result.stderr, /too many warnings \(1, maximum: 0\)/);
  });

  it('as many warnings as allowed exit 0', () => {
    assert.equal(runCli(['--max-warnings', '1', 'typo.post.md'], { cwd: dir }).code, 0);
    assert.equal(runCli(['--max-warnings', '0', 'clean.post.md'], { cwd: dir }).code, 0);
  });
});

describe('cli: --locale', () => {
  const dir = makeTree({ 'typo.post.md': TYPO_CHANNEL_POST, 'de/.postlintrc.json': JSON.stringify({ locale: 'de' }), 'de/typo.post.md': TYPO_CHANNEL_POST });
  const frontmatter = (args: string[]) => {
    const report = parseJsonReport(runCli(['--format', 'json', ...args], { cwd: dir }).stdout);
    const diagnostic = report[0].diagnostics.find((d) => d.rule === 'frontmatter');
    assert.ok(diagnostic);
    return diagnostic;
  };

  it('switches the language of the messages, not the findings', () => {
    const de = frontmatter(['--locale', 'de', 'typo.post.md']);
    const en = frontmatter(['--locale', 'en', 'typo.post.md']);
    assert.notEqual(de.message, en.message);
    assert.deepEqual({ ...de, message: '' }, { ...en, message: '' });
  });

  it('defaults to the config locale, and --locale overrides it', () => {
    assert.equal(frontmatter([path.join('de', 'typo.post.md')]).message, frontmatter(['--locale', 'de', 'typo.post.md']).message);
    assert.equal(frontmatter(['--locale', 'en', path.join('de', 'typo.post.md')]).message, frontmatter(['--locale', 'en', 'typo.post.md']).message);
  });
});

describe('cli: --stdin', () => {
  const dir = makeTree({ 'team/.postlintrc.json': WARN_CONFIG });

  it('lints standard input and names it after --stdin-filename', () => {
    const result = runCli(['--stdin', '--stdin-filename', 'team/new.post.md', '--format', 'json'], { cwd: dir, input: TYPO_CHANNEL_POST });
    assert.equal(result.code, 0, 'the config next to the name makes the typo a warning');
    const report = parseJsonReport(result.stdout);
    assert.equal(report.length, 1);
    assert.equal(report[0].file, path.join('team', 'new.post.md'));
    assert.equal(report[0].diagnostics.find((d) => d.rule === 'frontmatter')?.severity, 'warning');
  });

  it('is called <stdin> without a name and finds configs from the working folder', () => {
    const result = runCli(['--stdin', '--format', 'json'], { cwd: dir, input: TYPO_CHANNEL_POST });
    assert.equal(result.code, 1);
    assert.equal(parseJsonReport(result.stdout)[0].file, '<stdin>');
  });

  it('with --fix prints the fixed post to stdout and the report to stderr', () => {
    const result = runCli(['--stdin', '--stdin-filename', 'fb.post.md', '--fix'], { cwd: dir, input: FACEBOOK_HASHTAG_POST });
    assert.equal(result.stdout, FACEBOOK_HASHTAG_POST.replace('#Sommerfest', 'Sommerfest'));
    assert.ok(!result.stderr.includes('facebook-hashtags'), 'nothing fixable is left to report');
    assert.equal(result.code, 0);
    assert.ok(!fs.existsSync(path.join(dir, 'fb.post.md')), 'no file is written');
  });

  it('with --fix and nothing to fix prints the input unchanged', () => {
    const result = runCli(['--stdin', '--fix'], { cwd: dir, input: CLEAN_POST });
    assert.equal(result.stdout, CLEAN_POST);
  });

  it('does not take files as well', () => {
    const result = runCli(['--stdin', 'a.post.md'], { cwd: dir, input: CLEAN_POST });
    assert.equal(result.code, 2);
  });

  it('--stdin-filename needs --stdin', () => {
    assert.equal(runCli(['--stdin-filename', 'a.post.md'], { cwd: dir }).code, 2);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
