// Words of a text with their offsets, in two cuts:
//   - `tokenize` keeps German compounds ("E-Mail-Adresse", "Kunden-Nr") and contractions ("geht's",
//     "don't") as one word, for the grammar heuristics of customer-data and address-form;
//   - `words` splits at hyphens ("Vodafone-Kunden" is "Vodafone" and "Kunden"), for the tone and
//     competitor rules, which look for a name or a harsh word inside a compound.
// Hand-written rather than Intl.Segmenter's word mode, which splits compounds and contractions apart.

import type { Span } from './span';

export interface Word extends Span {
  /** The word: as written by `words`; `tokenize` turns a typographic apostrophe into `'`. */
  text: string;
  /** `text` in lower case, for set look-ups. */
  lower: string;
}

// Both cuts are read by hand, character by character, rather than with the expressions they stand
// for (unit tests check that they agree): they run over every paragraph of every post, and the
// expressions' match arrays were most of their cost (a 1 MB post has 150,000 words).

const LETTER = 1;
const NUMBER = 2;
const MARK = 4;
const KNOWN = 8;
const LETTER_OR_NUMBER = LETTER | NUMBER;
const WORD_CHARACTER = LETTER | NUMBER | MARK;

/** The general category (letter, number, mark or none) of each BMP code point, looked up on first use. */
const bmpClasses = new Uint8Array(0x10000);
for (let unit = 0; unit < 0x80; unit++) {
  const folded = unit | 0x20;
  bmpClasses[unit] = KNOWN | (folded >= 0x61 && folded <= 0x7a ? LETTER : unit >= 0x30 && unit <= 0x39 ? NUMBER : 0);
}

function classOfCodePoint(codePoint: number): number {
  const char = String.fromCodePoint(codePoint);
  return KNOWN | (/\p{L}/u.test(char) ? LETTER : 0) | (/\p{N}/u.test(char) ? NUMBER : 0) | (/\p{M}/u.test(char) ? MARK : 0);
}

/** The class of the code point at `index` of `text` (a lone surrogate is none), and its UTF-16 length in bit 4. */
function classAt(text: string, index: number): number {
  const unit = text.charCodeAt(index);
  if (unit < 0xd800 || unit > 0xdbff) {
    let known = bmpClasses[unit]!;
    if (known === 0) {
      known = classOfCodePoint(unit);
      bmpClasses[unit] = known;
    }
    return known;
  }
  const codePoint = text.codePointAt(index)!;
  if (codePoint <= 0xffff) return KNOWN;
  return classOfCodePoint(codePoint) | WIDE;
}

/** Set in a class from `classAt` when the code point takes two UTF-16 units. */
const WIDE = 16;

function widthOf(found: number): number {
  return found & WIDE ? 2 : 1;
}

/** ' ’ - ‐ ‑: they join two words into one. */
function isJoiner(unit: number): boolean {
  return unit === 0x27 || unit === 0x2019 || unit === 0x2d || unit === 0x2010 || unit === 0x2011;
}

/**
 * The words of `text.slice(start, end)`, compounds and contractions whole, with offsets into `text`:
 * the matches of /[\p{L}\p{N}\p{M}]+(?:['’\-‐‑][\p{L}\p{N}\p{M}]+)*\/gu.
 */
export function tokenize(text: string, start = 0, end = text.length): Word[] {
  const words: Word[] = [];
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  const length = slice.length;
  let index = 0;
  while (index < length) {
    let found = classAt(slice, index);
    if ((found & WORD_CHARACTER) === 0) {
      index++;
      continue;
    }
    const wordStart = index;
    // Only a joining ’ can bring one into the word: it is no word character.
    let curly = false;
    for (;;) {
      index += widthOf(found);
      while (index < length && ((found = classAt(slice, index)) & WORD_CHARACTER) !== 0) index += widthOf(found);
      if (index + 1 < length && isJoiner(slice.charCodeAt(index)) && ((found = classAt(slice, index + 1)) & WORD_CHARACTER) !== 0) {
        if (slice.charCodeAt(index) === 0x2019) curly = true;
        index++;
      } else {
        break;
      }
    }
    const written = curly ? slice.slice(wordStart, index).replace(/’/g, "'") : slice.slice(wordStart, index);
    words.push({ text: written, lower: written.toLowerCase(), start: start + wordStart, end: start + index });
  }
  return words;
}

