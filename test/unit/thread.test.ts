// Threads (rules/text/thread.ts): reading parts between `---` lines, and "Split into thread" —
// examples, then seeded property tests over generated posts.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { applyEdits, lint } from '../../rules';
import { measure } from '../../rules/channels/count';
import { channelProfile, type ChannelProfile } from '../../rules/channels/profiles';
import { extractTokens } from '../../rules/post/tokens';
import { isGraphemeBoundary } from '../../rules/text/graphemes';
import { splitIntoThread, splitThreadParts, threadNumbering } from '../../rules/text/thread';
import { postText } from './trim-generators';

/** Property runs (seeded); `POSTLINT_PROPERTY_RUNS` raises or lowers them for all property tests. */
const RUNS = Number(process.env.POSTLINT_PROPERTY_RUNS ?? 2000);

const x = channelProfile('twitter');
const bluesky = channelProfile('bluesky');
const mastodon = channelProfile('mastodon');
const threads = channelProfile('threads');

const NUMBERING = / \((\d+)\/(\d+)\)$/;
const NUMBERING_BEFORE_SIGN_OFF = / \((\d+)\/(\d+)\)(\s*\n[^\n]+)?$/;

function split(content: string, profile: ChannelProfile = x, limit?: number) {
  const result = splitIntoThread(content, profile, limit);
  assert.ok(result, 'a split exists');
  return result;
}

describe('splitThreadParts', () => {
  it('a post without separator lines is one part', () => {
    const content = 'Hallo Welt.\n\nZweiter Absatz.';
    const parts = splitThreadParts(content);
    assert.equal(parts.length, 1);
    assert.deepEqual([parts[0].start, parts[0].end, parts[0].text], [0, content.length, content]);
    assert.equal(parts[0].numbering, undefined);
  });

  it('parts lie between lines that hold only ---, with content offsets and numbering', () => {
    const content = 'Erster Teil (1/3)\n\n---\n\nZweiter Teil 2/3\n  ---  \nDritter Teil (3/3)';
    const parts = splitThreadParts(content);
    assert.deepEqual(parts.map((part) => part.text), ['Erster Teil (1/3)', 'Zweiter Teil 2/3', 'Dritter Teil (3/3)']);
    for (const part of parts) assert.equal(content.slice(part.start, part.end), part.text);
    assert.deepEqual(parts.map((part) => [part.numbering?.index, part.numbering?.total]), [[1, 3], [2, 3], [3, 3]]);
    assert.equal(content.slice(parts[0].numbering!.start, parts[0].numbering!.end), ' (1/3)');
  });

  it('ignores empty parts and dashes that are not alone on their line', () => {
    const parts = splitThreadParts('Eins\n---\n---\nZwei --- drei\n----\nvier');
    assert.deepEqual(parts.map((part) => part.text), ['Eins', 'Zwei --- drei\n----\nvier']);
  });

  it('a number that is not a valid part number is text', () => {
    const parts = splitThreadParts('Teil eins 5/3\n---\nTeil zwei');
    assert.equal(parts[0].numbering, undefined);
  });
});

