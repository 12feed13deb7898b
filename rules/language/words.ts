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

// Letters, digits and combining marks; an apostrophe or hyphen only between two of them.
const COMPOUND_WORD = /[\p{L}\p{N}\p{M}]+(?:['’\-‐‑][\p{L}\p{N}\p{M}]+)*/gu;

/** The words of `text.slice(start, end)`, compounds and contractions whole, with offsets into `text`. */
export function tokenize(text: string, start = 0, end = text.length): Word[] {
  const words: Word[] = [];
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  // An exec loop, and a replace only where there is a ’ to replace: this runs over every sentence
  // of every post, and matchAll's iterator with a replace per word cost four times as much.
  COMPOUND_WORD.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = COMPOUND_WORD.exec(slice)) !== null) {
    const written = match[0].includes('’') ? match[0].replace(/’/g, "'") : match[0];
    const offset = start + match.index;
    words.push({ text: written, lower: written.toLowerCase(), start: offset, end: offset + written.length });
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
