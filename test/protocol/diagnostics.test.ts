// Diagnostics on open and as you type: rule id as code, docs link, source, severity, UTF-16 ranges,
// the document version, fix data; messages in the client's language.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-protocol';
import { lint } from '../../rules';
import { TestServer, textAt } from './lsp-client';

const TYPO_POST = '---\nchannels: [facebook, instagarm]\n---\nUnser neuer Tarif ist da!\n';

function byCode(diagnostics: Diagnostic[], code: string): Diagnostic[] {
  return diagnostics.filter((diagnostic) => diagnostic.code === code);
}

describe('diagnostics', () => {
  let server: TestServer;
  before(async () => {
    server = await TestServer.start({ locale: 'en' });
  });
  after(async () => {
    await server.stop();
  });

  it('are published on open, for that version, with code, source, severity, range and fix data', async () => {
    const uri = 'untitled:open-typo';
    await server.open(uri, TYPO_POST, 7);
    const published = await server.waitForDiagnostics(uri);
    assert.equal(published.version, 7);
    const [typo] = byCode(published.diagnostics, 'frontmatter');
    assert.ok(typo, 'the unknown channel is reported');
    assert.equal(typo.source, 'postlint');
    assert.equal(typo.severity, DiagnosticSeverity.Error);
    assert.equal(textAt(TYPO_POST, typo.range), 'instagarm');
    assert.deepEqual(typo.data, { ruleId: 'frontmatter', messageId: 'unknownChannelSuggest', version: 7, fixable: false });
  });

  it('link every rule to its docs page shipped next to the server', async () => {
    const uri = 'untitled:docs-links';
    await server.open(uri, '---\nchannels: [facebook, instagarm]\n---\nUnser neuer Tarif ist da! #Tarif\n');
    const published = await server.waitForDiagnostics(uri);
    assert.ok(published.diagnostics.length >= 2);
    for (const diagnostic of published.diagnostics) {
      const href = diagnostic.codeDescription?.href;
      assert.ok(href, `${String(diagnostic.code)} has a docs link`);
      assert.match(href, new RegExp(`/dist/docs/${String(diagnostic.code)}\\.md$`));
      assert.ok(fs.existsSync(fileURLToPath(href)), `${href} exists`);
    }
  });

  it('follow incremental edits as you type', async () => {
    const uri = 'untitled:typing';
    await server.open(uri, TYPO_POST, 1);
    const first = await server.waitForVersion(uri, 1);
    const typo = byCode(first.diagnostics, 'frontmatter')[0];
    // The writer fixes the typo: "instagarm" → "instagram".
    await server.change(uri, 2, [{ range: typo.range, text: 'instagram' }]);
    const second = await server.waitForVersion(uri, 2);
    assert.deepEqual(byCode(second.diagnostics, 'frontmatter'), []);
    // … and breaks it again at the end of the line.
    await server.change(uri, 3, [{ range: { start: { line: 1, character: 30 }, end: { line: 1, character: 30 } }, text: ', xing' }]);
    const third = await server.waitForVersion(uri, 3);
    const [unknown] = byCode(third.diagnostics, 'frontmatter');
    assert.equal(textAt('---\nchannels: [facebook, instagram, xing]\n---\nUnser neuer Tarif ist da!\n', unknown.range), 'xing');
  });

  it('count positions in UTF-16 code units, as LSP does (emoji before a finding)', async () => {
    const uri = 'untitled:emoji';
    const text = '---\nchannels: [facebook]\n---\n🎉🎉 Neu: #Tarif\n';
    await server.open(uri, text);
    const published = await server.waitForDiagnostics(uri);
    const [hashtag] = byCode(published.diagnostics, 'facebook-hashtags');
    assert.ok(hashtag, 'the Facebook hashtag is reported');
    assert.deepEqual(hashtag.range, { start: { line: 3, character: 10 }, end: { line: 3, character: 16 } });
    assert.equal(textAt(text, hashtag.range), '#Tarif');
  });

  it('equal the engine’s findings for the same text', async () => {
    const uri = 'untitled:same-as-engine';
    const text = '---\nchannels: [facebook, twitter]\nkind: reply\n---\nHallo! Wir haben #Neuigkeiten für dich: https://example.com/a\n<!-- intern: noch prüfen -->\n';
    await server.open(uri, text);
    const published = await server.waitForDiagnostics(uri);
    const expected = lint(text, { locale: 'en' }).findings.map((finding) => [finding.ruleId, finding.messageId, finding.message]);
    assert.deepEqual(
      published.diagnostics.map((diagnostic) => [diagnostic.code, (diagnostic.data as { messageId: string }).messageId, diagnostic.message]),
      expected,
    );
  });

  it('are cleared when a document that is not on disk is closed', async () => {
    const uri = 'untitled:closing';
    await server.open(uri, TYPO_POST);
    await server.waitForDiagnostics(uri, (params) => params.diagnostics.length > 0);
    const since = server.diagnostics.length;
    await server.close(uri);
    const cleared = await server.waitForDiagnostics(uri, () => true, since);
    assert.deepEqual(cleared.diagnostics, []);
  });

  it('ignore documents that are neither posts nor config files', async () => {
    await server.open('untitled:notes.md', '---\nchannels: [instagarm]\n---\n#hashtag', 1, 'markdown');
    // Handled in order: once the post after it is answered, the markdown file was skipped.
    await server.open('untitled:after-notes', TYPO_POST);
    await server.waitForDiagnostics('untitled:after-notes');
    assert.equal(server.latest('untitled:notes.md'), undefined);
  });

  it('treat any `*.post.md` as a post, whatever language id the editor gives it', async () => {
    const uri = 'untitled:launch.post.md';
    await server.open(uri, TYPO_POST, 1, 'markdown');
    const published = await server.waitForDiagnostics(uri);
    assert.equal(byCode(published.diagnostics, 'frontmatter').length, 1);
  });
});

