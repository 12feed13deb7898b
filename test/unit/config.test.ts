// .postlintrc.json: JSONC, schema validation with positions and suggestions, precedence.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint, mergeConfigs, parseConfig } from '../../rules';

describe('config files', () => {
  it('accepts comments and trailing commas', () => {
    const loaded = parseConfig('{\n  // team settings\n  "signOff": "^SeSe",\n  "channels": ["x"],\n}');
    assert.deepEqual(loaded.problems, []);
    assert.equal(loaded.config.signOff, '^SeSe');
  });

  it('reports invalid JSON with line and column, and falls back to the defaults', () => {
    const loaded = parseConfig('{\n  "signOff": "^SeSe"\n  "channels": []\n}');
    assert.equal(loaded.problems.length > 0, true);
    assert.deepEqual([loaded.problems[0].line, loaded.problems[0].character], [2, 2]);
    assert.deepEqual(loaded.config, {});
  });

  it('suggests the closest key for a misspelt setting, also inside sections and rule options', () => {
    const messages = (text: string) => parseConfig(text).problems.map((problem) => problem.message);
    assert.match(messages('{"signof": "x"}')[0], /`signOff`/);
    assert.match(messages('{"customerData": {"referal": "x"}}')[0], /`referral`/);
    assert.match(messages('{"channels": ["instagarm"]}')[0], /`instagram`/);
    const options = messages('{"rules": {"hashtag-count": ["error", {"instagramMaxx": 3}]}}');
    assert.equal(options.length, 1, 'one problem, not the summary of the alternatives');
    assert.match(options[0], /`instagramMax`/);
  });

  it('reports word-list entries over 100 characters and ignores only them', () => {
    const long = 'a '.repeat(60).trim();
    const text = JSON.stringify({ signOff: '^SeSe', competitors: ['Telekom', long], words: { rude: [long, 'Mist'], allowed: ['OK'] } });
    const loaded = parseConfig(text);
    assert.equal(loaded.problems.length, 2, 'one problem per over-long entry');
    for (const problem of loaded.problems) assert.equal(text.slice(problem.start, problem.end), JSON.stringify(long));
    assert.deepEqual(loaded.config.competitors, ['Telekom']);
    assert.deepEqual(loaded.config.words, { rude: ['Mist'], allowed: ['OK'] });
    assert.equal(loaded.config.signOff, '^SeSe', 'the rest of the config applies');
    // An entry of exactly 100 characters is fine.
    assert.deepEqual(parseConfig(JSON.stringify({ competitors: ['x'.repeat(100)] })).problems, []);
    // Any other problem still falls back to the defaults.
    assert.deepEqual(parseConfig(JSON.stringify({ competitors: [long], signOff: 3 })).config, {});
  });

  it('points at the offending value', () => {
    const text = '{"rules": {"tone": [ "warning", { "shouting": 1 } ]}}';
    const [problem] = parseConfig(text).problems;
    assert.equal(text.slice(problem.start, problem.end), '1');
  });

  it('frontmatter wins over the file, the file over editor settings', () => {
    const settings = { signOff: '^Editor', channels: ['facebook'] };
    const file = { signOff: '^File' };
    const merged = mergeConfigs(settings, file);
    assert.equal(merged.signOff, '^File');
    assert.deepEqual(merged.channels, ['facebook']);
    const post = '---\nchannels: [x]\nsignoff: ^Front\n---\n@kunde Danke!';
    const result = lint(post, { config: merged });
    assert.equal(result.settings.signOff, '^Front');
    assert.deepEqual(result.settings.channels.map((channel) => channel.id), ['twitter']);
  });
});
