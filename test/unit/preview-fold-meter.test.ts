// The preview model's folds ("…more" on Instagram, "…see more" on LinkedIn, "See more" on
// Facebook), length meters per channel and the overflow marking — examples, then seeded properties
// over generated posts.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { channelProfile, measure, type PostlintConfig } from '../../rules';
import { buildPreview, type PreviewDocument, type PreviewPost } from '../../rules/preview';
import { extractTokens } from '../../rules/post/tokens';
import { isGraphemeBoundary } from '../../rules/text/graphemes';
import { postText } from './trim-generators';

const RUNS = Number(process.env.POSTLINT_PROPERTY_RUNS ?? 2000) / 10;

function post(body: string, id: string, options: { config?: PostlintConfig; locale?: 'de' | 'en' } = {}): PreviewPost {
  const model = buildPreview(`---\nchannels: [${id}]\n---\n${body}\n`, { config: options.config ?? {}, locale: options.locale ?? 'en' });
  const card = model.channels.find((candidate) => candidate.channel === id);
  assert.ok(card);
  return card.posts[0];
}

function visible(model: PreviewDocument | string, card: PreviewPost): string {
  const content = typeof model === 'string' ? model : model.content;
  return card.fold ? content.slice(card.start, card.fold.offset) : content.slice(card.start, card.end);
}

const LONG_DE =
  'Endlich ist es so weit: Unser neuer Sommertarif ist da! Mehr Datenvolumen, eine Flatrate in alle Netze und EU-Roaming ohne Aufpreis. ' +
  'Wer jetzt wechselt, bekommt die ersten drei Monate zum halben Preis. Alle Details findest du in unserem Shop und in jeder Filiale.';

describe('preview fold: Instagram (…more after about 125 characters)', () => {
  it('folds at the last word boundary within 125 characters, and drops the space before "…more"', () => {
    const card = post(LONG_DE, 'instagram');
    assert.ok(card.fold);
    assert.equal(card.fold.label, '…more');
    const shown = visible(LONG_DE, card);
    assert.ok(shown.length <= 125 && shown.length > 100, `${shown.length} characters before the fold`);
    assert.equal(shown, 'Endlich ist es so weit: Unser neuer Sommertarif ist da! Mehr Datenvolumen, eine Flatrate in alle Netze und EU-Roaming ohne');
    assert.ok(card.spans.every((span) => (span.folded === true) === span.start >= card.fold!.offset), 'spans behind the fold are marked');
  });

  it('does not fold a caption of 125 characters or less (trailing hashtags included)', () => {
    const caption = 'Sommer, Sonne, Datenvolumen. ☀️ #Sommer';
    assert.equal(post(caption, 'instagram').fold, null);
    assert.equal(post('a'.repeat(125), 'instagram').fold, null);
  });

  it('never folds inside a hashtag, mention or URL', () => {
    const caption = `${'Wort '.repeat(23)}#Sommerangebot2026 und mehr Text danach, damit etwas hinter der Falte bleibt.`;
    const card = post(caption, 'instagram');
    assert.ok(card.fold);
    assert.equal(visible(caption, card), 'Wort '.repeat(23).trim());
    assert.ok(card.spans.find((span) => span.kind === 'hashtag')?.folded);
  });

  it('shows a long first link whole and folds after it', () => {
    const url = `https://example.com/${'a'.repeat(140)}`;
    const card = post(`${url} und danach der Text.`, 'instagram');
    assert.equal(visible(`${url} und danach der Text.`, card), url);
  });

  it('uses the German label in a German model', () => {
    assert.equal(post(LONG_DE, 'instagram', { locale: 'de' }).fold?.label, '… mehr');
  });
});

describe('preview fold: LinkedIn (…see more after three lines)', () => {
  it('folds after three short lines, blank lines counting as lines', () => {
    const body = 'Wir stellen ein!\n\nDrei Stellen in der Entwicklung.\nBewirb dich bis Freitag.\n#Jobs #Karriere';
    const card = post(body, 'linkedin');
    assert.equal(card.fold?.label, '…see more');
    assert.equal(visible(body, card), 'Wir stellen ein!\n\nDrei Stellen in der Entwicklung.');
  });

  it('counts the lines a long paragraph wraps into (about 70 characters each)', () => {
    const card = post(LONG_DE, 'linkedin');
    assert.ok(card.fold);
    const shown = visible(LONG_DE, card);
    assert.ok(shown.length > 150 && shown.length <= 210, `${shown.length} characters in three wrapped lines`);
    assert.ok(LONG_DE[shown.length] === ' ', 'folds between words');
  });

  it('does not fold three lines or less', () => {
    assert.equal(post('Eins.\nZwei.\nDrei.', 'linkedin').fold, null);
  });

  it('uses the German label in a German model', () => {
    assert.equal(post(LONG_DE, 'linkedin', { locale: 'de' }).fold?.label, '…mehr anzeigen');
  });
});

describe('preview fold: Facebook (See more after about 477 characters), and none on X', () => {
  it('folds a long post between words', () => {
    const body = `${LONG_DE} ${LONG_DE}`;
    const card = post(body, 'facebook');
    assert.equal(card.fold?.label, 'See more');
    const shown = visible(body, card);
    assert.ok(shown.length <= 477 && shown.length > 450, `${shown.length} characters before the fold`);
    assert.equal(post(body, 'facebook', { locale: 'de' }).fold?.label, 'Mehr anzeigen');
  });

  it('does not fold a post that fits', () => {
    assert.equal(post(LONG_DE, 'facebook').fold, null);
  });

  it('X, Mastodon, Bluesky and Threads show the whole text', () => {
    for (const id of ['twitter', 'mastodon', 'bluesky', 'threads']) assert.equal(post(`${LONG_DE} ${LONG_DE}`, id).fold, null, id);
  });
});

