// Where a post may be cut (trim) or split (thread): after a paragraph, a line, a sentence or a word,
// or — as a last resort — between two grapheme clusters. Never inside a URL, mention, hashtag or
// cashtag, and never inside an emoji or any other grapheme cluster.

import { isSignOff } from '../checks/sign-off';
import type { Token } from '../post/tokens';
import { clusters } from './clusters';
import data from './abbreviations.json';

/** Kinds of break, weakest first. A clause break follows a comma, semicolon or colon. */
export type BreakKind = 'grapheme' | 'word' | 'clause' | 'sentence' | 'line' | 'paragraph';

const STRENGTH: Record<BreakKind, number> = { grapheme: 0, word: 1, clause: 2, sentence: 3, line: 4, paragraph: 5 };

/** True when a break of `kind` ends a sentence, a line or a paragraph. */
export function endsSentence(kind: BreakKind): boolean {
  return STRENGTH[kind] >= STRENGTH.sentence;
}

/** True when a break of `kind` ends at least a clause. */
export function endsClause(kind: BreakKind): boolean {
  return STRENGTH[kind] >= STRENGTH.clause;
}

export interface BreakOpportunity {
  /** The text before `offset` may end here. */
  offset: number;
  /** Where the text after the break resumes (past the whitespace of the break). */
  next: number;
  kind: BreakKind;
}

/**
 * Whitespace between words. No-break spaces (U+00A0, U+2007, U+202F) are left out on purpose: a writer
 * puts them where a line must not break ("5 €", "z. B.").
 */
const BREAKING_SPACE = /[ \t\n\r\f\v\u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]+/g;
/** The same run of whitespace, read from where it starts (sticky). */
const BREAKING_SPACE_AT = new RegExp(BREAKING_SPACE.source, 'y');
const BREAKING_SPACE_CHAR = /[ \t\n\r\f\v\u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]/;

/** Scripts written without spaces between words; there Intl.Segmenter finds the word boundaries. */
const NO_SPACE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

// Created on first use: ICU's data for a segmenter costs memory (a few MB) the moment it exists.
let wordSegmenter: Intl.Segmenter | undefined;
const WORD_RUN = /[^ \t\n\r\f\v\u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]+/g;

const ABBREVIATIONS = new Set(data.abbreviations);

