// Inline control comments switch rules off and on (SPEC §3).

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../rules';

// The frontmatter rule reports unclosed notes, which makes it a convenient probe: a disable comment
// before an unclosed note must silence it.
const ruleIds = (text: string) => lint(text, { locale: 'en' }).findings.map((finding) => finding.ruleId);

describe('inline control comments', () => {
  it('postlint-disable without ids silences every rule after it', () => {
    assert.ok(ruleIds('Hallo\n<!-- unclosed').includes('frontmatter'));
    assert.ok(!ruleIds('<!-- postlint-disable -->\nHallo\n<!-- unclosed').includes('frontmatter'));
  });

  it('postlint-disable with an id silences only that rule', () => {
    assert.ok(!ruleIds('<!-- postlint-disable frontmatter -->\nHallo <!-- unclosed').includes('frontmatter'));
    assert.ok(ruleIds('<!-- postlint-disable tone -->\nHallo <!-- unclosed').includes('frontmatter'));
  });

  it('postlint-enable switches the rule back on', () => {
    const text = '<!-- postlint-disable frontmatter -->\nEins\n<!-- postlint-enable frontmatter -->\nZwei <!-- unclosed';
    assert.ok(ruleIds(text).includes('frontmatter'));
  });

  it('postlint-disable-next-line applies to the next line only', () => {
    assert.ok(!ruleIds('<!-- postlint-disable-next-line frontmatter -->\nHallo <!-- unclosed').includes('frontmatter'));
    assert.ok(ruleIds('<!-- postlint-disable-next-line frontmatter -->\nHallo\nWelt <!-- unclosed').includes('frontmatter'));
  });
});
