// The four output formats: stylish for people, json for scripts, sarif for code scanning (validated
// against the SARIF 2.1.0 schema), github for Actions annotations.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { Validator } from '@cfworker/json-schema';
import { CLEAN_POST, FACEBOOK_HASHTAG_POST, makeTree, parseJsonReport, ROOT, runCli, TYPO_CHANNEL_POST } from './helpers';

// The OASIS SARIF 2.1.0 schema (draft 4), as Microsoft's SARIF matchers ship it.
const SARIF_SCHEMA = JSON.parse(
  fs.readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
) as Record<string, unknown>;

const RULE_IDS = [
  'length', 'facebook-hashtags', 'hashtag-count', 'sign-off', 'customer-data', 'address-form',
  'competitor', 'tone', 'markdown', 'instagram-links', 'styled-unicode', 'frontmatter',
];

// A key with `%` and `:` exercises the escaping of the github format.
const PERCENT_KEY_POST = `---
channels: [facebook]
"50%: off": ja
---
Heute ab 18 Uhr gibt es engineering on tap in unserem Büro. Thema: CI/CD unserer Systeme.
`;

describe('cli: --format json', () => {
  const dir = makeTree({ 'posts/clean.post.md': CLEAN_POST, 'posts/typo.post.md': TYPO_CHANNEL_POST });

  it('has one entry per linted file, also without findings, in exactly the documented shape', () => {
    const result = runCli(['--format', 'json', '--locale', 'en', 'posts'], { cwd: dir });
    assert.equal(result.code, 1, result.stderr);
    const report = parseJsonReport(result.stdout);
    assert.deepEqual(report.map((entry) => entry.file), [path.join('posts', 'clean.post.md'), path.join('posts', 'typo.post.md')]);
    assert.deepEqual(report[0].diagnostics, []);
    const typo = report[1].diagnostics.filter((diagnostic) => diagnostic.rule === 'frontmatter');
    assert.equal(typo.length, 1);
    const [diagnostic] = typo;
    assert.deepEqual(Object.keys(report[1]).sort(), ['diagnostics', 'file']);
    assert.deepEqual(Object.keys(diagnostic).sort(), ['channel', 'fixable', 'message', 'range', 'rule', 'severity']);
    assert.equal(diagnostic.severity, 'error');
    assert.equal(diagnostic.channel, null);
    assert.equal(diagnostic.fixable, false, 'a did-you-mean is a suggestion, not a safe fix');
    assert.equal(typeof diagnostic.message, 'string');
    assert.ok(diagnostic.message.includes('instagarm'));
    assert.deepEqual(diagnostic.range, { start: { line: 1, character: 21 }, end: { line: 1, character: 30 } });
  });

  it('names the channel of channel findings and marks safe fixes as fixable', () => {
    const hashtags = makeTree({ 'fb.post.md': FACEBOOK_HASHTAG_POST });
    const report = parseJsonReport(runCli(['--format', 'json', 'fb.post.md'], { cwd: hashtags }).stdout);
    const found = report[0].diagnostics.find((diagnostic) => diagnostic.rule === 'facebook-hashtags');
    assert.ok(found, 'facebook-hashtags reports #Sommerfest');
    assert.equal(found.channel, 'facebook');
    assert.equal(found.fixable, true);
    assert.deepEqual(found.range, { start: { line: 3, character: 23 }, end: { line: 3, character: 34 } });
  });

  it("writes each entry's keys in the order SPEC §7 lists them", () => {
    // The report serialises the CLI's diagnostics as they are (server/cli/report.ts): a key added,
    // left out or moved there would show here.
    const hashtags = makeTree({ 'fb.post.md': FACEBOOK_HASHTAG_POST });
    const [entry] = parseJsonReport(runCli(['--format', 'json', 'fb.post.md'], { cwd: hashtags }).stdout);
    assert.deepEqual(Object.keys(entry!), ['file', 'diagnostics']);
    assert.ok(entry!.diagnostics.length > 0);
    for (const diagnostic of entry!.diagnostics) {
      assert.deepEqual(Object.keys(diagnostic), ['rule', 'severity', 'channel', 'message', 'range', 'fixable']);
      assert.deepEqual(Object.keys(diagnostic.range), ['start', 'end']);
      assert.deepEqual(Object.keys(diagnostic.range.start), ['line', 'character']);
      assert.deepEqual(Object.keys(diagnostic.range.end), ['line', 'character']);
    }
  });

  it('counts characters in UTF-16 code units, as LSP does', () => {
    const emoji = makeTree({ 'e.post.md': `---\nchannels: [facebook]\n---\n🎉🎉 Wir feiern unser #Sommerfest.\n` });
    const report = parseJsonReport(runCli(['--format', 'json', 'e.post.md'], { cwd: emoji }).stdout);
    const found = report[0].diagnostics.find((diagnostic) => diagnostic.rule === 'facebook-hashtags');
    assert.ok(found);
    assert.equal(found.range.start.character, 22, 'each 🎉 is two UTF-16 code units');
  });
});

