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

// Letters, digits and combining marks; an apostrophe or hyphen only between two of them. The same
// as the expression /[\p{L}\p{N}\p{M}]+(?:['’\-‐‑][\p{L}\p{N}\p{M}]+)*/gu (a unit test checks
// that), read by hand: tokenize runs over every paragraph of every post, and the expression's match
// arrays were most of its cost (a 1 MB post has 150,000 words).
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;

/** Per BMP code point: 0 not looked up yet, 1 a word character, 2 not one. */
const bmpWordCharacters = new Uint8Array(0x10000);

/** UTF-16 length of the word character at `index` of `text`, or 0 when it is none. */
function wordCharacterLength(text: string, index: number): number {
  const codePoint = text.codePointAt(index)!;
  if (codePoint < 0x80) {
    const folded = codePoint | 0x20;
    return (codePoint >= 0x30 && codePoint <= 0x39) || (folded >= 0x61 && folded <= 0x7a) ? 1 : 0;
  }
  if (codePoint > 0xffff) return WORD_CHARACTER.test(String.fromCodePoint(codePoint)) ? 2 : 0;
  let known = bmpWordCharacters[codePoint]!;
  if (known === 0) {
    known = WORD_CHARACTER.test(String.fromCharCode(codePoint)) ? 1 : 2;
    bmpWordCharacters[codePoint] = known;
  }
  return known === 1 ? 1 : 0;
}

/** ' ’ - ‐ ‑: they join two words into one. */
function isJoiner(unit: number): boolean {
  return unit === 0x27 || unit === 0x2019 || unit === 0x2d || unit === 0x2010 || unit === 0x2011;
}

/** The words of `text.slice(start, end)`, compounds and contractions whole, with offsets into `text`. */
export function tokenize(text: string, start = 0, end = text.length): Word[] {
  const words: Word[] = [];
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  const length = slice.length;
  let index = 0;
  while (index < length) {
    let width = wordCharacterLength(slice, index);
    if (width === 0) {
      index++;
      continue;
    }
    const wordStart = index;
    for (;;) {
      while (index < length && (width = wordCharacterLength(slice, index)) > 0) index += width;
      if (index + 1 < length && isJoiner(slice.charCodeAt(index)) && wordCharacterLength(slice, index + 1) > 0) index++;
      else break;
    }
    const found = slice.slice(wordStart, index);
    // A replace only where there is a ’ to replace: most words have none.
    const written = found.includes('’') ? found.replace(/’/g, "'") : found;
    words.push({ text: written, lower: written.toLowerCase(), start: start + wordStart, end: start + index });
  }
  return words;
}

// Letters and digits (and the underscore of "@Telekom_hilft") with inner apostrophes ("don't",
// "geht's"); a hyphen ends the word.
const WORD_PART = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}_]|['’](?=\p{L}))*/gu;

/** The words of `text` that start in `[from, to)`, split at hyphens, as written (a word is cut at `to`). */
export function words(text: string, from = 0, to = text.length): Word[] {
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