// Letters and digits (and the underscore of "@Telekom_hilft") with inner apostrophes ("don't",
// "geht's"); a hyphen ends the word.
const WORD_PART = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}_]|['’](?=\p{L}))*/gu;

/**
 * The words of `text` that start in `[from, to)`, split at hyphens, as written (a word is cut at
 * `to`): the matches of WORD_PART.
 */
export function words(text: string, from = 0, to = text.length): Word[] {
  const found: Word[] = [];
  if (from > 0 && from < text.length && isLowSurrogateAfterHigh(text, from)) return wordsByExpression(text, from, to);
  const length = text.length;
  let index = from;
  while (index < length && index < to) {
    const first = classAt(text, index);
    if ((first & LETTER_OR_NUMBER) === 0) {
      index += widthOf(first);
      continue;
    }
    const wordStart = index;
    index += widthOf(first);
    while (index < length) {
      const unit = text.charCodeAt(index);
      if (unit === 0x5f) {
        index++;
        continue;
      }
      if (unit === 0x27 || unit === 0x2019) {
        if (index + 1 < length && (classAt(text, index + 1) & LETTER) !== 0) {
          index++;
          continue;
        }
        break;
      }
      const next = classAt(text, index);
      if ((next & WORD_CHARACTER) === 0) break;
      index += widthOf(next);
    }
    const wordEnd = Math.min(index, to);
    found.push(new WrittenWord(wordStart, wordEnd, text.slice(wordStart, wordEnd)));
  }
  return found;
}

/** True when `index` falls between the two halves of a surrogate pair. */
function isLowSurrogateAfterHigh(text: string, index: number): boolean {
  const unit = text.charCodeAt(index);
  const before = text.charCodeAt(index - 1);
  return unit >= 0xdc00 && unit <= 0xdfff && before >= 0xd800 && before <= 0xdbff;
}

/** `words` by the expression itself, for a start inside a surrogate pair (where the engine decides). */
function wordsByExpression(text: string, from: number, to: number): Word[] {
  const found: Word[] = [];
  WORD_PART.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = WORD_PART.exec(text)) !== null && match.index < to) {
    const end = Math.min(match.index + match[0].length, to);
    found.push(new WrittenWord(match.index, end, text.slice(match.index, end)));
  }
  return found;
}

/** A word from `words`. Its lower case is computed on demand: the rules look up few of them. */
class WrittenWord implements Word {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly text: string,
  ) {}

  get lower(): string {
    return this.text.toLowerCase();
  }
}

/** "Sie", "Ihnen": first letter upper case, the rest not all upper case. */
export function isCapitalized(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && !isAllCaps(word);
}

/** "SIE", "DICH" (two letters or more, all upper case). */
export function isAllCaps(word: string): boolean {
  // Words of ASCII letters (nearly all) are answered without an expression.
  let capitals = 0;
  for (let index = 0; index < word.length; index++) {
    const unit = word.charCodeAt(index);
    // A lower-case letter: not all capitals, whatever else the word holds.
    if (unit >= 0x61 && unit <= 0x7a) return false;
    if (unit >= 0x41 && unit <= 0x5a) capitals++;
    else return isAllCapsLetters(word);
  }
  return capitals >= 2;
}

function isAllCapsLetters(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** "sie", "ihr": all lower case. */
export function isLowerCase(word: string): boolean {
  return word === word.toLowerCase();
}

function phraseAt(words: readonly Word[], phrase: readonly string[], index: number, to: number): boolean {
  if (index + phrase.length > to) return false;
  for (let offset = 0; offset < phrase.length; offset++) {
    if (words[index + offset]!.lower !== phrase[offset]) return false;
  }
  return true;
}

/**
 * A list of phrases ("per dm", "in der app", "kein problem"), indexed by first word so that a text
 * is scanned once however long the list is.
 */
export class PhraseList {
  // Indexed on first use: the lists are built at module load, and many runs never need them.
  private index: Map<string, string[][]> | undefined;

  constructor(private readonly list: readonly string[]) {}

  private get byFirst(): Map<string, string[][]> {
    if (!this.index) {
      this.index = new Map();
      for (const entry of this.list) {
        const phrase = tokenize(entry).map((word) => word.lower);
        if (phrase.length === 0) continue;
        const bucket = this.index.get(phrase[0]!) ?? [];
        bucket.push(phrase);
        this.index.set(phrase[0]!, bucket);
      }
    }
    return this.index;
  }

  /** The phrase that starts at `words[index]` (the longest), if any. */
  at(words: readonly Word[], index: number, to = words.length): readonly string[] | undefined {
    const bucket = this.byFirst.get(words[index]?.lower ?? '');
    if (!bucket) return undefined;
    let best: string[] | undefined;
    for (const phrase of bucket) {
      if ((!best || phrase.length > best.length) && phraseAt(words, phrase, index, to)) best = phrase;
    }
    return best;
  }

  /** Index of the first word in `words[from..to)` where a phrase of the list starts, or -1. */
  find(words: readonly Word[], from = 0, to = words.length): number {
    for (let index = from; index < to; index++) {
      if (this.at(words, index, to)) return index;
    }
    return -1;
  }

  /** True when a phrase of the list occurs in `words[from..to)`. */
  occursIn(words: readonly Word[], from = 0, to = words.length): boolean {
    return this.find(words, from, to) >= 0;
  }

  /** Every occurrence, left to right and not overlapping: start index and length in words. */
  all(words: readonly Word[], from = 0, to = words.length): Array<{ index: number; length: number }> {
    const found: Array<{ index: number; length: number }> = [];
    for (let index = from; index < to; index++) {
      const phrase = this.at(words, index, to);
      if (!phrase) continue;
      found.push({ index, length: phrase.length });
      index += phrase.length - 1;
    }
    return found;
  }
}
