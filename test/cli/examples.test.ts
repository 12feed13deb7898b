// The bundled examples show what examples/README.md says they show: each rule fires in at least
// one example and stays quiet in at least one other, and the good posts have nothing to fix.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parseJsonReport, ROOT, runCli } from './helpers';

interface Expectation {
  fires: string[];
  quiet: string[];
  /** A good post: no errors or warnings at all (hints and infos allowed). */
  clean?: boolean;
}

const EXPECTED: Record<string, Expectation> = {
  'engineering-on-tap-tomorrow': { fires: ['facebook-hashtags'], quiet: ['length', 'hashtag-count'] },
  'engineering-on-tap-today': { fires: [], quiet: ['length', 'address-form', 'sign-off'] },
  'twitter-release-too-long': { fires: ['length'], quiet: ['hashtag-count'] },
  'instagram-launch-link-in-caption': { fires: ['instagram-links'], quiet: ['hashtag-count'] },
  'instagram-too-many-hashtags': { fires: ['hashtag-count'], quiet: ['instagram-links'] },
  'linkedin-styled-unicode': { fires: ['styled-unicode'], quiet: ['hashtag-count'] },
  'facebook-markdown-formatting': { fires: ['markdown'], quiet: ['facebook-hashtags'] },
  'reply-missing-signoff': { fires: ['sign-off'], quiet: ['customer-data', 'address-form', 'tone'] },
  'reply-signed-off': { fires: [], quiet: ['sign-off', 'address-form', 'customer-data'], clean: true },
  'reply-asks-for-customer-number': { fires: ['customer-data'], quiet: ['sign-off'] },
  'reply-refers-to-customer-care': { fires: [], quiet: ['customer-data', 'sign-off'], clean: true },
  'reply-mirrors-sie': { fires: [], quiet: ['address-form', 'sign-off'], clean: true },
  'reply-mixes-du-and-sie': { fires: ['address-form'], quiet: ['sign-off'] },
  'competitor-bashing': { fires: ['competitor'], quiet: ['length'] },
  'competitor-congratulations': { fires: [], quiet: ['competitor', 'tone'], clean: true },
  'rude-reply-shouting': { fires: ['tone'], quiet: ['sign-off'] },
  'frontmatter-typos': { fires: ['frontmatter'], quiet: [] },
  'mastodon-release-notes': { fires: [], quiet: ['length', 'markdown'], clean: true },
  'bluesky-event-teaser': { fires: [], quiet: ['length', 'tone', 'styled-unicode'], clean: true },
  'threads-behind-the-scenes': { fires: [], quiet: ['hashtag-count', 'length'], clean: true },
};

const ALL_RULES = [
  'length', 'facebook-hashtags', 'hashtag-count', 'sign-off', 'customer-data', 'address-form',
  'competitor', 'tone', 'markdown', 'instagram-links', 'styled-unicode', 'frontmatter',
];

describe('cli: examples/', () => {
  const result = runCli(['--format', 'json', '--locale', 'en', 'examples/'], { cwd: ROOT });
  const report = parseJsonReport(result.stdout);
  const diagnosticsOf = (name: string) => report.find((entry) => entry.file === path.join('examples', `${name}.post.md`))?.diagnostics;

  it('lints every example, and exits 1 because some contain errors', () => {
    assert.equal(result.code, 1, result.stderr);
    const files = fs.readdirSync(path.join(ROOT, 'examples')).filter((file) => file.endsWith('.post.md')).map((file) => file.slice(0, -'.post.md'.length));
    assert.deepEqual(files.sort(), Object.keys(EXPECTED).sort(), 'every example has its expectation here');
    assert.equal(report.length, files.length);
  });

  it('together show every rule firing and staying quiet', () => {
    const fires = new Set(Object.values(EXPECTED).flatMap((expectation) => expectation.fires));
    const quiet = new Set(Object.values(EXPECTED).flatMap((expectation) => expectation.quiet));
    assert.deepEqual([...fires].sort(), [...ALL_RULES].sort());
    assert.deepEqual([...quiet, 'frontmatter'].sort(), [...ALL_RULES].sort());
  });

  it('mentions every example in examples/README.md', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'examples', 'README.md'), 'utf8');
    for (const name of Object.keys(EXPECTED)) assert.ok(readme.includes(`\`${name}.post.md\``), name);
  });

  for (const [name, expectation] of Object.entries(EXPECTED)) {
    it(name, () => {
      const diagnostics = diagnosticsOf(name);
      assert.ok(diagnostics, `${name} is in the report`);
      const rules = new Set(diagnostics.map((diagnostic) => diagnostic.rule));
      for (const rule of expectation.fires) assert.ok(rules.has(rule), `${rule} fires in ${name}`);
      const quiet = name === 'frontmatter-typos' ? expectation.quiet : [...expectation.quiet, 'frontmatter'];
      for (const rule of quiet) {
        assert.ok(!rules.has(rule), `${rule} stays quiet in ${name}: ${diagnostics.filter((d) => d.rule === rule).map((d) => d.message).join(' | ')}`);
      }
      if (expectation.clean) {
        const loud = diagnostics.filter((diagnostic) => diagnostic.severity === 'error' || diagnostic.severity === 'warning');
        assert.deepEqual(loud.map((diagnostic) => `${diagnostic.rule}: ${diagnostic.message}`), [], `${name} is a good post`);
      }
    });
  }
});
