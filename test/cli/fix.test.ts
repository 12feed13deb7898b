// --fix writes every safe fix (SPEC §3: "Fix All and --fix apply safe fixes until nothing fixable
// is left"), never a suggestion, and reports what is left.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { CLEAN_POST, FACEBOOK_HASHTAG_FIXED, FACEBOOK_HASHTAG_POST, makeTree, parseJsonReport, runCli, TYPO_CHANNEL_POST } from './helpers';

const SHOUTING_POST = `---
channels: [facebook]
lang: en
---
Our summer party starts at six today!!! Everyone is welcome.
`;

describe('cli: --fix', () => {
  it('writes the safe fix of a fixable post and reports nothing fixable afterwards', () => {
    const dir = makeTree({ 'fb.post.md': FACEBOOK_HASHTAG_POST });
    const result = runCli(['--fix', '--format', 'json', 'fb.post.md'], { cwd: dir });
    assert.equal(fs.readFileSync(path.join(dir, 'fb.post.md'), 'utf8'), FACEBOOK_HASHTAG_FIXED);
    const report = parseJsonReport(result.stdout);
    assert.deepEqual(report[0].diagnostics.filter((d) => d.fixable), []);
    assert.ok(!report[0].diagnostics.some((d) => d.rule === 'facebook-hashtags'));
    assert.equal(result.code, 0, result.stderr);
  });

  it('collapses runs of !!! (tone) without touching the words', () => {
    const dir = makeTree({ 'party.post.md': SHOUTING_POST });
    runCli(['--fix', 'party.post.md'], { cwd: dir });
    const fixed = fs.readFileSync(path.join(dir, 'party.post.md'), 'utf8');
    assert.ok(!fixed.includes('!!!'), fixed);
    assert.equal(fixed.replace(/[!]+/g, '!'), SHOUTING_POST.replace(/[!]+/g, '!'), 'only the exclamation marks change');
  });

  it('never applies a suggestion and reports the finding that is left', () => {
    const dir = makeTree({ 'typo.post.md': TYPO_CHANNEL_POST });
    const result = runCli(['--fix', '--format', 'json', 'typo.post.md'], { cwd: dir });
    assert.equal(fs.readFileSync(path.join(dir, 'typo.post.md'), 'utf8'), TYPO_CHANNEL_POST, '`instagarm` stays: its did-you-mean is a suggestion');
    assert.equal(result.code, 1);
    assert.ok(parseJsonReport(result.stdout)[0].diagnostics.some((d) => d.rule === 'frontmatter'));
  });

  it('fixes every file of a folder, and a second run changes nothing', () => {
    const dir = makeTree({ 'posts/fb.post.md': FACEBOOK_HASHTAG_POST, 'posts/clean.post.md': CLEAN_POST, 'posts/sub/fb.post.md': FACEBOOK_HASHTAG_POST });
    runCli(['--fix', 'posts'], { cwd: dir });
    const read = () => ['fb.post.md', 'clean.post.md', 'sub/fb.post.md'].map((file) => fs.readFileSync(path.join(dir, 'posts', file), 'utf8'));
    const first = read();
    assert.deepEqual(first, [FACEBOOK_HASHTAG_FIXED, CLEAN_POST, FACEBOOK_HASHTAG_FIXED]);
    const mtimes = ['fb.post.md', 'clean.post.md'].map((file) => fs.statSync(path.join(dir, 'posts', file)).mtimeMs);
    const second = runCli(['--fix', 'posts'], { cwd: dir });
    assert.equal(second.code, 0, second.stdout + second.stderr);
    assert.deepEqual(read(), first);
    assert.deepEqual(['fb.post.md', 'clean.post.md'].map((file) => fs.statSync(path.join(dir, 'posts', file)).mtimeMs), mtimes, 'unchanged files are not rewritten');
  });

  it('keeps a byte-order mark and CRLF line ends', () => {
    const crlf = `\uFEFF${FACEBOOK_HASHTAG_POST.replace(/\n/g, '\r\n')}`;
    const dir = makeTree({ 'fb.post.md': crlf });
    runCli(['--fix', 'fb.post.md'], { cwd: dir });
    assert.equal(fs.readFileSync(path.join(dir, 'fb.post.md'), 'utf8'), `\uFEFF${FACEBOOK_HASHTAG_FIXED.replace(/\n/g, '\r\n')}`);
  });

  it('without --fix leaves files alone', () => {
    const dir = makeTree({ 'fb.post.md': FACEBOOK_HASHTAG_POST });
    runCli(['fb.post.md'], { cwd: dir });
    assert.equal(fs.readFileSync(path.join(dir, 'fb.post.md'), 'utf8'), FACEBOOK_HASHTAG_POST);
  });
});
