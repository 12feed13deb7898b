// The server stays up and responsive: a failing handler costs one answer, not the server; very large
// documents are linted in the background, and only their latest version is published.

import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { HoverRequest, MessageType } from 'vscode-languageserver-protocol';
import { lint } from '../../rules';
import { CommandEditsRequest, PreviewRequest } from '../../server/protocol';
import { TestServer } from './lsp-client';

const SMALL = '---\nchannels: [twitter, facebook]\n---\nMehr unter https://example.com/sommer #Sommer\n';

/** A document far larger than any post (about 100,000 characters), as a paste of a log might be. */
function largeDocument(marker: string): string {
  const paragraph = 'Unser neuer Tarif ist da und wir freuen uns sehr darauf. Mehr Infos gibt es bald auf der Website.\n';
  return `---\nchannels: [facebook]\n---\n${marker} #Tarif\n${paragraph.repeat(1000)}`;
}

describe('robustness', () => {
  let server: TestServer;
  before(async () => {
    server = await TestServer.start({ locale: 'en' });
    await server.open('untitled:small', SMALL);
    await server.waitForDiagnostics('untitled:small');
  });
  after(async () => {
    await server.stop();
  });

  it('answers a request whose handler fails with a fallback, logs the error, and keeps working', async () => {
    await server.open('untitled:bogus', SMALL);
    const result = await server.within('a bogus command', server.connection.sendRequest(CommandEditsRequest.method, { uri: 'untitled:bogus', command: 'bogus' }));
    assert.deepEqual(result, { version: 0, edits: [] });
    const logged = await server.waitFor('the error in the log', () => server.logs.find((log) => log.type === MessageType.Error && log.message.includes('Command edits')));
    assert.ok(logged.message.length > 0);
    const hover = await server.within('hover after the failure', server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: 'untitled:small' }, position: { line: 3, character: 15 } }));
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
      await server.within('hover while linting', server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: 'untitled:small' }, position: { line: 3, character: 15 } }), 30_000);
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
});
