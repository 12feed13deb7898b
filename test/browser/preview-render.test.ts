// How the preview page draws and updates the model (media/preview/preview.js) in headless Chromium:
// cards per channel with the network's styling, meters, folds, overflow; live updates that keep the
// scroll position, the focus and the writer's view; clicks that reach the extension as messages.

import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildPreview } from '../../rules/preview';
import { chromiumAvailable, PreviewPage } from './harness';

const skip = chromiumAvailable() ? false : 'Chromium is not installed (apt-get install chromium)';

// The page's globals, for the functions that run inside Chromium (page.evaluate): declared in this
// module only, rather than adding the DOM library to the whole project's compilation.
interface PageElement {
  textContent: string | null;
  className: string;
  classList: { contains(name: string): boolean };
  getBoundingClientRect(): { width: number; height: number };
  closest(selector: string): PageElement | null;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement> & Iterable<PageElement>;
  dataset: Record<string, string | undefined>;
}
declare const document: {
  activeElement: PageElement | null;
  documentElement: { scrollWidth: number; clientWidth: number };
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement> & Iterable<PageElement>;
};
declare const window: { scrollY: number; scrollTo(x: number, y: number): void };
declare function getComputedStyle(element: PageElement): { display: string; backgroundColor: string; color: string };

const SENTENCE = 'Unser neuer Sommertarif ist da: mehr Datenvolumen, eine Flatrate in alle Netze und EU-Roaming ohne Aufpreis. ';

function post(body: string, channels: string[]): string {
  return `---\nchannels: [${channels.join(', ')}]\n---\n${body}\n`;
}

