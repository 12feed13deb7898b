// Sentences of a post via Intl.Segmenter (ICU's sentence rules: a line break ends a sentence, "z.B."
// before a lower-case word does not), with one repair ICU lacks: an abbreviation such as "Nr." or
// "ca." before a capital letter or digit does not end a sentence either ("Kunden-Nr. 123"); and one
// social-media habit: an emoji before a capitalised word ends a sentence.

import type { Locale } from '../types';
import type { Range } from './mask';

export interface Sentence extends Range {
  /** The sentence without surrounding whitespace (`start`/`end` are trimmed the same way). */
  text: string;
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(locale: Locale): Intl.Segmenter {
  let found = segmenters.get(locale);
  if (!found) {
    found = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(locale, found);
  }
  return found;
}

// Abbreviations that end in a dot but rarely end a sentence. "etc." and "usw." often do, so they
// are not listed.
const ABBREVIATION = /(?:^|[\s(„"'])(?:z\.\s?B|d\.\s?h|u\.\s?a|bzw|ggf|ca|inkl|zzgl|evtl|vgl|sog|Nr|Tel|Str|Hr|Fr|Dr|Prof|St|Std|Min|Mio|Mrd|Kd|Mr|Mrs|Ms|No|e\.\s?g|i\.\s?e|vs|approx|\p{L}+-Nr|\p{L}+\.-Nr)\.$/u;

// Social posts end sentences with an emoji as often as with a full stop: "Das klingt nicht gut 😟
// Gib uns …". An emoji followed by a capitalised word ends a sentence.
const EMOJI_BREAK = /(?<=[\p{L}\p{N}\s][\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\u{FE0F}\u{200D}]*\p{Extended_Pictographic}[\u{FE0F}\u{1F3FB}-\u{1F3FF}]*)[ \t]+(?=\p{Lu})/gu;

function splitAfterEmoji(text: string, range: Range): Range[] {
  const parts: Range[] = [];
  let from = range.start;
  for (const match of text.slice(range.start, range.end).matchAll(EMOJI_BREAK)) {
    const at = range.start + match.index;
    parts.push({ start: from, end: at });
    from = at;
  }
  parts.push({ start: from, end: range.end });
  return parts;
}

export function splitSentences(text: string, locale: Locale = 'de'): Sentence[] {
  const raw: Range[] = [];
  for (const { segment, index } of segmenter(locale).segment(text)) {
    const previous = raw[raw.length - 1];
    const previousText = previous ? text.slice(previous.start, previous.end) : '';
    if (previous && !previousText.includes('\n') && ABBREVIATION.test(previousText.trimEnd())) {
      previous.end = index + segment.length;
    } else {
      raw.push({ start: index, end: index + segment.length });
    }
  }
  const sentences: Sentence[] = [];
  for (const range of raw.flatMap((range) => splitAfterEmoji(text, range))) {
    let { start, end } = range;
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    if (end > start) sentences.push({ start, end, text: text.slice(start, end) });
  }
  return sentences;
}

/**
 * True when the word at `offset` opens a sentence or a sentence-like part of a post: it follows
 * the start of the text, a line break, . ! ? : ; …, a dash or bullet, "+++", or an emoji — only
 * spaces, opening quotes and brackets in between. German capitalises every word there, so "Sie" in
 * this position may mean "she/they" as well as the formal "you".
 */
export function startsSentence(text: string, offset: number): boolean {
  for (let index = offset - 1; index >= 0; index--) {
    const char = text[index]!;
    if (char === '\n') return true;
    if (/[\s„"“»«‚(\[{*_]/u.test(char)) continue;
    if (/[.!?:;…•|+–—-]/u.test(char)) return true;
    // An emoji (a surrogate pair, maybe with a variation selector or skin tone) ends a thought.
    const code = char.charCodeAt(0);
    if (code >= 0xdc00 && code <= 0xdfff && index > 0) {
      const point = text.codePointAt(index - 1) ?? 0;
      if (/\p{Extended_Pictographic}|\p{Emoji_Modifier}/u.test(String.fromCodePoint(point))) return true;
    }
    if (/\p{Extended_Pictographic}/u.test(char) || char === '\uFE0F' || char === '\u200D') return true;
    return false;
  }
  return true;
}
