// Hover on hashtags, mentions and URLs: what each costs on each of the post's channels.

import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { HoverRequest, MarkupKind, type Hover, type MarkupContent, type Position } from 'vscode-languageserver-protocol';
import { TestServer, textAt } from './lsp-client';

const URL = 'https://example.com/sommer/angebote/tarif-plus-2025';
const POST = `---\nchannels: [twitter, instagram, facebook]\n---\nMehr unter ${URL} #Sommer @kundenservice\n<!-- #intern: nicht posten -->\n`;

function hover(server: TestServer, uri: string, position: Position): Promise<Hover | null> {
  return server.within('hover', server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }));
}

function channelLine(value: string, channel: string): string {
  const line = value.split('\n').find((candidate) => candidate.startsWith(`- **${channel}**:`));
  assert.ok(line, `a line for ${channel} in:\n${value}`);
  return line;
}

describe('hover', () => {
  let server: TestServer;
  const uri = 'untitled:hover';
  before(async () => {
    server = await TestServer.start({ locale: 'en' });
    await server.open(uri, POST);
    await server.waitForDiagnostics(uri);
  });
  after(async () => {
    await server.stop();
  });

  it('on a URL: 23 on X whatever its length, its characters on Instagram, with the token as range', async () => {
    const result = await hover(server, uri, { line: 3, character: 20 });
    assert.ok(result, 'a hover');
    const content = result.contents as MarkupContent;
    assert.equal(content.kind, MarkupKind.Markdown);
    assert.match(channelLine(content.value, 'X'), /^- \*\*X\*\*: 23 /);
    assert.match(channelLine(content.value, 'Instagram'), new RegExp(`^- \\*\\*Instagram\\*\\*: ${URL.length} `));
    assert.ok(channelLine(content.value, 'Instagram').length > `- **Instagram**: ${URL.length} characters`.length, 'Instagram says more (not clickable)');
    assert.ok(result.range);
    assert.equal(textAt(POST, result.range), URL);
  });

  it('on a hashtag: every channel of the post, with a remark for Facebook', async () => {
    const result = await hover(server, uri, { line: 3, character: URL.length + 13 });
    assert.ok(result?.range);
    assert.equal(textAt(POST, result.range), '#Sommer');
    const value = (result.contents as MarkupContent).value;
    assert.match(channelLine(value, 'X'), /: 7 /);
    assert.ok(channelLine(value, 'Facebook').includes(' — '), 'Facebook discourages hashtags');
  });

  it('on a mention, also with the cursor just after it', async () => {
    const line = POST.split('\n')[3];
    const end = line.length;
    const result = await hover(server, uri, { line: 3, character: end });
    assert.ok(result?.range);
    assert.equal(textAt(POST, result.range), '@kundenservice');
  });

  it('nothing on plain words, in the frontmatter or in a note', async () => {
    assert.equal(await hover(server, uri, { line: 3, character: 2 }), null);
    assert.equal(await hover(server, uri, { line: 1, character: 12 }), null);
    assert.equal(await hover(server, uri, { line: 4, character: 6 }), null);
  });

  it('in German for a German client', async () => {
    const german = await TestServer.start({ locale: 'de' });
    try {
      await german.open(uri, POST);
      const result = await hover(german, uri, { line: 3, character: 20 });
      assert.match(channelLine((result!.contents as MarkupContent).value, 'X'), /^- \*\*X\*\*: 23 Zeichen/);
    } finally {
      await german.stop();
    }
  });
});
