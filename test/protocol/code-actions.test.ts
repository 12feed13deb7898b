// Quick fixes and Fix All: kinds, isPreferred, diagnostics, versioned edits — and applying an edit
// makes its finding go away.

import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CodeActionKind,
  CodeActionRequest,
  type CodeAction,
  type Diagnostic,
  type Range,
  type TextDocumentEdit,
  type TextEdit,
} from 'vscode-languageserver-protocol';
import { fixAll } from '../../rules';
import { FIX_ALL_KIND } from '../../server/protocol';
import { applyLspEdits, TestServer, textAt } from './lsp-client';

const POST = '---\nchannels: [facebook, instagarm]\n---\nUnser neuer Tarif ist da! #Tarif #Angebot\n';

function requestActions(server: TestServer, uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
  return server.within(
    'codeAction',
    server.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, only } }) as Promise<CodeAction[]>,
  );
}

/** The one versioned document edit of an action. */
function documentEdit(action: CodeAction): TextDocumentEdit {
  const changes = action.edit?.documentChanges;
  assert.ok(changes && changes.length === 1, `${action.title} has one document edit`);
  return changes[0] as TextDocumentEdit;
}

describe('code actions', () => {
  let server: TestServer;
  before(async () => {
    server = await TestServer.start({ locale: 'en' });
  });
  after(async () => {
    await server.stop();
  });

  it('offer a suggestion as a quick fix that is not preferred, with a versioned edit; applying it clears the finding', async () => {
    const uri = 'untitled:suggestion';
    await server.open(uri, POST, 3);
    const published = await server.waitForVersion(uri, 3);
    const typo = published.diagnostics.find((diagnostic) => diagnostic.code === 'frontmatter')!;
    const actions = await requestActions(server, uri, typo.range, [typo]);
    const replace = actions.find((action) => action.diagnostics?.[0]?.code === 'frontmatter');
    assert.ok(replace, 'a quick fix for the unknown channel');
    assert.equal(replace.kind, CodeActionKind.QuickFix);
    assert.equal(replace.isPreferred, false);
    assert.deepEqual(replace.diagnostics, [typo]);
    const edit = documentEdit(replace);
    assert.deepEqual(edit.textDocument, { uri, version: 3 });
    assert.deepEqual(edit.edits, [{ range: typo.range, newText: 'instagram' }]);

    await server.change(uri, 4, (edit.edits as TextEdit[]).map((change) => ({ range: change.range, text: change.newText })));
    const after = await server.waitForVersion(uri, 4);
    assert.equal(after.diagnostics.filter((diagnostic) => diagnostic.code === 'frontmatter').length, 0);
  });

  it('prefer the safe fix of a diagnostic, and offer fixing all safe problems at once', async () => {
    const uri = 'untitled:safe-fix';
    await server.open(uri, POST, 1);
    const published = await server.waitForVersion(uri, 1);
    const hashtags = published.diagnostics.filter((diagnostic) => diagnostic.code === 'facebook-hashtags');
    assert.equal(hashtags.length, 2, 'both hashtags are reported for Facebook');
    const actions = await requestActions(server, uri, hashtags[0].range, [hashtags[0]]);
    const preferred = actions.filter((action) => action.isPreferred);
    assert.equal(preferred.length, 1);
    assert.equal(preferred[0].kind, CodeActionKind.QuickFix);
    assert.deepEqual(preferred[0].diagnostics, [hashtags[0]]);
    assert.equal(documentEdit(preferred[0]).textDocument.version, 1);
    const all = actions.find((action) => !action.isPreferred && (action.diagnostics?.length ?? 0) > 1);
    assert.ok(all, 'a "fix all" quick fix');
    assert.equal(all.kind, CodeActionKind.QuickFix);

    const text = applyLspEdits(POST, documentEdit(preferred[0]).edits as TextEdit[]);
    await server.change(uri, 2, [{ text }]);
    const after = await server.waitForVersion(uri, 2);
    const remaining = after.diagnostics.filter((diagnostic) => diagnostic.code === 'facebook-hashtags');
    assert.ok(remaining.length < hashtags.length, 'the fixed hashtag is no longer reported');
  });

  it('find the finding again in the current version, whatever the client’s diagnostic data says', async () => {
    const uri = 'untitled:stale-data';
    await server.open(uri, POST, 1);
    const first = await server.waitForVersion(uri, 1);
    const typo = first.diagnostics.find((diagnostic) => diagnostic.code === 'frontmatter')!;
    // A line is inserted above the body: the typo keeps its range, the client's data is from version 1.
    await server.change(uri, 2, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: 'Neu!\n' }]);
    await server.waitForVersion(uri, 2);
    const actions = await requestActions(server, uri, typo.range, [typo]);
    const replace = actions.find((action) => action.diagnostics?.[0]?.code === 'frontmatter');
    assert.ok(replace);
    assert.equal(documentEdit(replace).textDocument.version, 2);
  });

  it('offer nothing where there is no finding, and nothing for unknown documents', async () => {
    const uri = 'untitled:clean';
    await server.open(uri, '---\nchannels: [twitter]\n---\nHallo zusammen!\n');
    await server.waitForDiagnostics(uri);
    assert.deepEqual(await requestActions(server, uri, { start: { line: 3, character: 0 }, end: { line: 3, character: 5 } }, []), []);
    assert.deepEqual(await requestActions(server, 'untitled:never-opened', { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, []), []);
  });

  it('apply every safe fix with source.fixAll.postlint, as one minimal versioned edit', async () => {
    const uri = 'untitled:fix-all';
    const text = '---\nchannels: [facebook]\n---\nUnser neuer #Tarif ist da!!!! Jetzt **zugreifen**.\n\n#Angebot #Sommer\n';
    await server.open(uri, text, 5);
    await server.waitForVersion(uri, 5);
    const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const actions = await requestActions(server, uri, whole, [], ['source.fixAll']);
    assert.equal(actions.length, 1);
    const [action] = actions;
    assert.equal(action.kind, FIX_ALL_KIND);
    const edit = documentEdit(action);
    assert.equal(edit.textDocument.version, 5);
    assert.equal(edit.edits.length, 1);
    assert.ok((edit.edits[0] as TextEdit).range.start.line >= 3, 'the frontmatter is outside the edit');
    const expected = fixAll(text, { locale: 'en' }).text;
    assert.notEqual(expected, text);
    assert.equal(applyLspEdits(text, edit.edits as TextEdit[]), expected);

    // Applied, nothing fixable is left.
    await server.change(uri, 6, [{ text: expected }]);
    const after = await server.waitForVersion(uri, 6);
    assert.ok(after.diagnostics.every((diagnostic) => (diagnostic.data as { fixable: boolean }).fixable === false));
    assert.deepEqual(await requestActions(server, uri, whole, [], [FIX_ALL_KIND]), []);
  });

  it('keep source actions out of quick-fix requests and quick fixes out of source requests', async () => {
    const uri = 'untitled:kinds';
    await server.open(uri, POST);
    const published = await server.waitForDiagnostics(uri);
    const hashtag = published.diagnostics.find((diagnostic) => diagnostic.code === 'facebook-hashtags')!;
    const quick = await requestActions(server, uri, hashtag.range, [hashtag], [CodeActionKind.QuickFix]);
    assert.ok(quick.length > 0);
    assert.ok(quick.every((action) => action.kind === CodeActionKind.QuickFix));
    const unfiltered = await requestActions(server, uri, hashtag.range, [hashtag]);
    assert.ok(unfiltered.every((action) => action.kind === CodeActionKind.QuickFix));
    const source = await requestActions(server, uri, hashtag.range, [hashtag], [CodeActionKind.Source]);
    assert.deepEqual(source.map((action) => action.kind), [FIX_ALL_KIND]);
  });

  it('give a suggestion’s edit the text it promises (replace the typo, nothing else)', async () => {
    const uri = 'untitled:suggestion-text';
    await server.open(uri, POST);
    const published = await server.waitForDiagnostics(uri);
    const typo = published.diagnostics.find((diagnostic) => diagnostic.code === 'frontmatter')!;
    const [replace] = await requestActions(server, uri, typo.range, [typo]);
    const fixed = applyLspEdits(POST, documentEdit(replace).edits as TextEdit[]);
    assert.equal(fixed, POST.replace('instagarm', 'instagram'));
    assert.equal(textAt(POST, typo.range), 'instagarm');
  });
});