describe('diagnostics: severity and language', () => {
  it('map every severity (error, warning, info, hint) from the rules setting, re-linting when it changes', async () => {
    const server = await TestServer.start({ locale: 'en' });
    try {
      const uri = 'untitled:severity';
      await server.open(uri, TYPO_POST);
      await server.waitForDiagnostics(uri);
      for (const [level, expected] of [
        ['hint', DiagnosticSeverity.Hint],
        ['info', DiagnosticSeverity.Information],
        ['warning', DiagnosticSeverity.Warning],
        ['error', DiagnosticSeverity.Error],
      ] as const) {
        const since = server.diagnostics.length;
        await server.settingsChanged({ rules: { frontmatter: level } });
        const published = await server.waitForDiagnostics(uri, () => true, since);
        assert.equal(byCode(published.diagnostics, 'frontmatter')[0].severity, expected, level);
      }
    } finally {
      await server.stop();
    }
  });

  it('are in German for a German client (de, de-CH) and in English otherwise', async () => {
    const german = lint(TYPO_POST, { locale: 'de' }).findings.find((finding) => finding.ruleId === 'frontmatter')!.message;
    const english = lint(TYPO_POST, { locale: 'en' }).findings.find((finding) => finding.ruleId === 'frontmatter')!.message;
    assert.notEqual(german, english);
    for (const [locale, expected] of [
      ['de', german],
      ['de-CH', german],
      ['en-US', english],
      ['fr', english],
    ] as const) {
      const server = await TestServer.start({ locale });
      try {
        await server.open('untitled:language', TYPO_POST);
        const published = await server.waitForDiagnostics('untitled:language');
        assert.equal(byCode(published.diagnostics, 'frontmatter')[0].message, expected, locale);
      } finally {
        await server.stop();
      }
    }
  });

  it('follow the postlint.locale setting over the display language', async () => {
    const english = lint(TYPO_POST, { locale: 'en' }).findings.find((finding) => finding.ruleId === 'frontmatter')!.message;
    const server = await TestServer.start({ locale: 'de', settings: { locale: 'en' } });
    try {
      await server.open('untitled:setting-language', TYPO_POST);
      const published = await server.waitForDiagnostics('untitled:setting-language');
      assert.equal(byCode(published.diagnostics, 'frontmatter')[0].message, english);
    } finally {
      await server.stop();
    }
  });
});