describe('preview meter', () => {
  it('X: weighted count as "312/280", a ring, red past the limit with the overflow marked', () => {
    const body = `${'Sommer! '.repeat(38)}🎉 https://example.com/sommer`;
    const card = post(body, 'twitter');
    const expected = measure(body, channelProfile('twitter'));
    assert.equal(card.meter.length, expected.length);
    assert.equal(card.meter.text, `${expected.length}/280`);
    assert.equal(card.meter.style, 'ring');
    assert.equal(card.meter.weighted, true);
    assert.equal(card.meter.state, 'over');
    assert.equal(card.meter.remaining, 280 - expected.length);
    assert.equal(card.meter.remainingText, String(280 - expected.length));
    assert.ok(card.meter.ratio > 1);
    assert.equal(card.overflowStart, expected.overflowStart);
    for (const span of card.spans) assert.equal(span.overflow === true, span.end > card.overflowStart!, `span ${span.text}`);
  });

  it('X: warns with 20 characters left, as X does', () => {
    assert.equal(post('a'.repeat(259), 'twitter').meter.state, 'ok');
    assert.equal(post('a'.repeat(260), 'twitter').meter.state, 'warn');
    assert.equal(post('a'.repeat(280), 'twitter').meter.state, 'warn');
    assert.equal(post('a'.repeat(281), 'twitter').meter.state, 'over');
  });

  it('writes counts in the model\'s locale: "2,180/2,200" and "2.180/2.200"', () => {
    const body = 'a'.repeat(2180);
    assert.equal(post(body, 'instagram').meter.text, '2,180/2,200');
    assert.equal(post(body, 'instagram', { locale: 'de' }).meter.text, '2.180/2.200');
    assert.equal(post('Hallo', 'facebook').meter.text, '5/63,206');
    assert.equal(post('Hallo', 'facebook').meter.style, 'bar');
    assert.equal(post('Hallo', 'facebook').meter.weighted, false);
  });

  it('Instagram: warns at 90 %, red past 2,200 with the overflow from the 2,201st character', () => {
    assert.equal(post('a'.repeat(1979), 'instagram').meter.state, 'ok');
    assert.equal(post('a'.repeat(1980), 'instagram').meter.state, 'warn');
    const card = post('a'.repeat(2210), 'instagram');
    assert.equal(card.meter.state, 'over');
    assert.equal(card.meter.remainingText, '-10');
    assert.equal(card.overflowStart, 2200);
  });

  it('Mastodon counts down and honours a configured instance limit', () => {
    const card = post('Neues Release! https://example.com/release-notes/2026/version-4', 'mastodon', { config: { limits: { mastodon: 1000 } } });
    assert.equal(card.meter.style, 'countdown');
    assert.equal(card.meter.length, 'Neues Release! '.length + 23, 'a URL counts 23');
    assert.equal(card.meter.text, `${'Neues Release! '.length + 23}/1,000`);
  });

  it('Bluesky counts grapheme clusters; Threads counts an emoji by its UTF-8 bytes', () => {
    assert.equal(post('Hallo 👩‍👩‍👧‍👦', 'bluesky').meter.length, 7);
    assert.equal(post('Hallo 👩‍👩‍👧‍👦', 'threads').meter.length, 6 + Buffer.byteLength('👩‍👩‍👧‍👦'));
  });

  it('never starts the overflow inside an emoji (Instagram counts its code points)', () => {
    // The family is 7 code points: the 2,201st character is its third.
    const body = `${'a'.repeat(2198)}👩‍👩‍👧‍👦 und mehr`;
    const card = post(body, 'instagram');
    assert.equal(card.overflowStart, 2198, 'the whole emoji is marked');
  });
});

describe('preview fold and meter: properties', () => {
  const channels = ['twitter', 'facebook', 'instagram', 'linkedin', 'mastodon', 'bluesky', 'threads'];

  it('spans give back the text; folds and overflows fall between clusters and outside entities', () => {
    fc.assert(
      fc.property(postText(), fc.constantFrom(...channels), (body, id) => {
        const model = buildPreview(`---\nchannels: [${id}]\n---\n${body}\n`, { locale: 'en' });
        const content = model.content;
        const tokens = extractTokens(content).all;
        for (const card of model.channels[0].posts) {
          assert.equal(card.spans.map((span) => span.text).join(''), content.slice(card.start, card.end));
          for (const cut of [card.fold?.offset, card.overflowStart]) {
            if (cut === undefined) continue;
            assert.ok(isGraphemeBoundary(content, cut), `cut at ${cut} is a grapheme boundary`);
          }
          if (card.fold) {
            const fold = card.fold.offset;
            assert.ok(!tokens.some((token) => token.start < fold && fold < token.end), 'the fold is not inside an entity');
            assert.ok(card.spans.some((span) => span.folded), 'something is behind the fold');
            assert.ok(/\S$/.test(content.slice(card.start, fold)), 'the visible text ends with a character, not a space');
          }
          assert.equal(card.meter.state === 'over', card.overflowStart !== undefined);
        }
      }),
      { numRuns: RUNS, seed: 20260604 },
    );
  });
});
