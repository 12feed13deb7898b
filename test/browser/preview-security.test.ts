// The preview is safe against anything a post contains (SPEC §6): the real webview shell, script and
// styles in headless Chromium render the engine's model of hostile posts — script, event handlers,
// javascript: links, srcdoc, meta refresh, CSS url()/@import, in the body, every frontmatter value,
// hashtags, mentions, URLs, the configuration and the file name. Nothing may run and nothing may be
// requested, and every card must show exactly the post's text (so escaping neither drops nor
// mangles a character).

import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildPreview, type PreviewDocument } from '../../rules/preview';
import { chromiumAvailable, expectedCardText, PreviewPage } from './harness';
import { hostilePosts, PAYLOADS } from './hostile-posts';

// The page's globals, for the functions that run inside Chromium (page.evaluate): declared in this
// module only, rather than adding the DOM library to the whole project's compilation.
interface PageElement {
  tagName: string;
  textContent: string | null;
  nonce?: string;
  getAttributeNames(): string[];
  getAttribute(name: string): string | null;
}
declare const document: {
  title: string;
  body: { append(node: unknown): void };
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement> & Iterable<PageElement>;
  createElement(tag: string): PageElement;
};
declare const window: { __pwned(what: string): Promise<void>; __violations: string[] };
declare const performance: { getEntriesByType(type: string): Array<{ name: string }> };
declare class Image {
  src: string;
}

const skip = chromiumAvailable() ? false : 'Chromium is not installed (apt-get install chromium)';

/** Elements and attributes the page may create; anything else means markup got through. */
const ALLOWED_TAGS = new Set(['HEADER', 'SPAN', 'SECTION', 'H2', 'H3', 'ARTICLE', 'DIV', 'BR', 'BUTTON', 'P', 'UL', 'LI', 'svg', 'circle', 'rect']);
const ALLOWED_ATTRIBUTES = /^(class|type|title|dir|lang|role|aria-[a-z]+|data-(channel|card|focus-key)|viewBox|width|height|x|y|rx|cx|cy|r|fill|stroke-width|stroke-dasharray|transform|preserveAspectRatio|focusable)$/;

async function foreignMarkup(preview: PreviewPage): Promise<string[]> {
  return preview.page.evaluate(
    ({ tags, attributes }) => {
      const allowedTags = new Set(tags);
      const allowedAttribute = new RegExp(attributes);
      const found: string[] = [];
      for (const node of document.querySelectorAll('#preview *')) {
        if (!allowedTags.has(node.tagName)) found.push(`<${node.tagName}>`);
        for (const attribute of node.getAttributeNames()) if (!allowedAttribute.test(attribute)) found.push(`${node.tagName}[${attribute}]`);
      }
      return found;
    },
    { tags: [...ALLOWED_TAGS], attributes: ALLOWED_ATTRIBUTES.source },
  );
}

