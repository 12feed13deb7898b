// The server stays up and responsive: a failing handler costs one answer, not the server; very large
// documents are linted in the background, and only their latest version is published; documents up
// to the size limit are linted, keystroke after keystroke, and longer ones get one notice.

import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { HoverRequest, MessageType } from 'vscode-languageserver-protocol';
import { lint } from '../../rules';
import { CommandEditsRequest, PreviewRequest } from '../../server/protocol';
import { MAX_CHECKED_LENGTH } from '../../server/lsp/size-limit';
import { SMALL_POST, TestServer } from './lsp-client';


/** A document far larger than any post (about 100,000 characters), as a paste of a log might be. */
function largeDocument(marker: string): string {
  const paragraph = 'Unser neuer Tarif ist da und wir freuen uns sehr darauf. Mehr Infos gibt es bald auf der Website.\n';
  return `---\nchannels: [facebook]\n---\n${marker} #Tarif\n${paragraph.repeat(1000)}`;
}

/** A document of about `length` characters in short paragraphs, as a long post would have them. */
function longPost(length: number): string {
  const paragraph = 'Unser neuer Tarif ist da und wir freuen uns sehr darauf. Mehr Infos gibt es bald auf der Website.\n\n';
  return `---\nchannels: [linkedin]\n---\n${paragraph.repeat(Math.ceil(length / paragraph.length))}`;
}

/** Rule and message id of each diagnostic, or of each finding of a fresh lint. */
const ids = (items: ReadonlyArray<{ code?: unknown; data?: unknown }>) => items.map((item) => [item.code, (item.data as { messageId: string }).messageId]);
const freshIds = (text: string) => lint(text, { locale: 'en', suggestions: false }).findings.map((finding) => [finding.ruleId, finding.messageId]);

describe('robustness', () => {
  let server: TestServer;
  before(async () => {
    server = await TestServer.startWithSmallPost({ locale: 'en' });
  });
  after(async () => {
    await server.stop();
  });

  it('answers a request whose handler fails with a fallback, logs the error, and keeps working', async () => {
    await server.open('untitled:bogus', SMALL_POST.text);
    const result = await server.within('a bogus command', server.connection.sendRequest(CommandEditsRequest.method, { uri: 'untitled:bogus', command: 'bogus' }));
    assert.deepEqual(result, { version: 0, edits: [] });
    const logged = await server.waitFor('the error in the log', () => server.logs.find((log) => log.type === MessageType.Error && log.message.includes('Command edits')));
    assert.ok(logged.message.length > 0);
    const hover = await server.hoverSmallPost('hover after the failure');
    assert.ok(hover);
  });

  it('answers null or nothing for documents it does not know', async () => {
    assert.equal(await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: 'untitled:unknown' }, position: { line: 0, character: 0 } }), null);
    assert.equal(await server.connection.sendRequest(PreviewRequest.method, { uri: 'untitled:unknown' }), null);
  });

  it('lints a very large document in the background, staying responsive, and publishes only its latest version', async () => {
    const uri = 'untitled:large';
    const texts = [largeDocument('Version eins'), largeDocument('Version zwei'), largeDocument('Version drei')];
    const since = server.diagnostics.length;
    await server.open(uri, texts[0], 1);
    await server.change(uri, 2, [{ text: texts[1] }]);
    await server.change(uri, 3, [{ text: texts[2] }]);

    // While the large document is linted, hovers on another post keep answering at once.
    let slowest = 0;
    let hovers = 0;
    while (!server.diagnostics.slice(since).some((params) => params.uri === uri)) {
      const started = Date.now();
      await server.hoverSmallPost('hover while linting', 30_000);
      slowest = Math.max(slowest, Date.now() - started);
      hovers++;
    }
    assert.ok(hovers > 0);
    assert.ok(slowest < 1000, `the slowest hover took ${slowest} ms`);

    const published = await server.waitForVersion(uri, 3, since);
    const versions = server.diagnostics.slice(since).filter((params) => params.uri === uri).map((params) => params.version);
    assert.deepEqual(versions, [3], 'superseded versions are never published');
    const expected = lint(texts[2], { locale: 'en' }).findings.map((finding) => [finding.ruleId, finding.messageId]);
    assert.deepEqual(published.diagnostics.map((diagnostic) => [diagnostic.code, (diagnostic.data as { messageId: string }).messageId]), expected);
    assert.ok(expected.length > 0);
  });
  it('lints a document far past the background threshold and re-lints it as it is typed into', async () => {
    const uri = 'untitled:long';
    // Longer than the limit was before it was raised (256K characters).
    const text = longPost(400_000);
    assert.ok(text.length > 256 * 1024 && text.length <= MAX_CHECKED_LENGTH);
    await server.open(uri, text, 1);
    const opened = await server.waitForDiagnostics(uri, (params) => params.version === 1, 0, 60_000);
    assert.deepEqual(ids(opened.diagnostics), freshIds(text));

    // Keystrokes in the middle of the document: "Idiot!!!" typed into one paragraph.
    const line = text.slice(0, text.length >> 1).split('\n').length - 1;
    const lines = text.split('\n');
    for (const [index, character] of [...'Idiot!!! '].entries()) {
      await server.change(uri, 2 + index, [{ range: { start: { line, character: index }, end: { line, character: index } }, text: character }]);
      lines[line] = lines[line].slice(0, index) + character + lines[line].slice(index);
    }
    const published = await server.waitForDiagnostics(uri, (params) => params.version === 10, 0, 60_000);
    const expected = freshIds(lines.join('\n'));
    assert.deepEqual(ids(published.diagnostics), expected);
    assert.ok(expected.some(([ruleId]) => ruleId === 'tone'));
    await server.close(uri);
  });

  it('does not check a document past the size limit: one info diagnostic says so', async () => {
    const uri = 'untitled:too-long';
    const text = longPost(MAX_CHECKED_LENGTH + 1);
    assert.ok(text.length > MAX_CHECKED_LENGTH);
    await server.open(uri, text, 1);
    const published = await server.waitForDiagnostics(uri, (params) => params.version === 1, 0, 30_000);
    assert.deepEqual(ids(published.diagnostics), [['length', 'tooLargeToCheck']]);
    await server.close(uri);
  });
});