const MAY_END_SENTENCE = /[.!?…‼⁉。！？"'”’»«)\]]/u;

/** Sentence punctuation, optionally followed by closing quotes or brackets. */
const SENTENCE_END = /([.!?…‼⁉。！？]+)["'”’»«)\]]*$/u;

export function isBreakingSpace(char: string): boolean {
  return BREAKING_SPACE_CHAR.test(char);
}

/** True when the text before `end` finishes a sentence ("Danke!", "… heute." — not "z.B." or "3."). */
export function isSentenceEnd(text: string, end: number): boolean {
  if (!MAY_END_SENTENCE.test(text[end - 1] ?? '')) return false;
  const before = text.slice(Math.max(0, end - 60), end);
  const match = SENTENCE_END.exec(before);
  if (!match) return false;
  if (match[1] !== '.') return true;
  const word = /\S*$/.exec(before.slice(0, match.index))![0];
  if (/^\d{1,2}$/.test(word)) return false; // German ordinal: "am 3. Oktober" (a year still ends a sentence)
  if (/^\p{L}$/u.test(word)) return false; // an initial: "Anna M. Schulz"
  if (/^(?:\p{L}{1,3}\.)+\p{L}{1,3}$/u.test(word)) return false; // z.B., d.h., u.a., e.g., i.e.
  return !ABBREVIATIONS.has(word.replace(/^[("'„“‚‘«»]+/u, '').toLowerCase());
}

/**
 * Where the last line of `text[start, end)` starts when that line signs the post (the configured
 * sign-off, initials such as "^SeSe", "Viele Grüße, Anna" — as the `sign-off` rule sees them) after
 * other text. Trimming and splitting keep that line at the very end.
 */
export function signOffLineStart(text: string, start: number, end: number, signOff?: string): number | undefined {
  const lineStart = text.lastIndexOf('\n', end - 1) + 1;
  if (lineStart <= start) return undefined;
  const line = text.slice(lineStart, end).trim();
  // A sign-off is short and carries no tags; a longer last line is message.
  if (line === '' || line.length > 60 || /[#＃]/.test(line)) return undefined;
  const earlier = text.slice(start, lineStart);
  if (!/\S/.test(earlier)) return undefined;
  const configured = signOff?.split('\n')[0].trim() || undefined;
  return isSignOff(line, configured, earlier) ? lineStart : undefined;
}

/**
 * Tests whether an offset lies strictly inside a token (tokens sorted by start). Offsets are asked in
 * increasing order (the segmenter pass restarts once), so it keeps its place in the token list.
 */
function insideTokens(tokens: readonly Token[]): (offset: number) => boolean {
  let index = 0;
  let last = -1;
  return (offset) => {
    if (offset < last) index = 0;
    last = offset;
    while (index < tokens.length && tokens[index].end <= offset) index++;
    const token = tokens[index];
    return token !== undefined && token.start < offset && offset < token.end;
  };
}

/** The token that ends exactly at `offset`, if any. */
export function tokenEndingAt(tokens: readonly Token[], offset: number): Token | undefined {
  return tokens.find((token) => token.end === offset);
}

/**
 * Breaks between words with offsets in `(from, to]`, sorted: at each run of whitespace (classified as
 * paragraph, line, sentence, clause or word), and in scripts without spaces at the boundaries
 * Intl.Segmenter finds between words.
 */
export function wordBreaks(text: string, tokens: readonly Token[], from = 0, to = text.length): BreakOpportunity[] {
  const breaks: BreakOpportunity[] = [];
  const inside = insideTokens(tokens);
  // Runs are looked for where they can start, in `text[from, to]`: searching the whole text found
  // the next run however far after `to` it was, and the thread split asks for the breaks of many
  // small windows — on a long text without spaces each search read the rest of it (quadratic).
  // A run that starts there is then read whole, wherever it ends.
  const scope = text.slice(0, Math.min(text.length, to + 1));
  BREAKING_SPACE.lastIndex = from;
  for (let match = BREAKING_SPACE.exec(scope); match; match = BREAKING_SPACE.exec(scope)) {
    const offset = match.index;
    BREAKING_SPACE_AT.lastIndex = offset;
    const space = BREAKING_SPACE_AT.exec(text)![0];
    BREAKING_SPACE.lastIndex = offset + space.length;
    if (offset <= from || inside(offset)) continue;
    const kind: BreakKind = /\n[ \t]*\n/.test(space)
      ? 'paragraph'
      : space.includes('\n')
        ? 'line'
        : isSentenceEnd(text, offset)
          ? 'sentence'
          : /[,;:，；：]/.test(text[offset - 1])
            ? 'clause'
            : 'word';
    breaks.push({ offset, next: offset + space.length, kind });
  }
  if (NO_SPACE_SCRIPT.test(text.slice(from, to))) {
    // Only the words written in such a script need the segmenter (it is slow): whitespace already
    // separates everything else.
    const spaced = new Set(breaks.map((b) => b.offset));
    // Only the part of a run before `to` is segmented: the runs are looked for in `text[from, to)`.
    const words = text.slice(0, to);
    WORD_RUN.lastIndex = from;
    for (let run = WORD_RUN.exec(words); run; run = WORD_RUN.exec(words)) {
      if (!NO_SPACE_SCRIPT.test(run[0])) continue;
      const runStart = Math.max(run.index, from);
      wordSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
      for (const { index } of wordSegmenter.segment(text.slice(runStart, Math.min(run.index + run[0].length, to)))) {
        const offset = runStart + index;
        if (offset <= from || spaced.has(offset)) continue;
        const before = text[offset - 1];
        const after = text[offset];
        if (isBreakingSpace(before) || isBreakingSpace(after)) continue;
        if (!NO_SPACE_SCRIPT.test(before) && !NO_SPACE_SCRIPT.test(after)) continue;
        if (inside(offset)) continue;
        breaks.push({ offset, next: offset, kind: /[。！？]/.test(before) ? 'sentence' : 'word' });
      }
    }
    breaks.sort((a, b) => a.offset - b.offset);
  }
  return breaks;
}

/** Boundaries between grapheme clusters with offsets in `(from, to)`, outside tokens. */
export function graphemeBreaks(text: string, tokens: readonly Token[], from = 0, to = text.length): BreakOpportunity[] {
  const breaks: BreakOpportunity[] = [];
  const inside = insideTokens(tokens);
  for (const cluster of clusters(text.slice(from, to))) {
    const offset = from + cluster.start;
    if (offset <= from || inside(offset)) continue;
    breaks.push({ offset, next: offset, kind: 'grapheme' });
  }
  return breaks;
}

/**
 * The index of the last item that fits: found with a cheap estimate, then confirmed (and corrected
 * by a step or two) with the exact test, which is what the result must pass.
 */
export function lastFittingExact<T>(items: readonly T[], estimate: (item: T) => boolean, exact: (item: T) => boolean): number {
  let index = lastFitting(items, estimate);
  while (index >= 0 && !exact(items[index])) index--;
  while (index + 1 < items.length && exact(items[index + 1])) index++;
  return index;
}

/** The index of the last item for which `fits` holds, assuming it holds for a prefix of the items. */
export function lastFitting<T>(items: readonly T[], fits: (item: T) => boolean): number {
  let low = 0;
  let high = items.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (fits(items[mid])) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  // Costs grow with the prefix, but a few counting rules (an ellipsis after a sentence costs one
  // more) can make them stall for a step: look a little further so that no later break is missed.
  for (let next = found + 1; next < Math.min(items.length, found + 4); next++) {
    if (fits(items[next])) found = next;
  }
  return found;
}
