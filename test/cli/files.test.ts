// Which files a run lints (SPEC §7): a folder means every *.post.md below it, skipping
// node_modules and dot-folders; a file named explicitly is linted whatever its name; globs expand.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { CLEAN_POST, makeTree, parseJsonReport, runCli, TYPO_CHANNEL_POST } from './helpers';

describe('cli: file discovery', () => {
  const dir = makeTree({
    'posts/a.post.md': CLEAN_POST,
    'posts/2025/b.post.md': CLEAN_POST,
    'posts/2025/deep/c.post.md': TYPO_CHANNEL_POST,
    'posts/node_modules/pkg/d.post.md': TYPO_CHANNEL_POST,
    'posts/.drafts/e.post.md': TYPO_CHANNEL_POST,
    'posts/notes.md': CLEAN_POST,
    'posts/readme.txt': 'not a post',
    'empty/readme.md': '# nothing here',
    '.hidden/f.post.md': CLEAN_POST,
  });
  const files = (args: string[]) => parseJsonReport(runCli(['--format', 'json', ...args], { cwd: dir }).stdout).map((entry) => entry.file);
  const p = (...parts: string[]) => path.join(...parts);

  it('lints every *.post.md below a folder, skipping node_modules and dot-folders', () => {
    assert.deepEqual(files(['posts']), [p('posts', '2025', 'b.post.md'), p('posts', '2025', 'deep', 'c.post.md'), p('posts', 'a.post.md')]);
  });

  it('lints the working folder with "."', () => {
    assert.deepEqual(files(['.']), [p('posts', '2025', 'b.post.md'), p('posts', '2025', 'deep', 'c.post.md'), p('posts', 'a.post.md')]);
  });

  it('lints a dot-folder that is named explicitly', () => {
    assert.deepEqual(files(['.hidden']), [p('.hidden', 'f.post.md')]);
  });

  it('lints a file named explicitly whatever its name', () => {
    const result = runCli(['--format', 'json', 'posts/notes.md'], { cwd: dir });
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(parseJsonReport(result.stdout).map((entry) => entry.file), [p('posts', 'notes.md')]);
  });

  it('lints each file once when named twice', () => {
    assert.deepEqual(files(['posts/a.post.md', 'posts', './posts/a.post.md']), [
      p('posts', 'a.post.md'),
      p('posts', '2025', 'b.post.md'),
      p('posts', '2025', 'deep', 'c.post.md'),
    ]);
  });

  it('expands globs', () => {
    assert.deepEqual(files(['posts/**/*.post.md']), [p('posts', '2025', 'b.post.md'), p('posts', '2025', 'deep', 'c.post.md'), p('posts', 'a.post.md')]);
    assert.deepEqual(files(['posts/*.md']), [p('posts', 'a.post.md'), p('posts', 'notes.md')]);
  });

  it('exits 2 when a glob matches nothing', () => {
    const result = runCli(['posts/**/*.tweet'], { cwd: dir });
    assert.equal(result.code, 2);
    assert.equal(result.stderr, "postlint: no files match 'posts/**/*.tweet'\n");
  });

  it('exits 2 for a folder without posts', () => {
    const result = runCli(['empty'], { cwd: dir });
    assert.equal(result.code, 2);
    assert.equal(result.stderr, "postlint: no *.post.md files in 'empty'\n");
  });

  it('does not follow symbolic links below a folder: no loops, no post twice', () => {
    const linked = makeTree({ 'posts/a.post.md': CLEAN_POST });
    fs.symlinkSync('..', path.join(linked, 'posts', 'up'), 'dir');
    fs.symlinkSync('a.post.md', path.join(linked, 'posts', 'same.post.md'), 'file');
    const result = runCli(['--format', 'json', 'posts'], { cwd: linked });
    assert.deepEqual(parseJsonReport(result.stdout).map((entry) => entry.file), [p('posts', 'a.post.md')]);
  });

  it('shows paths relative to the working folder', () => {
    const result = runCli(['--format', 'json', path.join(dir, 'posts', 'a.post.md')], { cwd: path.join(dir, 'posts', '2025') });
    assert.deepEqual(parseJsonReport(result.stdout).map((entry) => entry.file), [p('..', 'a.post.md')]);
  });
});