describe('preview rendering (headless Chromium)', { skip }, () => {
  let preview: PreviewPage;
  before(async () => {
    preview = await PreviewPage.open({ width: 400, height: 600 });
  });
  after(async () => {
    await preview?.close();
  });

  it('draws a card per channel with author line, styled entities, meter and problems', async () => {
    const text = post(`Hallo @anna! Unser #Sommer ist da: https://www.example.com/angebote/sommer-2026 🎉`, ['twitter', 'instagram', 'facebook']);
    const model = buildPreview(text, { config: { author: { name: 'Stadtwerke', handle: 'stadtwerke' } }, locale: 'en' });
    const report = await preview.render(model, 'launch.post.md');
    assert.deepEqual(report.cards.map((card) => card.channel), ['twitter', 'instagram', 'facebook']);
    assert.match(report.cards[0].text, / www\.example\.com\/angebot… /, 'X shortens the URL');
    assert.match(report.cards[1].text, /https:\/\/www\.example\.com\/angebote\/sommer-2026/, 'Instagram shows it as written');
    assert.deepEqual(report.cards.map((card) => card.meter), model.channels.map((channel) => channel.posts[0].meter.text));
    assert.ok(report.cards[2].problems.includes('facebook-hashtags'));

    const look = await preview.page.evaluate(() => {
      const entity = (channel: string, kind: string) => document.querySelector(`.channel--${channel} .entity--${kind}`)!;
      return {
        xUrlLinked: entity('twitter', 'url').classList.contains('linked'),
        instagramUrlLinked: entity('instagram', 'url').classList.contains('linked'),
        xHashtagColor: getComputedStyle(entity('twitter', 'hashtag')).color,
        instagramHashtagColor: getComputedStyle(entity('instagram', 'hashtag')).color,
        plainColor: getComputedStyle(document.querySelector('.channel--twitter .plain')!).color,
        rings: document.querySelectorAll('.channel--twitter .ring circle').length,
        bars: document.querySelectorAll('.channel--facebook .bar rect').length,
        avatar: document.querySelector('.channel--twitter .avatar')?.textContent,
        handle: document.querySelector('.channel--twitter .author-handle')?.textContent,
        instagramName: document.querySelector('.channel--instagram .author-name')?.textContent,
      };
    });
    assert.equal(look.xUrlLinked, true);
    assert.equal(look.instagramUrlLinked, false, 'Instagram does not link URLs in captions');
    assert.equal(look.xHashtagColor, 'rgb(29, 155, 240)', 'X blue');
    assert.equal(look.instagramHashtagColor, 'rgb(0, 55, 107)', 'Instagram darker blue');
    assert.notEqual(look.plainColor, look.xHashtagColor);
    assert.equal(look.rings, 2, "X's ring: track and fill");
    assert.equal(look.bars, 2);
    assert.deepEqual([look.avatar, look.handle, look.instagramName], ['S', '@stadtwerke', 'stadtwerke']);
  });

  it('marks the overflow in red on X and shows how many characters are too many in the ring', async () => {
    const model = buildPreview(post(SENTENCE.repeat(3), ['twitter']), { locale: 'en' });
    const card = model.channels[0].posts[0];
    assert.equal(card.meter.state, 'over');
    const report = await preview.render(model, 'long.post.md');
    assert.equal(report.cards[0].state, 'over');
    const shown = await preview.page.evaluate(() => ({
      overflow: Array.from(document.querySelectorAll('.overflow'), (node) => node.textContent).join(''),
      background: getComputedStyle(document.querySelector('.overflow')!).backgroundColor,
      count: document.querySelector('.ring-count')?.textContent,
    }));
    assert.equal(shown.overflow, model.content.slice(card.overflowStart));
    assert.notEqual(shown.background, 'rgba(0, 0, 0, 0)', 'the overflow has a background');
    assert.equal(shown.count, card.meter.remainingText);
  });

  it('shows where the network folds, and toggles the folded view, which survives updates', async () => {
    const text = post(SENTENCE.repeat(3), ['instagram']);
    let report = await preview.render(buildPreview(text, { locale: 'en' }), 'fold.post.md');
    assert.equal(report.cards[0].folded, false, 'the whole text with a fold marker by default');
    const fold = preview.page.locator('.fold');
    assert.equal(await fold.textContent(), '…more');
    await fold.click();
    const hidden = await preview.page.evaluate(() => Array.from(document.querySelectorAll('.after-fold'), (node) => getComputedStyle(node).display));
    assert.ok(hidden.length > 0 && hidden.every((display) => display === 'none'), 'the text behind the fold is hidden');
    report = await preview.render(buildPreview(text.replace('Unser', 'Euer'), { locale: 'en' }), 'fold.post.md');
    assert.equal(report.cards[0].folded, true, 'the folded view stays after an update');
    await preview.page.locator('.fold').click();
    report = await preview.render(buildPreview(text, { locale: 'en' }), 'fold.post.md');
    assert.equal(report.cards[0].folded, false);
  });

  it('keeps the scroll position and the focused control when the post changes', async () => {
    const channels = ['twitter', 'facebook', 'instagram', 'linkedin', 'mastodon', 'bluesky', 'threads'];
    const text = post(`${SENTENCE.repeat(4)}#Sommer`, channels);
    await preview.render(buildPreview(text, { locale: 'en' }), 'scroll.post.md');
    await preview.page.locator('.channel--mastodon .adapt').focus();
    await preview.page.evaluate(() => window.scrollTo(0, 900));
    const before = await preview.page.evaluate(() => window.scrollY);
    assert.ok(before > 0, 'the page scrolls');
    await preview.render(buildPreview(text.replace('#Sommer', '#Sommer #Sale'), { locale: 'en' }), 'scroll.post.md');
    const after = await preview.page.evaluate(() => ({ scrollY: window.scrollY, focus: document.activeElement?.dataset.focusKey }));
    assert.equal(after.scrollY, before);
    assert.equal(after.focus, 'adapt:mastodon');

    await preview.render(buildPreview(text, { locale: 'en' }), 'another.post.md', { uri: 'file:///posts/another.post.md' });
    assert.equal(await preview.page.evaluate(() => window.scrollY), 0, 'another post starts at the top');
  });

  it('fits the panel\'s usual width: no horizontal scrolling, also for a long link', async () => {
    const text = post(`https://example.com/${'sehr-lang/'.repeat(20)} ${'Donaudampfschifffahrtsgesellschaft'.repeat(3)}`, ['facebook', 'twitter']);
    await preview.render(buildPreview(text, { locale: 'en' }), 'wide.post.md');
    const widths = await preview.page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    assert.ok(widths[0] <= widths[1], `content ${widths[0]}px in a ${widths[1]}px panel`);
  });

  it('sends a problem\'s range to reveal, and "Adapt for …" for the card\'s channel', async () => {
    const model = buildPreview(post('Unser #Sommer ist da!', ['facebook']), { locale: 'en' });
    await preview.render(model, 'click.post.md');
    const before = await preview.sentCount();
    await preview.page.locator('.problem').first().click();
    await preview.page.locator('.adapt').click();
    const sent = (await preview.sent()).slice(before);
    const problem = model.channels[0].posts[0].problems[0];
    assert.deepEqual(sent, [
      { type: 'reveal', range: problem.range },
      { type: 'adapt', channel: 'facebook' },
    ]);
    assert.equal(await preview.page.locator('.adapt').textContent(), 'Adapt for Facebook');
  });

  it('shows the lock, an empty post and an unreadable post', async () => {
    let report = await preview.render(buildPreview(post('', ['twitter']), { locale: 'en' }), 'empty.post.md', { locked: true });
    assert.equal(report.cards[0].text, '');
    assert.equal(await preview.page.locator('.lock-badge').textContent(), 'Locked to this post');
    assert.equal(await preview.page.locator('.text .empty').textContent(), 'Nothing to publish yet: the post is empty.');
    const before = await preview.sentCount();
    await preview.page.evaluate(
      (message) => (globalThis as unknown as { postMessage(data: unknown, target: string): void }).postMessage(message, '*'),
      { type: 'unavailable', uri: 'file:///gone.post.md', title: 'gone.post.md', text: 'Postlint cannot read this post.', locked: false },
    );
    await preview.page.locator('.unavailable').waitFor();
    assert.equal(await preview.page.locator('.unavailable').textContent(), 'Postlint cannot read this post.');
    assert.equal(await preview.sentCount(), before, 'nothing to report for an unreadable post');
    report = await preview.render(buildPreview(post('Wieder da.', ['twitter']), { locale: 'en' }), 'back.post.md');
    assert.equal(report.cards[0].text, 'Wieder da.');
  });

  it('uses the theme\'s link colour and underlines links in a high-contrast theme', async () => {
    const contrast = await PreviewPage.open({
      bodyClass: 'vscode-high-contrast',
      themeCss: ':root { --vscode-textLink-foreground: rgb(33, 166, 255); --vscode-editor-background: rgb(0, 0, 0); --vscode-editor-foreground: rgb(255, 255, 255); --vscode-contrastBorder: rgb(111, 195, 223); }',
    });
    try {
      await contrast.render(buildPreview(post('Neu: #Sommer https://example.com', ['twitter', 'instagram']), { locale: 'en' }), 'contrast.post.md');
      const look = await contrast.page.evaluate(() =>
        Array.from(document.querySelectorAll('.entity.linked'), (node) => {
          const style = getComputedStyle(node) as unknown as { color: string; textDecorationLine: string };
          return [style.color, style.textDecorationLine];
        }),
      );
      assert.ok(look.length >= 3);
      for (const [color, decoration] of look) {
        assert.equal(color, 'rgb(33, 166, 255)', 'the theme\'s link colour, not the network\'s');
        assert.equal(decoration, 'underline');
      }
      assert.deepEqual(contrast.executions, []);
      assert.deepEqual(contrast.outbound, []);
    } finally {
      await contrast.close();
    }
  });

  it('renders a 1 KB post on seven channels in a few milliseconds', async () => {
    let body = '';
    while (body.length < 1000) body += `${SENTENCE}#Sommer @support https://example.com/sommer 🎉\n`;
    const text = post(body, ['twitter', 'facebook', 'instagram', 'linkedin', 'mastodon', 'bluesky', 'threads']);
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const report = await preview.render(buildPreview(text.replace('Unser', `Unser ${i}`), { locale: 'en' }), 'timing.post.md');
      times.push(report.renderMs);
    }
    times.sort((a, b) => a - b);
    const median = times[times.length >> 1];
    console.log(`render of a 1 KB post on 7 channels: median ${median.toFixed(1)} ms, max ${times[times.length - 1].toFixed(1)} ms`);
    assert.ok(median < 50, `median render ${median} ms`);
  });
});
