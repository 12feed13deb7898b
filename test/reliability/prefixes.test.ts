// Every prefix of every fixture and example, as a writer types it code point by code point: the
// frontmatter half-open, a note not yet closed, a URL cut off after "https:/", half a ZWJ emoji.
// Each lints without an exception or a failing rule, with every range inside the text
// (test/reliability/invariants.ts). Long files: every prefix up to 2,000 characters, then every 10th.
// Linted as the editor does while typing (diagnostics: no suggestions; the fuzzer covers those).

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parseConfig, type PostlintConfig } from '../../rules';
import { checkDocument, describeFigures, newFigures } from './invariants';

const ROOT = path.resolve(__dirname, '../../..');
const EVERY_PREFIX_UP_TO = 2000;
const STEP_AFTER = 10;

interface Source {
  name: string;
  text: string;
  config: PostlintConfig;
}

function sources(): Source[] {
  const found: Source[] = [];
  const fixtures = path.join(ROOT, 'test/fixtures');
  for (const rule of fs.readdirSync(fixtures).sort()) {
    const folder = path.join(fixtures, rule);
    for (const file of fs.readdirSync(folder).sort()) {
      if (!file.endsWith('.post.md')) continue;
      const configFile = path.join(folder, `${file.replace(/(\.fixed)?\.post\.md$/, '')}.config.json`);
      const config = fs.existsSync(configFile) ? parseConfig(fs.readFileSync(configFile, 'utf8')).config : {};
      found.push({ name: `${rule}/${file}`, text: fs.readFileSync(path.join(folder, file), 'utf8'), config });
    }
  }
  const examples = path.join(ROOT, 'examples');
  const exampleConfig = fs.existsSync(path.join(examples, '.postlintrc.json')) ? parseConfig(fs.readFileSync(path.join(examples, '.postlintrc.json'), 'utf8')).config : {};
  for (const file of fs.readdirSync(examples).sort()) {
    if (file.endsWith('.post.md')) found.push({ name: `examples/${file}`, text: fs.readFileSync(path.join(examples, file), 'utf8'), config: exampleConfig });
  }
  return found;
}

/** Where a writer's text stands after each keystroke: code point boundaries, thinned out past the limit. */
function prefixEnds(text: string): number[] {
  const ends: number[] = [];
  let offset = 0;
  for (const char of text) {
    offset += char.length;
    if (offset <= EVERY_PREFIX_UP_TO || ends.length % STEP_AFTER === 0 || offset === text.length) ends.push(offset);
  }
  return ends;
}

describe('every prefix of every fixture and example', () => {
  it('lints without error, every range inside the prefix', () => {
    const all = sources();
    assert.ok(all.length > 100, `${all.length} fixtures and examples`);
    const figures = newFigures();
    for (const source of all) {
      for (const end of prefixEnds(source.text)) {
        const prefix = source.text.slice(0, end);
        try {
          checkDocument(prefix, { config: source.config, suggestions: false, fixAll: false }, figures);
        } catch (error) {
          throw new Error(`${source.name}, first ${end} characters ${JSON.stringify(prefix.slice(-40))}: ${(error as Error).message}`);
        }
      }
    }
    console.log(`prefixes: ${all.length} files; ${describeFigures(figures)}`);
  });
});
