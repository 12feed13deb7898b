// Exit codes (SPEC §7): 0 no errors, 1 errors found, 2 usage, configuration or input error; plus
// --help, --version and the one-line errors for things a user gets wrong.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { CLEAN_POST, makeTree, ROOT, runCli, TYPO_CHANNEL_POST } from './helpers';

describe('cli: exit codes', () => {
  const dir = makeTree({
    'clean.post.md': CLEAN_POST,
    'typo.post.md': TYPO_CHANNEL_POST,
    'image.post.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
    'latin1.post.md': Buffer.from('Gr\xfc\xdfe aus K\xf6ln', 'latin1'),
  });

  it('exits 0 for a post without errors, and prints nothing in stylish', () => {
    const result = runCli(['clean.post.md'], { cwd: dir });
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, '');
    assert.equal(result.stderr, '');
  });

  it('exits 1 when a post has an error', () => {
    const result = runCli(['typo.post.md'], { cwd: dir });
    assert.equal(result.code, 1, result.stderr);
    assert.match(result.stdout, /frontmatter/);
  });

  it('exits 1 when any of several posts has an error', () => {
    assert.equal(runCli(['clean.post.md', 'typo.post.md'], { cwd: dir }).code, 1);
  });

  it('prints usage to stderr and exits 2 without arguments', () => {
    const result = runCli([], { cwd: dir });
    assert.equal(result.code, 2);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /^Usage: postlint/);
  });

  it('--help prints usage to stdout and exits 0', () => {
    const result = runCli(['--help'], { cwd: dir });
    assert.equal(result.code, 0);
    assert.match(result.stdout, /^Usage: postlint/);
    for (const option of ['--format', '--fix', '--channel', '--config', '--stdin', '--stdin-filename', '--max-warnings', '--locale']) {
      assert.ok(result.stdout.includes(option), `help names ${option}`);
    }
  });

  it('--version prints the package version', () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const result = runCli(['--version'], { cwd: dir });
    assert.equal(result.code, 0);
    assert.equal(result.stdout, `${version}\n`);
  });

  it('a missing file is a one-line error with exit 2', () => {
    const result = runCli(['clean.post.md', 'x.post.md'], { cwd: dir });
    assert.equal(result.code, 2);
    assert.equal(result.stderr, "postlint: cannot read 'x.post.md': no such file\n");
    assert.equal(result.stdout, '', 'nothing is linted when an argument is wrong');
  });

  it('a binary file named explicitly is reported, not linted, and not a crash', () => {
    const result = runCli(['image.post.md', 'typo.post.md', '--format', 'json'], { cwd: dir });
    assert.equal(result.code, 2);
    // Where the first NUL byte is: right after the PNG signature's second line feed.
    assert.equal(result.stderr, 'postlint: image.post.md:3:1: binary file (a NUL byte), not a text post\n');
    const report = JSON.parse(result.stdout) as Array<{ file: string }>;
    assert.deepEqual(report.map((entry) => entry.file), ['typo.post.md'], 'the other files are still reported');
  });

  it('a file that is not UTF-8 is reported with exit 2, at the first bad byte', () => {
    const result = runCli(['latin1.post.md'], { cwd: dir });
    assert.equal(result.code, 2);
    assert.equal(result.stderr, 'postlint: latin1.post.md:1:3: not UTF-8 text (byte 0xFC); save the post as UTF-8\n');
  });

  it('an unknown option exits 2 with a did-you-mean', () => {
    const result = runCli(['--formt', 'json', 'clean.post.md'], { cwd: dir });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /unknown option '--formt' — did you mean '--format'\?/);
  });

  it('an unknown format exits 2', () => {
    const result = runCli(['--format', 'xml', 'clean.post.md'], { cwd: dir });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /unknown format 'xml'/);
  });

  it('an option without its value exits 2', () => {
    const result = runCli(['clean.post.md', '--format'], { cwd: dir });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /option '--format' needs a value/);
  });

  it('--max-warnings needs a number', () => {
    const result = runCli(['--max-warnings', 'many', 'clean.post.md'], { cwd: dir });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /--max-warnings/);
  });

  it('an unknown locale exits 2', () => {
    const result = runCli(['--locale', 'fr', 'clean.post.md'], { cwd: dir });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /unknown locale 'fr'/);
  });
});
