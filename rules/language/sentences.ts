// Sentences of a post, cut in two ways that the rules were tuned on (their results differ, so both
// stay; see the tests of each):
//   - `splitSentences` (customer-data, address-form) uses Intl.Segmenter — ICU's sentence rules: a
//     line break ends a sentence, "z.B." before a lower-case word does not — with one repair ICU
//     lacks: an abbreviation such as "Nr." or "ca." before a capital letter or digit does not end a
//     sentence either ("Kunden-Nr. 123"); and one social-media habit: an emoji before a capitalised
//     word ends a sentence and opens the next one.
//   - `sentences` (tone, competitor) splits at line breaks and at . ! ? … before a space; an emoji
//     or closing quote after the mark stays with its sentence ("lahm. 🙄 Wir …"), and German
//     abbreviations and ordinals ("z. B.", "am 5. Mai") end no sentence.
// `startsSentence` tells whether a word opens a sentence-like part of a post (for "Sie" vs "sie").

import type { Locale } from '../types';
import { trimSpan, type Span } from './span';
import { isWhitespace } from '../text/whitespace';

export interface Sentence extends Span {
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
const ENDS_WITH_ABBREVIATION = /(?:^|[\s(„"'])(?:z\.\s?B|d\.\s?h|u\.\s?a|bzw|ggf|ca|inkl|zzgl|evtl|vgl|sog|Nr|Tel|Str|Hr|Fr|Dr|Prof|St|Std|Min|Mio|Mrd|Kd|Mr|Mrs|Ms|No|e\.\s?g|i\.\s?e|vs|approx|\p{L}+-Nr|\p{L}+\.-Nr)\.$/u;

/**
 * True when `sentence` (trimmed, ending in a dot) ends with an abbreviation. The expression is
 * anchored at the end, but the engine would still try it at every position: only the tail is
 * searched. A match holds at most two whitespace characters (the one before the abbreviation and
 * the one inside "z. B."), so the tail after the third whitespace from the end decides — that
 * whitespace is where the match's leading delimiter would stand, which `^` of the tail stands for.
 */
function endsWithAbbreviation(sentence: string): boolean {
  let tailStart = 0;
  let spaces = 0;
  for (let index = sentence.length - 1; index >= 0; index--) {
    if (WHITESPACE.test(sentence[index]!) && ++spaces === 3) {
      tailStart = index + 1;
      break;
    }
  }
  return ENDS_WITH_ABBREVIATION.test(tailStart === 0 ? sentence : sentence.slice(tailStart));
}

const WHITESPACE = /\s/;

// The last run of letters of each abbreviation above (before it stands a delimiter, a dot, a space
// or a hyphen, never a letter): "z.B." ends in "B", "Kunden-Nr." in "Nr".
const ABBREVIATION_ENDINGS = new Set([
  'B', 'h', 'a', 'bzw', 'ggf', 'ca', 'inkl', 'zzgl', 'evtl', 'vgl', 'sog', 'Nr', 'Tel', 'Str', 'Hr', 'Fr', 'Dr', 'Prof', 'St', 'Std',
  'Min', 'Mio', 'Mrd', 'Kd', 'Mr', 'Mrs', 'Ms', 'No', 'g', 'e', 'vs', 'approx',
]);

function isAsciiLetter(unit: number): boolean {
  return (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a);
}

// Social posts end sentences with an emoji as often as with a full stop: "Das klingt nicht gut 😟
// Gib uns …". An emoji followed by a capitalised word ends a sentence: a run of spaces before a
// capital letter that follows an emoji (itself after a letter, digit or space). The look-behind is
// tried only where such a run starts (sticky): as part of one expression the engine ran it at every
// position of the text. A run can only match from its start, as no emoji ends in a space.
const SPACES_BEFORE_CAPITAL = /[ \t]+(?=\p{Lu})/gu;
const AFTER_EMOJI = /(?<=[\p{L}\p{N}\s][\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\u{FE0F}\u{200D}]*\p{Extended_Pictographic}[\u{FE0F}\u{1F3FB}-\u{1F3FF}]*)/uy;

const PICTOGRAPH = /\p{Extended_Pictographic}/u;

/** Below this code point only © and ® are pictographs (test/unit/sentence-split.test.ts checks). */
const FIRST_PICTOGRAPH_AFTER_LATIN1 = 0x203c;

/**
 * True when `text[from, to)` holds a pictograph. The expression's class is costly to test at every
 * character, and before U+203C only © and ® are pictographs: a plain loop passes over the rest.
 */
function holdsPictograph(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const unit = text.charCodeAt(index);
    if (unit >= FIRST_PICTOGRAPH_AFTER_LATIN1 || unit === 0xa9 || unit === 0xae) return PICTOGRAPH.test(text.slice(index, to));
  }
  return false;
}

function splitAfterEmoji(text: string, range: Span): Span[] {
  const parts: Span[] = [];
  let from = range.start;
  // The look-behind needs an emoji in the sentence itself; most sentences of a post with one have none.
  if (!holdsPictograph(text, range.start, range.end)) return [range];
  const slice = text.slice(range.start, range.end);
  SPACES_BEFORE_CAPITAL.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = SPACES_BEFORE_CAPITAL.exec(slice)) !== null) {
    AFTER_EMOJI.lastIndex = match.index;
    if (!AFTER_EMOJI.test(slice)) continue;
    const at = range.start + match.index;
    parts.push({ start: from, end: at });
    from = at;
  }
  parts.push({ start: from, end: range.end });
  return parts;
}

// Intl.Segmenter slows down badly on long strings in Node 20 — each step costs time in proportion to
// the whole string (40K characters: 25 ms, 80K: 140 ms, 200K: seconds) — so a long text is segmented
// in pieces of about PIECE characters. A piece ends where ICU's sentence rules (UAX #29) always break
// whatever follows: after a line break (SB4), or else before a capital letter that follows . ! or ?
// and spaces (SB11; SB6–SB8a cannot hold there). Each piece then segments exactly as within the
// whole text, since no rule looks back across such a break.
const PIECE = 2048;
const BREAK_BEFORE_CAPITAL = /[.!?] +(?=\p{Lu})/gu;

/** Where the piece that starts at `from` ends. */
function pieceEnd(text: string, from: number): number {
  if (text.length - from <= PIECE) return text.length;
  const lineBreak = text.indexOf('\n', from + PIECE);
  const limit = lineBreak === -1 ? text.length : lineBreak + 1;
  // A paragraph of many pieces' length: cut it at a sentence end that ICU cannot join.
  if (limit - from > 2 * PIECE) {
    BREAK_BEFORE_CAPITAL.lastIndex = from + PIECE;
    const match = BREAK_BEFORE_CAPITAL.exec(text);
    if (match && match.index + match[0].length < limit) return match.index + match[0].length;
  }
  return limit;
}

/** The segments of Intl.Segmenter's sentence mode for `text`, found piece by piece (see above), as spans. */
function sentenceSegments(text: string, locale: Locale): Span[] {
  const segments = segmenter(locale);
  const spans: Span[] = [];
  for (let from = 0; from < text.length; ) {
    const to = pieceEnd(text, from);
    const piece = from === 0 && to === text.length ? text : text.slice(from, to);
    // Segment by segment with `containing` (the same segments as iterating, with less to allocate).
    const pieceSegments = segments.segment(piece);
    for (let at = 0; at < piece.length; ) {
      const { segment, index } = pieceSegments.containing(at)!;
      at = index + segment.length;
      spans.push({ start: from + index, end: from + at });
    }
    from = to;
  }
  return spans;
}

/** Sentences of `text` by Intl.Segmenter, repaired for abbreviations and emoji (see above). */
export function splitSentences(text: string, locale: Locale = 'de'): Sentence[] {
  const raw: Span[] = [];
  for (const segment of sentenceSegments(text, locale)) {
    const previous = raw[raw.length - 1];
    if (previous && endsWithAbbreviationInLine(text, previous)) previous.end = segment.end;
    else raw.push(segment);
  }
  const sentences: Sentence[] = [];
  // Without a pictograph there is no emoji to split after (most posts): skip the look-behind scan.
  const ranges = holdsPictograph(text, 0, text.length) ? raw.flatMap((range) => splitAfterEmoji(text, range)) : raw;
  for (const range of ranges) {
    const trimmed = trimSpan(text, range.start, range.end);
    if (trimmed) sentences.push({ start: trimmed.start, end: trimmed.end, text: text.slice(trimmed.start, trimmed.end) });
  }
  return sentences;
}

/** True when `range` of `text` holds no line break and ends (before trailing whitespace) with an abbreviation. */
function endsWithAbbreviationInLine(text: string, range: Span): boolean {
  let end = range.end;
  while (end > range.start && WHITESPACE.test(text[end - 1]!)) end--;
  // (The expression needs a final dot: testing for it first skips the expression for most sentences.)
  if (end === range.start || text.charCodeAt(end - 1) !== 0x2e) return false;
  // The letters right before the dot must be an abbreviation's last letters: most are not, and the
  // expression is skipped.
  let wordStart = end - 1;
  while (wordStart > range.start && isAsciiLetter(text.charCodeAt(wordStart - 1))) wordStart--;
  if (!ABBREVIATION_ENDINGS.has(text.slice(wordStart, end - 1))) return false;
  const sentence = text.slice(range.start, range.end);
  if (sentence.includes('\n')) return false;
  return endsWithAbbreviation(sentence.slice(0, end - range.start));
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

// Abbreviations after which a period does not end a sentence in `sentences` (compared in lower case).
const ABBREVIATIONS = new Set([
  'z', 'b', 'bzw', 'ca', 'd', 'h', 'u', 'a', 'usw', 'etc', 'inkl', 'exkl', 'ggf', 'evtl', 'vgl', 'nr', 'str', 'tel',
  'mio', 'mrd', 'dr', 'prof', 'hr', 'fr', 'mr', 'mrs', 'ms', 'st', 'e', 'g', 'i', 'vs', 'approx', 'no', 'jan', 'feb',
  'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'oct', 'nov', 'dez', 'dec', 'mo', 'di', 'mi', 'do', 'sa', 'so',
]);

const TERMINATOR = /[.!?…]+/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Sentences of `text`: split at line breaks and at . ! ? … followed by a space (see above). */
export function sentences(text: string): Span[] {
  const spans: Span[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    splitLine(text, lineStart, lineEnd, spans);
    lineStart = lineEnd + 1;
  }
  return spans;
}

function splitLine(text: string, from: number, to: number, spans: Span[]): void {
  let start = from;
  TERMINATOR.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = TERMINATOR.exec(text)) !== null && match.index < to) {
    let end = match.index + match[0].length;
    if (end >= to) break;
    if (!isWhitespace(text.charCodeAt(end))) continue; // "3.5", "sipgate.de", "?!"
    if (match[0] === '.' && !periodEndsSentence(text, start, match.index)) continue;
    // Emoji, closing quotes and brackets right after the mark belong to this sentence.
    let next = end;
    while (next < to && !/[\p{L}\p{N}@#＠＃]/u.test(text[next])) next++;
    const tail = text.slice(end, next);
    if (/[^\s]/.test(tail)) end = end + tail.trimEnd().length;
    pushTrimmed(text, start, end, spans);
    start = end;
    TERMINATOR.lastIndex = end;
  }
  pushTrimmed(text, start, to, spans);
}

/** False for the period of an abbreviation ("z.B.", "ca.") or an ordinal ("am 5. Mai"). */
function periodEndsSentence(text: string, sentenceStart: number, period: number): boolean {
  let start = period;
  while (start > sentenceStart && LETTER_OR_DIGIT.test(text[start - 1])) start--;
  if (start === period) return true;
  const word = text.slice(start, period);
  if (/^\d+$/.test(word)) return false;
  return !ABBREVIATIONS.has(word.toLowerCase());
}

function pushTrimmed(text: string, start: number, end: number, spans: Span[]): void {
  const trimmed = trimSpan(text, start, end);
  if (trimmed) spans.push(trimmed);
}
