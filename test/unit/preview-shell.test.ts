// The preview webview's shell and its message check (client/preview: html.ts, nonce.ts,
// messages.ts): the strict Content-Security-Policy with a fresh nonce, and that the extension acts
// only on well-formed messages from the page.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentSecurityPolicy, previewHtml } from '../../client/preview/html';
import { parseWebviewMessage } from '../../client/preview/messages';
import { createNonce } from '../../client/preview/nonce';

const CSP_SOURCE = 'https://abc.vscode-cdn.net';

describe('preview shell', () => {
  it('allows only the extension\'s stylesheet and the script with this render\'s nonce', () => {
    const nonce = createNonce();
    assert.equal(
      contentSecurityPolicy({ cspSource: CSP_SOURCE, nonce }),
      `default-src 'none'; style-src ${CSP_SOURCE} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${CSP_SOURCE} data:; form-action 'none'; base-uri 'none'`,
    );
  });

  it('loads one script and one stylesheet, both with the nonce, and holds no other script or style', () => {
    const nonce = createNonce();
    const html = previewHtml({ cspSource: CSP_SOURCE, nonce, scriptUri: `${CSP_SOURCE}/media/preview/preview.js`, styleUri: `${CSP_SOURCE}/media/preview/preview.css`, lang: 'de' });
    assert.match(html, new RegExp(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; `));
    assert.equal([...html.matchAll(/<script\b/g)].length, 1);
    assert.ok(html.includes(`<script nonce="${nonce}" src="${CSP_SOURCE}/media/preview/preview.js"></script>`));
    assert.ok(html.includes(`<link rel="stylesheet" href="${CSP_SOURCE}/media/preview/preview.css" nonce="${nonce}">`));
    assert.ok(!/<style\b|\sstyle=|\son[a-z]+=/i.test(html), 'no inline style or event handler');
    assert.ok(!/unsafe-(inline|eval)/.test(html));
    assert.match(html, /<html lang="de">/);
  });

  it('escapes its own attribute values', () => {
    const html = previewHtml({ cspSource: CSP_SOURCE, nonce: 'n', scriptUri: 'x"><script>alert(1)</script>', styleUri: 's', lang: '"><b>' });
    assert.equal([...html.matchAll(/<script\b/g)].length, 1);
    assert.ok(html.includes('src="x&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"'));
    assert.ok(!html.includes('<b>'));
  });

  it('makes a fresh 128-bit nonce each time, from the CSPRNG', () => {
    const nonces = new Set(Array.from({ length: 1000 }, createNonce));
    assert.equal(nonces.size, 1000);
    for (const nonce of nonces) {
      assert.match(nonce, /^[A-Za-z0-9+/]{22}==$/);
      assert.equal(Buffer.from(nonce, 'base64').length, 16);
    }
  });
});

describe('preview messages from the page', () => {
  const range = { start: { line: 3, character: 6 }, end: { line: 3, character: 13 } };

  it('accepts the messages the page sends', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseWebviewMessage({ type: 'reveal', range }), { type: 'reveal', range });
    assert.deepEqual(parseWebviewMessage({ type: 'adapt', channel: 'instagram' }), { type: 'adapt', channel: 'instagram' });
    const report = { uri: 'file:///a.post.md', version: 3, cards: [], renderMs: 1, renderedAt: 2 };
    assert.deepEqual(parseWebviewMessage({ type: 'rendered', report }), { type: 'rendered', report });
  });

  it('ignores anything else', () => {
    for (const message of [
      null,
      'reveal',
      42,
      {},
      { type: 'command', command: 'workbench.action.terminal.new' },
      { type: 'reveal' },
      { type: 'reveal', range: { start: { line: -1, character: 0 }, end: range.end } },
      { type: 'reveal', range: { start: { line: '3', character: 6 }, end: range.end } },
      { type: 'reveal', range: { start: { line: 1.5, character: 6 }, end: range.end } },
      { type: 'reveal', range: { start: range.start, end: { line: Infinity, character: 0 } } },
      { type: 'adapt', channel: ['instagram'] },
      { type: 'rendered', report: { cards: 'none' } },
    ]) {
      assert.equal(parseWebviewMessage(message), undefined, JSON.stringify(message));
    }
  });
});
