// The engine loads only the parts of its packages that a run needs (build.mjs, rules/post/yaml.ts,
// rules/text/twitter-text.ts): yaml, tinyld and tinyglobby are bundles of their own, required on
// first use, and of twitter-text only the modules the engine calls are bundled. Checked on the
// bundles as shipped: what they load at start-up, that the separate bundles work when a post needs
// them, and that the twitter-text modules are the very functions the package's index exports.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import twitter from 'twitter-text';
import * as parts from '../../rules/text/twitter-text';
import { CLI, makeTree, parseJsonReport, ROOT, runCli } from './helpers';

const LAZY_BUNDLES = ['yaml.js', 'tinyld.js', 'tinyglobby.js'];
// Names that only the code of those packages (or of twitter-text's unused parts) holds.
const NOT_IN_ENGINE = ['YAMLParseError', 'picomatch', 'autoLinkEntities', 'htmlEscape'];

/** The files of dist/ that requiring `bundle` loads, as names relative to dist/. */
function loadedAtStart(bundle: string): string[] {
  const script = `require(${JSON.stringify(path.join(ROOT, 'dist', bundle))}); process.stdout.write(JSON.stringify(Object.keys(require.cache)));`;
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(result.status, 0, result.stderr);
  const dist = path.join(ROOT, 'dist') + path.sep;
  return (JSON.parse(result.stdout) as string[]).filter((file) => file.startsWith(dist)).map((file) => file.slice(dist.length));
}

describe('packages loaded on first use', () => {
  for (const bundle of ['cli-engine.js', 'engine.js']) {
    it(`dist/${bundle} starts without yaml, tinyld and tinyglobby`, () => {
      const loaded = loadedAtStart(bundle);
      assert.ok(loaded.includes(bundle), `${bundle} itself was not loaded: ${loaded.join(', ')}`);
      for (const lazy of LAZY_BUNDLES) assert.ok(!loaded.includes(lazy), `${bundle} loaded ${lazy} at start-up`);
      const source = fs.readFileSync(path.join(ROOT, 'dist', bundle), 'utf8');
      for (const name of NOT_IN_ENGINE) assert.ok(!source.includes(name), `${bundle} holds ${name}: a package was bundled into it`);
    });
  }

  it('frontmatter the fast reader leaves to yaml is read by dist/yaml.js', () => {
    // A nested map and an anchor: only yaml reads them; `channels` must still be found, and the
    // unknown key reported where it is.
    const post = ['---', 'channels: &c [facebook]', 'extra:', '  nested: true', '---', 'Hallo #Welt, schön dass du da bist.', ''].join('\n');
    const folder = makeTree({ 'a.post.md': post });
    const result = runCli(['--format', 'json', 'a.post.md'], { cwd: folder });
    assert.equal(result.stderr, '');
    const [entry] = parseJsonReport(result.stdout);
    const rules = entry!.diagnostics.map((diagnostic) => diagnostic.rule);
    assert.ok(rules.includes('facebook-hashtags'), `channels not read: ${rules.join(', ')}`);
    assert.ok(rules.includes('frontmatter'), `unknown key not reported: ${rules.join(', ')}`);
  });

  it('a glob is expanded by dist/tinyglobby.js', () => {
    const folder = makeTree({ 'posts/a.post.md': 'Hallo!\n', 'posts/b.post.md': 'Hallo!\n', 'posts/c.txt': 'Hallo!\n' });
    const result = spawnSync(process.execPath, [CLI, '--format', 'json', 'posts/*.post.md'], { cwd: folder, encoding: 'utf8', timeout: 60_000 });
    assert.equal(result.stderr, '');
    assert.deepEqual(parseJsonReport(result.stdout).map((entry) => entry.file).sort(), ['posts/a.post.md', 'posts/b.post.md']);
  });
});

describe('twitter-text modules', () => {
  it("are the functions and expressions of the package's index", () => {
    assert.equal(parts.extractUrlsWithIndices, twitter.extractUrlsWithIndices);
    assert.equal(parts.regexen, twitter.regexen);
    const index = twitter as unknown as Record<string, unknown>;
    assert.equal(parts.extractMentionsOrListsWithIndices, index.extractMentionsOrListsWithIndices);
    assert.equal(parts.extractCashtagsWithIndices, index.extractCashtagsWithIndices);
    assert.equal(parts.removeOverlappingEntities, index.removeOverlappingEntities);
    assert.equal(parts.configs, index.configs);
  });
});
