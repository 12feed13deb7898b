// Trimming to a channel's limit (rules/text/trim.ts): examples of the policy, then seeded property
// tests over generated posts with words, emoji, URLs, hashtags, mentions and CJK.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import twitter from 'twitter-text';
import { applyEdits, lint } from '../../rules';
import { measure } from '../../rules/channels/count';
import { isSignOff } from '../../rules/checks/sign-off';
import { channelProfile, type ChannelProfile } from '../../rules/channels/profiles';
import { extractTokens } from '../../rules/post/tokens';
import { isGraphemeBoundary } from '../../rules/text/graphemes';
import { trimToFit } from '../../rules/text/trim';
import { postText } from './trim-generators';

/** Property runs (seeded); `POSTLINT_PROPERTY_RUNS` raises or lowers them for all property tests. */
const RUNS = Number(process.env.POSTLINT_PROPERTY_RUNS ?? 2000);

const x = channelProfile('twitter');
const bluesky = channelProfile('bluesky');
const mastodon = channelProfile('mastodon');
const threads = channelProfile('threads');
const instagram = channelProfile('instagram');

function trim(text: string, profile: ChannelProfile = x, limit?: number, signOff?: string) {
  const result = trimToFit(text, profile, limit, { signOff });
  assert.ok(result, 'a trim exists');
  return result;
}

