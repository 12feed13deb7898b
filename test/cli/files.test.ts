// Which files a run lints (SPEC §7): a folder means every *.post.md below it, skipping
// node_modules and dot-folders; a file named explicitly is linted whatever its name; globs expand.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { displayPath, folderOf, normalizedPath, POST_PATTERN, postsBelow, search } from '../../server/cli/files';
import { SEED } from '../support/arbitraries';
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

describe('cli: walking a folder', () => {
  it('finds what the glob of posts finds', async () => {
    const names = ['a.post.md', 'B.POST.MD', 'c.post.md.bak', '.d.post.md', 'e f.post.md', 'ü[1]{x}*?.post.md', '.post.md', 'post.md', 'g.post.mdx'];
    const tree: Record<string, string> = {};
    for (const folder of ['', 'x/', 'x/y z/', '.hidden/', 'node_modules/', 'x/node_modules/', 'x/.git/', 'n[o]de/', 'a.post.md.d/', 'x/y z/w/v/']) {
      for (const name of names) tree[`root/${folder}${name}`] = CLEAN_POST;
    }
    tree['root/empty/readme.md'] = 'nothing';
    const dir = makeTree(tree);
    const root = path.join(dir, 'root');
    fs.mkdirSync(path.join(root, 'folder.post.md'));
    fs.symlinkSync('a.post.md', path.join(root, 'link.post.md'), 'file');
    fs.symlinkSync('x', path.join(root, 'linked-folder'), 'dir');
    fs.symlinkSync('missing.post.md', path.join(root, 'dangling.post.md'), 'file');
    const walked = postsBelow(root);
    assert.deepEqual(walked, await search(POST_PATTERN, root));
    // The tree must hold posts in several folders, or the comparison says little.
    assert.ok(walked.length >= 15, `${walked.length} posts`);
  });
});

describe('cli: names of files in reports', () => {
  it('names a file as path.relative does, and keeps an absolute path outside the working folder', () => {
    // Absolute paths of odd segments: dot segments, doubled and trailing separators, dot-names.
    const segment = fc.constantFrom('a', 'b', 'posts', '.', '..', '', '.drafts', '..x', 'a.post.md');
    const absolute = fc.array(segment, { maxLength: 5 }).map((segments) => path.sep + segments.join(path.sep));
    const byPathRelative = (file: string, cwd: string) => {
      const relative = path.relative(cwd, file);
      return relative === '' || path.isAbsolute(relative) ? file : relative;
    };
    let below = 0;
    fc.assert(
      fc.property(absolute, absolute, (cwd, rest) => {
        // Often a file below the working folder, as discovery finds them.
        for (const file of [rest, cwd + rest, path.join(cwd, rest)]) {
          if (file.startsWith(cwd + path.sep) && !byPathRelative(file, cwd).startsWith('..')) below++;
          assert.equal(displayPath(file, cwd), byPathRelative(file, cwd), JSON.stringify({ file, cwd }));
        }
      }),
      { seed: SEED, numRuns: 3000 },
    );
    assert.ok(below > 1000, `${below} files below the working folder`);
  });
});

describe('cli: folders of files', () => {
  it('names the folder of a path as path.dirname does', () => {
    const segment = fc.constantFrom('a', 'posts', '.', '..', '', '.drafts', 'a.post.md', '...');
    const absolute = fc.array(segment, { maxLength: 6 }).map((segments) => path.sep + segments.join(path.sep));
    let plain = 0;
    fc.assert(
      fc.property(absolute, (file) => {
        if (normalizedPath(file) === file && file.length > 1) plain++;
        assert.equal(folderOf(file), path.dirname(file), JSON.stringify(file));
      }),
      { seed: SEED, numRuns: 3000 },
    );
    // Paths as discovery finds them, which take the quick way, must be among the generated ones.
    assert.ok(plain > 500, `${plain} normal paths`);
  });
});

describe('cli: paths found by the search', () => {
  it('normalises an absolute path exactly as path.normalize does', () => {
    const segment = fc.constantFrom('a', 'posts', '.', '..', '', '.drafts', '..x', 'x..', '.a.', 'a.post.md', '...');
    const absolute = fc.array(segment, { maxLength: 6 }).map((segments) => path.sep + segments.join(path.sep));
    let changed = 0;
    fc.assert(
      fc.property(absolute, (file) => {
        const expected = path.normalize(file);
        if (expected !== file) changed++;
        assert.equal(normalizedPath(file), expected, JSON.stringify(file));
      }),
      { seed: SEED, numRuns: 3000 },
    );
    // The paths that need normalising are tried often, not only the clean ones.
    assert.ok(changed > 1000, `${changed} paths changed by normalising`);
  });
});