describe('splitIntoThread: examples', () => {
  const sentences = [
    'Wir haben heute unsere neue App veröffentlicht und freuen uns riesig über euer Feedback.',
    'Die wichtigste Neuerung: Ihr könnt jetzt eure Rechnungen direkt in der App ansehen und herunterladen.',
    'Außerdem gibt es einen dunklen Modus, den sich viele von euch gewünscht haben.',
    'Alle Infos findet ihr unter https://example.com/app/neuigkeiten-2025 – schaut gern vorbei!',
    'Bei Fragen meldet euch jederzeit per Direktnachricht bei unserem Team.',
    'Wir wünschen euch viel Spaß beim Ausprobieren 🎉🧑‍🔧',
  ];
  const content = sentences.join(' ');

  it('numbers the parts, keeps each within the limit, and ends parts at sentence ends', () => {
    const result = split(content);
    assert.ok(result.parts.length >= 2);
    result.parts.forEach((part, index) => {
      assert.ok(measure(part, x).length <= 280, `part ${index + 1}`);
      assert.ok(part.endsWith(threadNumbering(index + 1, result.parts.length)));
    });
    for (const part of result.parts.slice(0, -1)) assert.match(part.replace(NUMBERING, ''), /[.!?]$/);
  });

  it('writes the parts with `---` lines between them, as edits of the content', () => {
    const result = split(content);
    assert.equal(applyEdits(content, result.edits), result.text);
    assert.equal(result.text, result.parts.join('\n\n---\n\n'));
    assert.deepEqual(splitThreadParts(result.text).map((part) => part.text), result.parts);
  });

  it('keeps a thread\'s own breaks and numbers anew when a part is split further', () => {
    const threaded = `Kurzer erster Teil. (1/2)\n\n---\n\n${content} (2/2)`;
    const result = split(threaded);
    assert.equal(result.parts[0], `Kurzer erster Teil.${threadNumbering(1, result.parts.length)}`);
    assert.ok(result.parts.length >= 3);
    result.parts.forEach((part, index) => assert.ok(part.endsWith(threadNumbering(index + 1, result.parts.length))));
    assert.equal(applyEdits(threaded, result.edits), result.text);
  });

  it('uses two-digit numbers for ten parts or more and still fits', () => {
    const long = Array.from({ length: 40 }, () => sentences.join(' ')).join(' ');
    const result = split(long);
    assert.ok(result.parts.length >= 10);
    for (const part of result.parts) assert.ok(measure(part, x).length <= 280);
    assert.ok(result.parts[0].endsWith(`(1/${result.parts.length})`));
  });

  it('splits CJK text without spaces and an overlong word between clusters', () => {
    const cjk = split('今日は良い天気ですね。'.repeat(30));
    for (const part of cjk.parts) assert.ok(measure(part, x).length <= 280);
    const word = split(`Hallo ${'Donaudampfschifffahrtsgesellschaft'.repeat(12)}`);
    for (const part of word.parts) assert.ok(measure(part, x).length <= 280);
  });

  it('cannot split a URL that alone is over the limit where URLs count their characters', () => {
    assert.equal(splitIntoThread(`Seht hier: https://example.com/${'a'.repeat(400)}`, bluesky), undefined);
  });

  it('the suggestion of the length rule: re-linting the result finds no part too long, and notes stay', () => {
    const document = `---\nchannels: [x]\n---\n${sentences.slice(0, 3).join(' ')}\n<!-- Link noch prüfen -->\n${sentences.slice(3).join(' ')}\n`;
    const finding = lint(document, { locale: 'en' }).findings.find((f) => f.ruleId === 'length');
    assert.ok(finding);
    const suggestion = finding.suggestions.find((s) => s.titleId === 'fixSplit');
    assert.ok(suggestion);
    const fixed = applyEdits(document, suggestion.edits);
    assert.ok(fixed.includes('<!-- Link noch prüfen -->'));
    assert.ok(fixed.includes('\n---\n'));
    assert.deepEqual(lint(fixed, { locale: 'en' }).findings.filter((f) => f.ruleId === 'length'), []);
  });
});

describe('splitIntoThread: properties', () => {
  const channels: Array<[ChannelProfile, number, number]> = [
    [x, 280, Math.ceil(RUNS / 2)],
    [bluesky, 300, Math.ceil(RUNS / 4)],
    [mastodon, 120, Math.ceil(RUNS / 4)],
    [threads, 200, Math.ceil(RUNS / 4)],
  ];
  for (const [profile, limit, numRuns] of channels) {
    it(`${profile.id} (limit ${limit}): every part fits, nothing is lost, no token or cluster is cut`, () => {
      fc.assert(
        fc.property(postText(), (text) => {
          fc.pre(measure(text, profile, limit).length > limit);
          const result = splitIntoThread(text, profile, limit);
          assert.ok(result, 'a split exists (the generated tokens are short)');
          assert.ok(result.parts.length >= 2);
          assert.equal(applyEdits(text, result.edits), result.text);

          let searchFrom = 0;
          const originalTokens = extractTokens(text).all.map((token) => token.text).sort();
          const partTokens: string[] = [];
          result.parts.forEach((part, index) => {
            assert.ok(measure(part, profile, limit).length <= limit, `part ${index + 1} fits`);
            // The number ends the part, or the line before the sign-off that closes the last part.
            const match = NUMBERING_BEFORE_SIGN_OFF.exec(part);
            assert.ok(match, 'numbered');
            assert.deepEqual([Number(match[1]), Number(match[2])], [index + 1, result.parts.length]);
            if (match[3]) assert.equal(index, result.parts.length - 1, 'only the last part ends with a sign-off');
            for (const piece of [part.slice(0, match.index), match[3]?.trim()]) {
              if (!piece) continue;
              // Each part is the next piece of the original, cut at cluster boundaries.
              const at = text.indexOf(piece, searchFrom);
              assert.ok(at >= 0, `part ${index + 1} is a piece of the original`);
              assert.match(text.slice(searchFrom, at), /^\s*$/u, 'nothing skipped');
              assert.ok(isGraphemeBoundary(text, at) && isGraphemeBoundary(text, at + piece.length));
              searchFrom = at + piece.length;
              partTokens.push(...extractTokens(piece).all.map((token) => token.text));
            }
          });
          assert.equal(searchFrom, text.length, 'nothing left over');
          assert.deepEqual(partTokens.sort(), originalTokens, 'no URL, mention, hashtag or cashtag is cut');
        }),
        { seed: 42, numRuns },
      );
    });
  }
});