describe('trimToFit: examples', () => {
  it('leaves a text that fits alone', () => {
    const text = 'Kurz und gut.';
    const result = trim(text);
    assert.equal(result.text, text);
    assert.equal(result.newText, '');
  });

  it('cuts at the last word that fits and ends with "…" (which counts 2 on X)', () => {
    const words = Array.from({ length: 60 }, (_, index) => `wort${index}`);
    const text = words.join(' ');
    const result = trim(text);
    assert.ok(result.text.endsWith('…'));
    assert.ok(result.length <= 280);
    assert.equal(measure(result.text, x).length, result.length);
    // One more word would not fit.
    const kept = result.text.slice(0, -1).split(' ').length;
    assert.ok(measure(`${words.slice(0, kept + 1).join(' ')}…`, x).length > 280);
    assert.equal(result.boundary, 'word');
    assert.ok(twitter.parseTweet(result.text).valid);
  });

  it('is exact at the limit: 278 characters + "…" = 280', () => {
    const text = `${'a'.repeat(100)} ${'b'.repeat(177)} ${'c'.repeat(50)}`;
    const result = trim(text);
    assert.equal(result.text, `${'a'.repeat(100)} ${'b'.repeat(177)}…`);
    assert.equal(result.length, 280);
  });

  it('never cuts inside a URL; a URL at the cut keeps a space before "…"', () => {
    const text = `${'Mehr dazu '.repeat(24)}https://example.com/sommer-aktion-2025 und noch viel mehr Text danach, der nicht passt.`;
    const result = trim(text);
    assert.ok(result.text.includes('https://example.com/sommer-aktion-2025'));
    const urls = extractTokens(result.text).urls.map((token) => token.value);
    assert.ok(urls.includes('https://example.com/sommer-aktion-2025'));
    assert.ok(result.length <= 280);
  });

  it('prefers a sentence end that costs only a few characters', () => {
    const text = `${'Das ist ein Satz mit Inhalt. '.repeat(9)}Und dieser letzte Satz passt nicht mehr ganz hinein.`;
    const result = trim(text);
    assert.equal(result.boundary, 'sentence');
    assert.ok(result.text.endsWith('Inhalt. …'), result.text.slice(-20));
  });

  it('does not prefer a sentence end that loses much', () => {
    const text = `Erster Satz. ${'wort '.repeat(80)}`;
    const result = trim(text);
    assert.equal(result.boundary, 'word');
    assert.ok(result.length >= 278);
  });

  it('drops dangling punctuation and an existing "..." before "…"', () => {
    const base = 'x'.repeat(272);
    assert.equal(trim(`${base} ab, cd ef gh ij kl mn`).text, `${base} ab…`);
    assert.equal(trim(`${base} ab: cd ef gh ij kl mn`).text, `${base} ab…`);
    assert.equal(trim(`${base} ab – cd ef gh ij kl mn`).text, `${base} ab…`);
    assert.equal(trim(`${base} ab... cd ef gh ij kl mn`).text, `${base} ab…`);
    assert.equal(trim(`${base} ab („cd ef gh ij kl mn`).text, `${base} ab…`);
  });

  it('keeps "!" and "?" with a space before "…"', () => {
    const base = 'x'.repeat(268);
    assert.equal(trim(`${base} Ja? Dann mal los und weiter im Text`).text, `${base} Ja? …`);
  });

  it('cuts a single word longer than the limit between grapheme clusters', () => {
    const text = `Hallo ${'Donaudampfschifffahrtsgesellschaft'.repeat(12)}`;
    const result = trim(text);
    assert.equal(result.boundary, 'grapheme');
    assert.equal(result.length, 280);
    assert.ok(result.text.startsWith('Hallo Donau'));
  });

  it('never cuts inside an emoji: a ZWJ sequence stays whole or goes', () => {
    const text = '🧑‍🔧'.repeat(200);
    const result = trim(text);
    assert.equal(result.boundary, 'grapheme');
    assert.equal(result.text, `${'🧑‍🔧'.repeat(139)}…`);
    assert.equal(result.length, 280);
  });

  it('cuts CJK text between words (no spaces needed)', () => {
    const text = '今日は良い天気ですね。'.repeat(20);
    const result = trim(text);
    assert.ok(result.length <= 280);
    assert.ok(result.length >= 260);
    assert.ok(result.text.endsWith('…'));
  });

  it('keeps a trailing hashtag block and cuts the body before it', () => {
    const body = 'Unser Sommerfest war großartig, danke an alle, die dabei waren und mitgefeiert haben. '.repeat(5).trim();
    const text = `${body}\n\n#Sommerfest #Danke`;
    const result = trim(text);
    assert.ok(result.text.endsWith('…\n\n#Sommerfest #Danke') || result.text.endsWith('. …\n\n#Sommerfest #Danke'), result.text.slice(-40));
    assert.ok(result.length <= 280);
    assert.equal(result.end, body.length, 'the edit ends where the tag block starts');
  });

  it('keeps hashtags after a finished sentence on the same line', () => {
    const text = `${'Wir feiern heute unser Jubiläum mit euch allen. '.repeat(6)}Kommt vorbei! #Jubiläum #Feier`;
    const result = trim(text);
    assert.ok(result.text.endsWith(' #Jubiläum #Feier'));
  });

  it('keeps the sign-off of a reply', () => {
    const text = `@kunde Danke für deine Nachricht. ${'Wir kümmern uns darum und melden uns so schnell wie möglich bei dir. '.repeat(5)}\n^SeSe`;
    const result = trim(text, x, undefined, '^SeSe');
    assert.ok(result.text.endsWith('\n^SeSe'));
    assert.ok(result.length <= 280);
  });

  it('drops the tag block when it would take more than half the room', () => {
    const tags = Array.from({ length: 20 }, (_, index) => `#Schlagwort${index}`).join(' ');
    const text = `${'Text '.repeat(40)}\n\n${tags}`;
    const result = trim(text);
    assert.ok(result.length <= 280);
    assert.equal(result.end, text.length);
  });

  it('keeps a thread part\'s numbering (keepFrom)', () => {
    const text = `${'Wort '.repeat(70)}(2/3)`;
    const result = trimToFit(text, x, 280, { keepFrom: text.indexOf(' (2/3)') });
    assert.ok(result);
    assert.ok(result.text.endsWith('… (2/3)'));
    assert.ok(result.length <= 280);
  });

  it('measures with the channel\'s counter: Bluesky graphemes, Threads emoji bytes, Mastodon URLs', () => {
    const emoji = `${'Sonne 🌞 '.repeat(60)}`;
    assert.ok(trim(emoji, bluesky).length <= 300);
    const onThreads = trim(emoji, threads);
    assert.ok(onThreads.length <= 500);
    assert.equal(measure(onThreads.text, threads).length, onThreads.length);
    const links = `${'https://example.com/ein/sehr/langer/pfad/zur/seite '.repeat(30)}`;
    const onMastodon = trim(links, mastodon, 100);
    assert.ok(onMastodon.length <= 100);
    assert.ok(onMastodon.length >= 90, 'URLs count 23, so three of them fit');
  });

  it('gives up only when nothing fits (a URL longer than the limit where URLs count in full)', () => {
    assert.equal(trimToFit(`https://example.com/${'a'.repeat(400)}`, bluesky), undefined);
  });
});

const BREAKING_SPACE = /[ \n]/;
const SPACED_WORD = /[\p{L}\p{N}]/u;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** True when `offset` lies between two letters of a script that separates words by spaces. */
function splitsWord(text: string, offset: number): boolean {
  const before = text[offset - 1] ?? '';
  const after = text[offset] ?? '';
  return SPACED_WORD.test(before) && SPACED_WORD.test(after) && !UNSPACED.test(before) && !UNSPACED.test(after);
}

