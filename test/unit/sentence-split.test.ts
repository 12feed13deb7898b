// splitSentences (rules/language/sentences.ts) searches only the tail of a sentence for a closing
// abbreviation and tries the emoji look-behind only where a run of spaces before a capital starts.
// Both must cut exactly as the single expressions did — checked against those expressions on
// generated texts of abbreviations, emoji, capitals, spaces and line breaks.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { splitSentences } from '../../rules/language/sentences';
import { trimSpan, type Span } from '../../rules/language/span';
import { SEED } from '../support/arbitraries';

const RUNS = Number(process.env.POSTLINT_PROPERTY_RUNS ?? 2000);

// The expressions as they were written: the reference.
const ENDS_WITH_ABBREVIATION = /(?:^|[\s(„"'])(?:z\.\s?B|d\.\s?h|u\.\s?a|bzw|ggf|ca|inkl|zzgl|evtl|vgl|sog|Nr|Tel|Str|Hr|Fr|Dr|Prof|St|Std|Min|Mio|Mrd|Kd|Mr|Mrs|Ms|No|e\.\s?g|i\.\s?e|vs|approx|\p{L}+-Nr|\p{L}+\.-Nr)\.$/u;
const EMOJI_BREAK = /(?<=[\p{L}\p{N}\s][\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\u{FE0F}\u{200D}]*\p{Extended_Pictographic}[\u{FE0F}\u{1F3FB}-\u{1F3FF}]*)[ \t]+(?=\p{Lu})/gu;

function reference(text: string): Array<{ start: number; end: number; text: string }> {
  const raw: Span[] = [];
  for (const { segment, index } of new Intl.Segmenter('de', { granularity: 'sentence' }).segment(text)) {
    const previous = raw[raw.length - 1];
    const previousText = previous ? text.slice(previous.start, previous.end) : '';
    const trimmed = previousText.trimEnd();
    if (previous && trimmed.endsWith('.') && !previousText.includes('\n') && ENDS_WITH_ABBREVIATION.test(trimmed)) previous.end = index + segment.length;
    else raw.push({ start: index, end: index + segment.length });
  }
  const ranges = raw.flatMap((range) => {
    const parts: Span[] = [];
    let from = range.start;
    for (const match of text.slice(range.start, range.end).matchAll(EMOJI_BREAK)) {
      parts.push({ start: from, end: range.start + match.index });
      from = range.start + match.index;
    }
    parts.push({ start: from, end: range.end });
    return parts;
  });
  return ranges.flatMap((range) => {
    const trimmed = trimSpan(text, range.start, range.end);
    return trimmed ? [{ start: trimmed.start, end: trimmed.end, text: text.slice(trimmed.start, trimmed.end) }] : [];
  });
}

const piece = fc.constantFrom(
  'Nr.', 'Kunden-Nr.', 'Kd.-Nr.', 'z. B.', 'z.B.', 'd. h.', 'e.g.', 'ca.', 'bzw.', 'usw.', 'Dr.', '(Tel.', '„Str.', 'Wort', 'wort', 'Sie', '123',
  'Straße.', '©', '®', '‼', '.', '!', '?', 'A', 'a', '😀', '👍🏽', '❤️', '🧑‍🔧', '\u200D', '\uFE0F', '🏽', ' ', ' ', ' ', '  ', '\t', '\n', '\u00A0', '\u2003',
);

describe('splitSentences', () => {
  it('cuts as the single expressions did', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }).map((pieces) => pieces.join('')), (text) => {
        assert.deepEqual(splitSentences(text), reference(text));
      }),
      { seed: SEED, numRuns: RUNS * 5 },
    );
  });

  it('relies on no pictograph below U+203C but © and ®', () => {
    const pictographs: number[] = [];
    for (let point = 0; point < 0x203c; point++) if (/\p{Extended_Pictographic}/u.test(String.fromCodePoint(point))) pictographs.push(point);
    assert.deepEqual(pictographs, [0xa9, 0xae]);
  });

  it('cuts written examples as the single expressions did', () => {
    for (const text of ['Ruf an, z. B. Mo. bis Fr. Danke 😀 Bis bald', 'Deine Kunden-Nr. Gib sie uns 👍🏽  Danke', 'Hallo 🧑‍🔧\tWir helfen. Sie auch?']) {
      assert.deepEqual(splitSentences(text), reference(text));
    }
    assert.ok(splitSentences('Danke 😀 Bis bald').length === 2);
  });
});
