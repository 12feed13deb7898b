// Fixture tests (one folder per rule under test/fixtures/<rule-id>/):
//   <case>.post.md            the post, exactly as a writer would save it (no inline markers)
//   <case>.expected.json      the findings of that rule: rule id, message id, data, channel, range
//   <case>.fixed.post.md      for fixable findings: the text after Fix All, which re-lints with
//                             nothing fixable left
//   <case>.config.json        optional: a .postlintrc.json for the case
// Cases named `fires-*` must report, `passes-*` must not. Each rule has at least three of each.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { fixAll, lint, LineIndex, parseConfig, RULE_IDS, type Finding, type PostlintConfig } from '../../rules';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures');

interface ExpectedFinding {
  messageId: string;
  data?: Record<string, string | number>;
  channel?: string;
  severity?: string;
  start: [number, number];
  end: [number, number];
  fixable?: boolean;
  suggestions?: string[];
}

function caseConfig(dir: string, name: string): PostlintConfig {
  const file = path.join(dir, `${name}.config.json`);
  if (!fs.existsSync(file)) return {};
  const loaded = parseConfig(fs.readFileSync(file, 'utf8'), file);
  assert.deepEqual(loaded.problems, [], `config of ${name} is valid`);
  return loaded.config;
}

function describeFinding(finding: Finding, lines: LineIndex): ExpectedFinding {
  const start = lines.positionAt(finding.start);
  const end = lines.positionAt(finding.end);
  const described: ExpectedFinding = {
    messageId: finding.messageId,
    start: [start.line, start.character],
    end: [end.line, end.character],
  };
  return described;
}

for (const ruleId of RULE_IDS) {
  const dir = path.join(FIXTURES, ruleId);
  describe(`fixtures: ${ruleId}`, () => {
    const cases = fs.existsSync(dir)
      ? fs.readdirSync(dir).filter((file) => file.endsWith('.post.md') && !file.endsWith('.fixed.post.md')).map((file) => file.slice(0, -'.post.md'.length))
      : [];

    it('has at least three cases that fire and three that must not', () => {
      assert.ok(cases.filter((name) => name.startsWith('fires-')).length >= 3, `${ruleId}: fewer than 3 fires-* cases`);
      assert.ok(cases.filter((name) => name.startsWith('passes-')).length >= 3, `${ruleId}: fewer than 3 passes-* cases`);
    });

    for (const name of cases) {
      it(name, () => {
        const text = fs.readFileSync(path.join(dir, `${name}.post.md`), 'utf8');
        const config = caseConfig(dir, name);
        const result = lint(text, { config, locale: 'en' });
        assert.deepEqual(result.internalErrors, []);
        const lines = new LineIndex(text);
        const findings = result.findings.filter((finding) => finding.ruleId === ruleId);
        const expectedFile = path.join(dir, `${name}.expected.json`);
        const expected: ExpectedFinding[] = fs.existsSync(expectedFile) ? JSON.parse(fs.readFileSync(expectedFile, 'utf8')) : [];
        if (name.startsWith('passes-')) assert.equal(expected.length, 0, 'passes-* cases expect no findings');
        if (name.startsWith('fires-')) assert.ok(expected.length > 0, 'fires-* cases expect findings');

        // Compare only the fields the expectation names, so that fixtures stay readable.
        const actual = findings.map((finding) => {
          const described: ExpectedFinding = describeFinding(finding, lines);
          return { finding, described };
        });
        assert.equal(actual.length, expected.length, `number of ${ruleId} findings: ${JSON.stringify(actual.map((a) => [a.finding.messageId, a.finding.data, a.described.start]))}`);
        expected.forEach((want, index) => {
          const { finding, described } = actual[index];
          assert.equal(finding.messageId, want.messageId, `finding ${index}: message id`);
          assert.deepEqual(described.start, want.start, `finding ${index}: start`);
          assert.deepEqual(described.end, want.end, `finding ${index}: end`);
          if (want.data) {
            for (const [key, value] of Object.entries(want.data)) assert.equal(finding.data[key], value, `finding ${index}: data.${key}`);
          }
          if (want.channel !== undefined) assert.equal(finding.channel, want.channel, `finding ${index}: channel`);
          if (want.severity !== undefined) assert.equal(finding.severity, want.severity, `finding ${index}: severity`);
          if (want.fixable !== undefined) assert.equal(finding.fix !== undefined, want.fixable, `finding ${index}: fixable`);
          if (want.suggestions !== undefined) {
            assert.deepEqual(finding.suggestions.map((s) => s.titleId), want.suggestions, `finding ${index}: suggestions`);
          }
        });

        const fixedFile = path.join(dir, `${name}.fixed.post.md`);
        const hasFix = findings.some((finding) => finding.fix);
        if (hasFix) assert.ok(fs.existsSync(fixedFile), `${name}: a fixable case needs ${name}.fixed.post.md`);
        if (fs.existsSync(fixedFile)) {
          const fixed = fixAll(text, { config, locale: 'en' });
          assert.equal(fixed.text, fs.readFileSync(fixedFile, 'utf8'), 'text after Fix All');
          const again = lint(fixed.text, { config, locale: 'en' });
          assert.deepEqual(
            again.findings.filter((finding) => finding.fix).map((finding) => finding.ruleId),
            [],
            'the fixed text has nothing fixable left',
          );
        }
      });
    }
  });
}
