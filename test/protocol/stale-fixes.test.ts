// A fix never lands on text it was not computed for. Every edit the server hands out names the
// document version its ranges belong to (a versioned TextDocumentEdit, or `version` beside the
// edits of `postlint/commandEdits`), and a client applies it only to that version (LSP; the
// extension's commands check it, client/commands/editCommands.ts). So a quick fix applied after the
// document changed does nothing, and an edit is always right for the version it names — even when
// the request arrives hard on the heels of a change.

import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CodeActionRequest, type CodeAction, type Range, type TextDocumentEdit, type TextEdit } from 'vscode-languageserver-protocol';
import { fixAll } from '../../rules';
import { CommandEditsRequest } from '../../server/protocol';
import { applyLspEdits, TestServer } from './lsp-client';

const POST = '---\nchannels: [facebook]\n---\nUnser neuer #Tarif ist da!!!! Jetzt zugreifen.\n';
const BODY_START = POST.indexOf('Unser');
const WHOLE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** What an LSP client does with a versioned edit: apply it to that version of the text, else nothing. */
function applyVersioned(current: { text: string; version: number }, edit: TextDocumentEdit): string {
  if (edit.textDocument.version !== current.version) return current.text;
  return applyLspEdits(current.text, edit.edits as TextEdit[]);
}

function fixAllAction(server: TestServer, uri: string): Promise<CodeAction[]> {
  return server.within('fixAll', server.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: WHOLE, context: { diagnostics: [], only: ['source.fixAll'] } }) as Promise<CodeAction[]>);
}

describe('stale fixes', () => {
  let server: TestServer;
  before(async () => {
    server = await TestServer.start({ locale: 'en' });
  });
  after(async () => {
    await server.stop();
  });

  it('a quick fix obtained before the document changed names the old version, so applying it changes nothing', async () => {
    const uri = 'untitled:stale-quick-fix';
    await server.open(uri, POST, 1);
    const published = await server.waitForVersion(uri, 1);
    const hashtag = published.diagnostics.find((diagnostic) => diagnostic.code === 'facebook-hashtags')!;
    const actions = (await server.within(
      'quick fix',
      server.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: hashtag.range, context: { diagnostics: [hashtag] } }),
    )) as CodeAction[];
    const fix = actions.find((action) => action.isPreferred)!;
    const stale = fix.edit!.documentChanges![0] as TextDocumentEdit;
    assert.equal(stale.textDocument.version, 1);

    // The writer types a word in front of the hashtag: the fix's range no longer covers it.
    const changed = POST.replace('Unser neuer', 'Unser ganz neuer');
    await server.change(uri, 2, [{ range: { start: { line: 3, character: 6 }, end: { line: 3, character: 6 } }, text: 'ganz ' }]);
    await server.waitForVersion(uri, 2);
    assert.equal(applyVersioned({ text: changed, version: 2 }, stale), changed, 'the stale fix is refused');
    // Applied blindly, it would have cut the wrong text: what the version check prevents.
    assert.notEqual(applyLspEdits(changed, stale.edits as TextEdit[]), changed.replace('#Tarif', 'Tarif'));

    // Asked again, the fix is for version 2 and does what it says.
    const [fresh] = await fixAllAction(server, uri);
    const current = fresh.edit!.documentChanges![0] as TextDocumentEdit;
    assert.equal(current.textDocument.version, 2);
    assert.equal(applyVersioned({ text: changed, version: 2 }, current), fixAll(changed, { locale: 'en' }).text);
  });

  it('50 changes each followed at once by Fix All: every edit names the latest version and is right for its text', async () => {
    const uri = 'untitled:stale-race';
    let text = POST;
    await server.open(uri, text, 1);
    for (let version = 2; version <= 51; version++) {
      // Not awaited: the request follows the change on the wire, as when the writer saves right after typing.
      const insertAt = { line: 3, character: 0 };
      const typed = version % 2 === 0 ? '#Neu ' : 'Wow!!! ';
      void server.change(uri, version, [{ range: { start: insertAt, end: insertAt }, text: typed }]);
      text = text.slice(0, BODY_START) + typed + text.slice(BODY_START);
      const [action] = await fixAllAction(server, uri);
      const edit = action.edit!.documentChanges![0] as TextDocumentEdit;
      assert.equal(edit.textDocument.version, version, 'the edit is for the version just sent');
      assert.equal(applyVersioned({ text, version }, edit), fixAll(text, { locale: 'en' }).text, `version ${version}`);

      const command = (await server.within('commandEdits', server.connection.sendRequest(CommandEditsRequest.method, { uri, command: 'fixAll' }))) as { version: number; edits: TextEdit[] };
      assert.equal(command.version, version);
      assert.equal(applyLspEdits(text, command.edits), fixAll(text, { locale: 'en' }).text);
    }
  });
});