describe('cli: --format sarif', () => {
  const dir = makeTree({ 'posts/typo.post.md': TYPO_CHANNEL_POST, 'posts/fb.post.md': FACEBOOK_HASHTAG_POST, 'clean.post.md': CLEAN_POST });
  const result = runCli(['--format', 'sarif', 'posts', 'clean.post.md'], { cwd: dir });
  const log = JSON.parse(result.stdout) as {
    version: string;
    runs: Array<{
      tool: { driver: { name: string; rules: Array<{ id: string; helpUri?: string; defaultConfiguration: { level: string } }> } };
      originalUriBaseIds: Record<string, { uri: string }>;
      results: Array<{
        ruleId: string;
        level: string;
        message: { text: string };
        locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }>;
        fixes?: unknown[];
      }>;
    }>;
  };

  it('exits like the other formats', () => {
    assert.equal(result.code, 1, result.stderr);
  });

  it('validates against the SARIF 2.1.0 JSON schema', () => {
    const validation = new Validator(SARIF_SCHEMA, '4', false).validate(log);
    assert.deepEqual(validation.errors.slice(-5), [], 'no schema errors');
    assert.equal(validation.valid, true);
  });

  it('describes every rule in tool.driver.rules', () => {
    const rules = log.runs[0].tool.driver.rules;
    assert.equal(log.runs[0].tool.driver.name, 'postlint');
    assert.deepEqual(rules.map((rule) => rule.id).sort(), [...RULE_IDS].sort());
    assert.equal(rules.find((rule) => rule.id === 'frontmatter')?.defaultConfiguration.level, 'error');
  });

  it('links each rule to its docs page shipped next to the CLI, where the page exists', () => {
    for (const rule of log.runs[0].tool.driver.rules) {
      const page = path.join(ROOT, 'dist', 'docs', `${rule.id}.md`);
      if (fs.existsSync(path.join(ROOT, 'rules', 'docs', `${rule.id}.md`))) {
        assert.equal(rule.helpUri, pathToFileURL(page).href, `${rule.id} links its docs`);
      }
      if (rule.helpUri) assert.ok(fs.existsSync(new URL(rule.helpUri)), `${rule.helpUri} exists`);
    }
  });

  it('reports 1-based regions and paths relative to %SRCROOT%', () => {
    const run = log.runs[0];
    assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, pathToFileURL(dir).href + '/');
    const typo = run.results.find((entry) => entry.ruleId === 'frontmatter');
    assert.ok(typo);
    assert.equal(typo.level, 'error');
    assert.ok(typo.message.text.includes('instagarm'));
    const location = typo.locations[0].physicalLocation;
    assert.deepEqual(location.artifactLocation, { uri: 'posts/typo.post.md', uriBaseId: '%SRCROOT%' });
    assert.deepEqual(location.region, { startLine: 2, startColumn: 22, endLine: 2, endColumn: 31 });
  });

  it('maps warnings to level warning and carries safe fixes', () => {
    const hashtag = log.runs[0].results.find((entry) => entry.ruleId === 'facebook-hashtags');
    assert.ok(hashtag, 'facebook-hashtags reports #Sommerfest');
    assert.equal(hashtag.level, 'warning');
    assert.equal(hashtag.fixes?.length, 1);
  });
});