describe('preview security (headless Chromium)', { skip }, () => {
  let preview: PreviewPage;
  const posts = hostilePosts();

  before(async () => {
    preview = await PreviewPage.open();
  });
  after(async () => {
    await preview?.close();
  });

  it('has at least 50 hostile posts, covering every payload', () => {
    assert.ok(posts.length >= 50, `${posts.length} posts`);
    const all = posts.map((post) => post.text + JSON.stringify(post.config) + post.title).join('\n');
    for (const payload of PAYLOADS) assert.ok(all.includes(payload), `payload used: ${payload}`);
  });

  it('the sentinels work: a direct call is recorded, an injected inline script is blocked by the CSP', async () => {
    await preview.page.evaluate(() => window.__pwned('control'));
    assert.deepEqual(preview.executions.splice(0), ['control'], 'window.__pwned reaches the test');
    await preview.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = "window.__pwned('inline script')";
      document.body.append(script);
    });
    await preview.page.waitForFunction(() => window.__violations.some((entry) => entry.startsWith('script-src')));
    // A same-origin image is allowed by the policy (img-src): it shows the request sentinel counts.
    await preview.page.evaluate((origin) => {
      new Image().src = `${origin}/not-an-asset.png`;
    }, preview.origin);
    await preview.page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/not-an-asset.png')));
    assert.deepEqual(preview.outbound.splice(0), [`${preview.origin}/not-an-asset.png`]);
    assert.deepEqual(preview.executions, []);
  });

  it('renders every hostile post as text: nothing runs, nothing is requested, every character shows', async () => {
    const pageUrl = preview.page.url();
    for (const post of posts) {
      const model: PreviewDocument = buildPreview(post.text, { config: post.config, locale: post.locale });
      const report = await preview.render(model, post.title);
      const context = `post ${post.name}`;

      const expected = model.channels.flatMap((channel) => channel.posts.map((card) => ({ channel: channel.channel, text: expectedCardText(card) })));
      assert.deepEqual(report.cards.map((card) => ({ channel: card.channel, text: card.text })), expected, `${context}: card texts`);
      for (const channel of model.channels.filter((candidate) => candidate.channel === 'facebook' && candidate.posts.length === 1)) {
        assert.equal(report.cards.find((card) => card.channel === 'facebook')?.text, model.content, `${context}: Facebook shows the published text exactly`);
        assert.equal(channel.posts[0].start, 0);
      }

      const shown = await preview.page.evaluate(() => ({
        title: document.querySelector('.toolbar-title')?.textContent,
        authors: Array.from(document.querySelectorAll('.author-name'), (node) => node.textContent),
        messages: Array.from(document.querySelectorAll('.problem-message'), (node) => node.textContent),
        documentTitle: document.title,
      }));
      assert.equal(shown.title, post.title, `${context}: the file name as text`);
      assert.deepEqual(shown.authors, model.channels.flatMap((channel) => channel.posts.map(() => channel.author.name)), `${context}: author names`);
      assert.deepEqual(shown.messages, model.channels.flatMap((channel) => channel.posts.flatMap((card) => card.problems.map((problem) => problem.message))), `${context}: messages`);
      assert.equal(shown.documentTitle, 'Postlint Preview');
      assert.deepEqual(await foreignMarkup(preview), [], `${context}: only the page's own elements and attributes`);
      assert.deepEqual(preview.executions, [], `${context}: no script ran`);
      assert.deepEqual(preview.outbound, [], `${context}: no request left the page`);
    }
    assert.equal(preview.page.url(), pageUrl, 'the page never navigated (no meta refresh, no base, no link)');
  });

  it('clicking every styled URL, hashtag, mention and control navigates nowhere', async () => {
    const pageUrl = preview.page.url();
    for (const name of ['mixed-3', 'url-javascript', 'url-query', 'markdown-link', 'overflow']) {
      const post = posts.find((candidate) => candidate.name === name);
      assert.ok(post, name);
      await preview.render(buildPreview(post.text, { config: post.config, locale: post.locale }), post.title);
      const targets = preview.page.locator('.entity, .fold, .plain');
      const count = await targets.count();
      for (let index = 0; index < count; index++) {
        const target = targets.nth(index);
        if (!(await target.isVisible())) continue;
        await target.click({ modifiers: index % 2 ? ['Control'] : [] });
        await target.click({ button: 'middle' });
      }
      assert.equal(preview.page.url(), pageUrl, `${name}: no navigation`);
      assert.equal(preview.browser.contexts()[0].pages().length, 1, `${name}: no new window`);
    }
    assert.deepEqual(preview.executions, []);
    assert.deepEqual(preview.outbound, []);
    assert.ok(!preview.requests.some((url) => url.includes('evil.test')), 'no request to evil.test was even attempted');
  });

  it('serves one shell per load, with a fresh 128-bit nonce on the script and stylesheet', async () => {
    const nonces = await preview.page.evaluate(() => Array.from(document.querySelectorAll('script[nonce], link[nonce]'), (node) => node.nonce ?? ''));
    assert.equal(nonces.length, 2);
    assert.equal(nonces[0], nonces[1]);
    assert.equal(Buffer.from(nonces[0], 'base64').length, 16);
    const csp = await preview.page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'));
    assert.match(csp ?? '', /^default-src 'none'; style-src http:\/\/127\.0\.0\.1:\d+ 'nonce-[A-Za-z0-9+/=]{24}'; script-src 'nonce-[A-Za-z0-9+/=]{24}'; img-src http:\/\/127\.0\.0\.1:\d+ data:/);
    assert.ok(!/unsafe-inline|unsafe-eval/.test(csp ?? ''));
    await preview.page.reload();
    const again = await preview.page.evaluate(() => document.querySelector('script[nonce]')?.nonce);
    assert.notEqual(again, nonces[0], 'a new render has a new nonce');
    const served = new Set(preview.servedPaths().filter((path) => path !== '/not-an-asset.png'));
    assert.deepEqual([...served].sort(), ['/', '/media/preview/preview.css', '/media/preview/preview.js'], 'the shell, its script and its stylesheet only');
  });
});