describe('trimToFit: properties', () => {
  const channels: Array<[ChannelProfile, number, number]> = [
    [x, 280, RUNS],
    [bluesky, 300, Math.ceil(RUNS / 2)],
    [mastodon, 120, Math.ceil(RUNS / 2)],
    [threads, 200, Math.ceil(RUNS / 2)],
    [instagram, 150, Math.ceil(RUNS / 2)],
  ];

  for (const [profile, limit, numRuns] of channels) {
    it(`${profile.id} (limit ${limit}): valid, a prefix cut at a boundary, and not shorter than needed`, () => {
      fc.assert(
        fc.property(postText(), (text) => {
          fc.pre(measure(text, profile, limit).length > limit);
          const result = trimToFit(text, profile, limit);
          assert.ok(result, 'a trim exists (the generated tokens are short)');

          // Valid for the channel, and exactly the original with its tail replaced.
          assert.ok(measure(result.text, profile, limit).length <= limit);
          assert.equal(result.length, measure(result.text, profile, limit).length);
          assert.equal(result.text, text.slice(0, result.start) + result.newText + text.slice(result.end));
          assert.match(result.newText, /^ ?…$/);
          assert.ok(result.start > 0);

          // Cut at a boundary: not inside a token or a grapheme cluster; earlier tokens intact.
          const tokens = extractTokens(text).all;
          for (const token of tokens) assert.ok(!(token.start < result.start && result.start < token.end), `inside ${token.text}`);
          assert.ok(isGraphemeBoundary(text, result.start));
          const stillThere = extractTokens(result.text).all.map((token) => `${token.start}:${token.text}`);
          for (const token of tokens.filter((t) => t.end <= result.start)) assert.ok(stillThere.includes(`${token.start}:${token.text}`), token.text);
          if (result.boundary !== 'grapheme') assert.ok(!splitsWord(text, result.start), 'cut between words');

          // The kept tail (if any) is the closing hashtags and a last line that signs the post.
          const kept = text.slice(result.end);
          const lastLine = kept.slice(kept.lastIndexOf('\n') + 1);
          const tags = isSignOff(lastLine, undefined, text) && kept.includes('\n') ? kept.slice(0, kept.lastIndexOf('\n')) : kept;
          assert.match(tags, /^(?:\s+#\S+)*\s*$/u, `kept tail ${JSON.stringify(kept)}`);

          // Not shorter than needed: no later word boundary, with " …", would also fit. A sentence end
          // may be preferred if it loses at most the slack.
          const slack = Math.min(30, Math.round(limit / 10));
          const tail = text.slice(result.end);
          // Past the first unit that does not fit, no prefix can fit.
          const bound = Math.min(result.end, measure(text, profile, limit).overflowStart! + 1);
          for (let offset = result.start + 1; offset < bound; offset++) {
            if (!BREAKING_SPACE.test(text[offset]) || BREAKING_SPACE.test(text[offset - 1])) continue;
            if (!/[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(text.slice(result.start, offset))) continue;
            const candidate = `${text.slice(0, offset).replace(/[\s,;:–-]+$/u, '')} …${tail}`;
            const length = measure(candidate, profile, limit).length;
            if (result.boundary === 'grapheme' || result.boundary === 'word' || result.boundary === 'clause') {
              assert.ok(length > limit, `a later boundary fits: ${JSON.stringify(candidate.slice(-30))}`);
            } else {
              assert.ok(length > limit || length - result.length <= slack + 1, `a sentence end lost too much: ${JSON.stringify(candidate.slice(-30))}`);
            }
          }
        }),
        { seed: 42, numRuns },
      );
    });
  }

  it('on X the result is also valid by twitter-text\'s parseTweet when it holds no emoji newer than it knows', () => {
    fc.assert(
      fc.property(postText({ newEmoji: false }), (text) => {
        fc.pre(measure(text, x).length > 280);
        const result = trimToFit(text, x);
        assert.ok(result);
        assert.ok(twitter.parseTweet(result.text).valid, JSON.stringify(result.text));
      }),
      { seed: 42, numRuns: Math.ceil(RUNS / 2) },
    );
  });
});

describe('length rule: findings and suggestions', () => {
  const lengthFindings = (text: string, config = {}) => {
    const result = lint(text, { config, locale: 'en' });
    assert.deepEqual(result.internalErrors, []);
    return result.findings.filter((finding) => finding.ruleId === 'length');
  };

  it('reports the overflow per channel with {length, limit}, as an error with suggestions only', () => {
    const body = `${'Unser Kundenservice ist ab sofort auch am Wochenende für euch da. '.repeat(5).trim()}`;
    const findings = lengthFindings(`---\nchannels: [x, bluesky, instagram]\n---\n${body}\n`);
    assert.deepEqual(findings.map((finding) => [finding.channel, finding.data.length, finding.data.limit]), [
      ['twitter', body.length, 280],
      ['bluesky', body.length, 300],
    ]);
    for (const finding of findings) {
      assert.equal(finding.severity, 'error');
      assert.equal(finding.fix, undefined, 'never a safe fix');
      assert.deepEqual(finding.suggestions.map((s) => s.titleId), ['fixTrim', 'fixSplit']);
    }
    assert.equal(findings[0].message, `[X] ${body.length}/280 characters`);
    assert.equal(findings[0].suggestions[0].title, 'Trim to 280 characters');
  });

  it('speaks German', () => {
    const text = `---\nchannels: [x]\n---\n${'Wir sind für euch da. '.repeat(20)}`;
    const finding = lint(text, { locale: 'de' }).findings.find((f) => f.ruleId === 'length');
    assert.ok(finding);
    assert.match(finding.message, /^\[X\] \d+\/280 Zeichen$/);
    assert.equal(finding.suggestions[0].title, 'Auf 280 Zeichen kürzen');
  });

  it('offers no thread on channels without threads', () => {
    const text = `---\nchannels: [instagram]\n---\n${'Sommer, Sonne, Strand. '.repeat(100)}`;
    const [finding] = lengthFindings(text);
    assert.deepEqual(finding.suggestions.map((s) => s.titleId), ['fixTrim']);
  });

  it('uses the configured limit (Mastodon instances differ)', () => {
    const text = `---\nchannels: [mastodon]\n---\n${'Neues von uns. '.repeat(10)}`;
    assert.equal(lengthFindings(text).length, 0);
    const [finding] = lengthFindings(text, { limits: { mastodon: 100 } });
    assert.deepEqual([finding.data.length, finding.data.limit], [149, 100]);
  });

  it('the trim edits only the end of the post and keeps notes in the text', () => {
    const second = `${'Zweiter Absatz, der zu lang ist. '.repeat(4)}<!-- Notiz im gekürzten Teil --> Letzter Satz.`;
    const text = `---\nchannels: [x]\n---\n${'Erster Absatz mit vielen Worten. '.repeat(6)}\n<!-- Notiz: Freigabe durch Anna -->\n${second}\n`;
    const [finding] = lengthFindings(text);
    const trimmed = applyEdits(text, finding.suggestions[0].edits);
    assert.ok(trimmed.includes('<!-- Notiz: Freigabe durch Anna -->'));
    assert.ok(trimmed.includes('<!-- Notiz im gekürzten Teil -->'), 'a note in the removed text stays');
    const firstEdit = Math.min(...finding.suggestions[0].edits.map((edit) => edit.start));
    assert.equal(trimmed.slice(0, firstEdit), text.slice(0, firstEdit), 'everything before the cut is untouched');
    assert.deepEqual(lengthFindings(trimmed), []);
  });

  it('a thread is measured part by part on X, but as a whole on LinkedIn', () => {
    const part = 'Das ist ein Teil des Threads mit genug Text, um ordentlich Platz zu brauchen. '.repeat(3).trim();
    const text = `---\nchannels: [x, linkedin]\n---\n${part} (1/2)\n\n---\n\n${part} (2/2)\n`;
    assert.deepEqual(lengthFindings(text), []);
    const tooLong = `${part} ${part}`;
    const findings = lengthFindings(`---\nchannels: [x]\n---\nKurz. (1/2)\n\n---\n\n${tooLong} (2/2)\n`);
    assert.equal(findings.length, 1);
    assert.equal(findings[0].messageId, 'tooLongPart');
    assert.deepEqual([findings[0].data.part, findings[0].data.parts], [2, 2]);
  });

  it('a post that fits reports nothing; notes do not count', () => {
    const text = `---\nchannels: [x]\n---\nKurz und knapp.\n<!-- ${'Eine sehr lange Notiz. '.repeat(30)} -->\n`;
    assert.deepEqual(lengthFindings(text), []);
  });
});