describe('cli: --format sarif without findings', () => {
  it('is a valid log with an empty result list', () => {
    const dir = makeTree({ 'clean.post.md': CLEAN_POST });
    const result = runCli(['--format', 'sarif', 'clean.post.md'], { cwd: dir });
    assert.equal(result.code, 0, result.stderr);
    const log = JSON.parse(result.stdout) as { runs: Array<{ results: unknown[] }> };
    assert.equal(new Validator(SARIF_SCHEMA, '4', false).validate(log).valid, true);
    assert.deepEqual(log.runs[0].results, []);
  });
});

describe('cli: --format github', () => {
  const dir = makeTree({ 'a,b.post.md': TYPO_CHANNEL_POST, 'percent.post.md': PERCENT_KEY_POST, 'fb.post.md': FACEBOOK_HASHTAG_POST });

  it('prints one workflow command per finding with 1-based positions', () => {
    const result = runCli(['--format', 'github', '--locale', 'en', 'a,b.post.md'], { cwd: dir });
    assert.equal(result.code, 1);
    const lines = result.stdout.trimEnd().split('\n').filter((line) => line.includes('postlint(frontmatter)'));
    assert.equal(lines.length, 1);
    assert.match(lines[0], /^::error file=a%2Cb\.post\.md,line=2,col=22,endLine=2,endColumn=31,title=postlint\(frontmatter\)::.*instagarm/);
  });

  it('uses warning for warnings', () => {
    const result = runCli(['--format', 'github', 'fb.post.md'], { cwd: dir });
    assert.match(result.stdout, /^::warning file=fb\.post\.md,line=4,col=24,endLine=4,endColumn=35,title=postlint\(facebook-hashtags\)::/m);
  });

  it('escapes % in messages', () => {
    const result = runCli(['--format', 'github', 'percent.post.md'], { cwd: dir });
    const line = result.stdout.split('\n').find((candidate) => candidate.includes('postlint(frontmatter)'));
    assert.ok(line, result.stdout);
    assert.ok(line.includes('50%25: off'), line);
    assert.ok(!/%(?![0-9A-F]{2})/.test(line), 'every % is an escape');
  });
});

describe('cli: --format stylish', () => {
  const dir = makeTree({ 'typo.post.md': TYPO_CHANNEL_POST, 'fb.post.md': FACEBOOK_HASHTAG_POST });

  it('groups findings under the file with line:col, severity, message and rule id', () => {
    const result = runCli(['typo.post.md'], { cwd: dir });
    assert.equal(result.code, 1);
    const lines = result.stdout.split('\n');
    assert.equal(lines[0], 'typo.post.md');
    assert.match(result.stdout, /^ {2}2:22 {2}error {2}.*instagarm.* {2}frontmatter$/m);
    assert.match(result.stdout, /^✖ \d+ problems? \(1 error, \d+ warnings?/m);
  });

  it('counts the problems --fix can fix', () => {
    const result = runCli(['fb.post.md'], { cwd: dir });
    assert.match(result.stdout, /facebook-hashtags/);
    assert.match(result.stdout, /^ {2}1 problem fixable with --fix\.$/m);
  });

  it('has no colours in a pipe, colours with FORCE_COLOR, none with NO_COLOR', () => {
    assert.ok(!runCli(['typo.post.md'], { cwd: dir }).stdout.includes('\u001b['));
    assert.ok(runCli(['typo.post.md'], { cwd: dir, env: { FORCE_COLOR: '1' } }).stdout.includes('\u001b[31merror'));
    assert.ok(!runCli(['typo.post.md'], { cwd: dir, env: { NO_COLOR: '1' } }).stdout.includes('\u001b['));
  });

  it('never colours machine formats', () => {
    const result = runCli(['--format', 'json', 'typo.post.md'], { cwd: dir, env: { FORCE_COLOR: '1' } });
    assert.doesNotThrow(() => JSON.parse(result.stdout));
  });
});
