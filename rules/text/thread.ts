// Threads: a post published as a chain of numbered posts on X, Mastodon, Bluesky and Threads.
//
// In a `.post.md` file the parts of a thread are separated by a line that holds only `---` (after
// the frontmatter, so it is never mistaken for it). Each part ends with its number, " (2/3)" — before
// a closing sign-off line, which stays last. The `length` rule measures each part on its own on
// channels that have threads; the preview shows one card per part. "Split into thread" writes
// exactly this form:
//
//     First part of the text … (1/2)
//
//     ---
//
//     Second part of the text. (2/2)

import type { ChannelProfile } from '../channels/profiles';
import { measure, prefixLengths } from '../channels/count';
import { extractTokens, type Token } from '../post/tokens';
import type { TextEdit } from '../types';
import { endsClause, endsSentence, graphemeBreaks, lastFittingExact, signOffLineStart, wordBreaks, type BreakOpportunity } from './boundaries';
import { isWhitespace } from './whitespace';

/** The line between two parts of a thread. */
export const THREAD_SEPARATOR = '---';

/** The numbering appended to part `index` (1-based) of `total`: " (2/3)". */
export function threadNumbering(index: number, total: number): string {
  return ` (${index}/${total})`;
}

export interface ThreadNumbering {
  /** Content offsets of the numbering, including the whitespace before it. */
  start: number;
  end: number;
  index: number;
  total: number;
}

export interface ThreadPart {
  /** Content offsets of the part's text, surrounding whitespace excluded. */
  start: number;
  end: number;
  text: string;
  /** The part's numbering (" (2/3)", " 2/3"): at its end, or at the end of the line before a sign-off. */
  numbering?: ThreadNumbering;
  /** Where the part's last line starts when that line is a sign-off ("^SeSe"), which stays last. */
  signOff?: number;
}

const SEPARATOR_LINE = /^[ \t]*---[ \t]*$/gm;
const NUMBERING = /(?:^|[ \t\n]+)(?:\((\d{1,3})\/(\d{1,3})\)|(\d{1,3})\/(\d{1,3}))$/;

/**
 * The parts of a post's content: one part when it holds no separator line, else the non-empty texts
 * between separator lines. Offsets are content offsets, for the rules and for the preview. `signOff`
 * is the post's sign-off, recognised (like "^SeSe"-style initials) as the last line of a part.
 */
export function splitThreadParts(content: string, signOff?: string): ThreadPart[] {
  const ranges: Array<[number, number]> = [];
  let from = 0;
  SEPARATOR_LINE.lastIndex = 0;
  for (let match = SEPARATOR_LINE.exec(content); match; match = SEPARATOR_LINE.exec(content)) {
    ranges.push([from, match.index]);
    from = match.index + match[0].length;
  }
  ranges.push([from, content.length]);
  const threaded = ranges.length > 1;
  const parts: ThreadPart[] = [];
  for (let [start, end] of ranges) {
    while (start < end && isWhitespace(content.charCodeAt(start))) start++;
    while (end > start && isWhitespace(content.charCodeAt(end - 1))) end--;
    if (start === end && threaded) continue;
    const signOffAt = signOffLineStart(content, start, end, signOff);
    let textEnd = signOffAt ?? end;
    while (textEnd > start && isWhitespace(content.charCodeAt(textEnd - 1))) textEnd--;
    const numbering = threaded ? findNumbering(content.slice(start, textEnd), start) : undefined;
    parts.push({ start, end, text: content.slice(start, end), numbering, signOff: signOffAt });
  }
  return parts;
}

const HAS_SEPARATOR_LINE = new RegExp(SEPARATOR_LINE.source, 'm');

/**
 * False when the content cannot be a thread (it has no separator line): then splitThreadParts gives
 * one part, and a caller that only needs the parts of a thread need not look for its sign-off.
 */
export function mayBeThread(content: string): boolean {
  return HAS_SEPARATOR_LINE.test(content);
}

/** True when the content is written as a thread (two or more parts). */
export function isThread(parts: readonly ThreadPart[]): boolean {
  return parts.length > 1;
}

function findNumbering(text: string, offset: number): ThreadNumbering | undefined {
  const match = NUMBERING.exec(text);
  if (!match || match.index === 0) return undefined;
  const index = Number(match[1] ?? match[3]);
  const total = Number(match[2] ?? match[4]);
  if (index < 1 || total < 2 || index > total) return undefined;
  return { start: offset + match.index, end: offset + text.length, index, total };
}

export interface ThreadSplit {
  /** The text of each part, numbering included. */
  parts: string[];
  /** The whole new content, parts separated by separator lines. */
  text: string;
  /** Edits of the content that turn it into `text` (notes between words stay where they are). */
  edits: TextEdit[];
}

/**
 * Splits the content into a thread whose every part, numbering included, fits `limit` on the channel.
 * An existing thread keeps its parts (the writer chose those breaks); parts that are too long are split
 * further and all parts are numbered anew. A text that fits in one post comes back as one part,
 * unchanged. Returns undefined when some piece cannot be split (a URL longer than the limit on a
 * channel that counts URLs by their characters).
 */
export function splitIntoThread(content: string, profile: ChannelProfile, limit = profile.limit, options: { signOff?: string } = {}): ThreadSplit | undefined {
  const tokens = extractTokens(content).all;
  const pieces = splitThreadParts(content, options.signOff).map((part) => toPiece(part));
  // The numbering's width depends on the number of parts: assume one digit, then more if needed.
  for (let digits = 1; digits <= 3; digits++) {
    const widest = threadNumbering(10 ** digits - 1, 10 ** digits - 1);
    const split: Array<Array<[number, number]>> = [];
    for (const piece of pieces) {
      const ranges = splitRange(content, piece, profile, limit, widest, tokens);
      if (!ranges) return undefined;
      split.push(ranges);
    }
    const total = split.reduce((sum, ranges) => sum + ranges.length, 0);
    if (total === 1) return { parts: [content], text: content, edits: [] };
    if (String(total).length > digits) continue;
    return buildSplit(content, pieces, split, total);
  }
  return undefined;
}

/**
 * What of a part is split: its text without the old numbering. A sign-off line stays at the end of
 * the part's last post, after the new numbering (the reply must still end with it).
 */
interface Piece {
  start: number;
  /** End of the text that is split. */
  end: number;
  /** Where the kept ending (whitespace and sign-off line) starts; the part's end when it has none. */
  keptFrom: number;
  /** The kept ending, measured with the last post of the piece. */
  kept: string;
}

function toPiece(part: ThreadPart): Piece {
  let keptFrom = part.end;
  if (part.signOff !== undefined) {
    keptFrom = part.signOff;
    while (keptFrom > part.start && isWhitespace(part.text.charCodeAt(keptFrom - 1 - part.start))) keptFrom--;
  }
  const end = part.numbering ? part.numbering.start : keptFrom;
  return { start: part.start, end, keptFrom, kept: part.text.slice(keptFrom - part.start) };
}

function buildSplit(content: string, pieces: Piece[], split: Array<Array<[number, number]>>, total: number): ThreadSplit {
  const edits: TextEdit[] = [];
  const parts: string[] = [];
  let index = 0;
  split.forEach((ranges, piece) => {
    ranges.forEach(([start, end], j) => {
      index++;
      const numbering = threadNumbering(index, total);
      if (j < ranges.length - 1) {
        parts.push(content.slice(start, end) + numbering);
        edits.push({ start: end, end: ranges[j + 1][0], newText: `${numbering}\n\n${THREAD_SEPARATOR}\n\n` });
      } else {
        parts.push(content.slice(start, end) + numbering + pieces[piece].kept);
        edits.push({ start: end, end: pieces[piece].keptFrom, newText: numbering });
      }
    });
  });
  let text = '';
  let cursor = 0;
  for (const edit of edits) {
    text += content.slice(cursor, edit.start) + edit.newText;
    cursor = edit.end;
  }
  text += content.slice(cursor);
  return { parts, text, edits };
}

const ESTIMATE_MARGIN = 4;

/** How many sentence or clause ends before the latest possible break are tried for each part. */
const PREFERRED_TRIES = 6;

/** The first offset in [from, to] whose estimated prefix length exceeds `total` (else `to`). */
function reach(prefix: (offset: number) => number, from: number, to: number, total: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (prefix(mid) <= total) low = mid + 1;
    else high = mid;
  }
  return low;
}

interface Step {
  /** Breaks that fit, in order; the last is the latest possible end of the part. */
  fitting: BreakOpportunity[];
  /** Where the part ends when it is filled as far as possible. */
  fullest: BreakOpportunity;
}

/**
 * Splits `content[start, end)` into ranges that fit with `reserve` (the widest numbering) appended.
 * First the fewest parts are found by filling each part as far as it goes (word by word; an overlong
 * word between grapheme clusters). Then, with that number of parts, each part ends at the latest
 * sentence end — else clause end (after , ; :) — from which the rest still fits in the parts left.
 */
function splitRange(
  content: string,
  piece: Piece,
  profile: ChannelProfile,
  limit: number,
  reserve: string,
  tokens: readonly Token[],
): Array<[number, number]> | undefined {
  const { start, end } = piece;
  const prefix = prefixLengths(content, profile);
  // The last post of the piece also carries the kept ending (a sign-off line).
  const lastReserve = reserve + piece.kept;
  const reserveLength = measure(reserve, profile, limit).length;
  const lastReserveLength = measure(lastReserve, profile, limit).length;
  const reserved = (to: number) => (to === end ? lastReserveLength : reserveLength);
  const cost = (from: number, to: number) => measure(content.slice(from, to) + (to === end ? lastReserve : reserve), profile, limit).length;

  /**
   * The breaks a part starting at `from` may end at, or null when the rest fits in one part. When no
   * break fits at all, `fullest` is `from` itself, which ends the split as impossible.
   */
  const steps = new Map<number, Step | null>();
  const step = (from: number): Step | null => {
    let found = steps.get(from);
    if (found !== undefined) return found;
    found = null;
    // Estimates are exact but for a unit or two where a cut changes what a token is: a margin covers it.
    const rest = prefix(end) - prefix(from) + lastReserveLength;
    if (rest > limit + ESTIMATE_MARGIN || cost(from, end) > limit) {
      const bound = reach(prefix, from, end, prefix(from) + limit + ESTIMATE_MARGIN);
      const estimate = (at: BreakOpportunity) => prefix(at.offset) - prefix(from) + reserveLength <= limit;
      const fits = (at: BreakOpportunity) => cost(from, at.offset) <= limit;
      const words = wordBreaks(content, tokens, from, bound).filter((at) => at.offset < end);
      const latest = lastFittingExact(words, estimate, fits);
      let fullest: BreakOpportunity | undefined = words[latest];
      if (!fullest || cost(from, fullest.offset) < limit / 2) {
        const clusters = graphemeBreaks(content, tokens, fullest ? fullest.offset : from, Math.min(end, bound + 1));
        const fallback = clusters[lastFittingExact(clusters, estimate, fits)];
        if (fallback && (!fullest || fallback.offset > fullest.offset)) fullest = fallback;
      }
      found = fullest ? { fitting: words.slice(0, latest + 1), fullest } : { fitting: [], fullest: { offset: from, next: from, kind: 'grapheme' } };
    }
    steps.set(from, found);
    return found;
  };

  // Where the last k parts can start at the earliest (`earliest[k]`), found by filling parts from the
  // end backwards: the rest from position p fits in k parts exactly when p >= earliest[k].
  const earliest: number[] = [end];
  for (let partEnd = end; ; ) {
    const from = stepBack(partEnd);
    if (from === undefined) return undefined;
    earliest.push(from);
    if (from <= start) break;
    let previousEnd = from;
    while (previousEnd > start && isWhitespace(content.charCodeAt(previousEnd - 1))) previousEnd--;
    if (previousEnd <= start) break;
    partEnd = previousEnd;
  }

  /** The earliest start of a part that ends at `partEnd` and fits (start if the whole rest fits). */
  function stepBack(partEnd: number): number | undefined {
    if (prefix(partEnd) - prefix(start) + reserved(partEnd) <= limit + ESTIMATE_MARGIN && cost(start, partEnd) <= limit) return start;
    // No part that starts before `from` fits; the search starts before the whitespace there.
    let from = reachBack(prefix, start, partEnd, prefix(partEnd) - limit - ESTIMATE_MARGIN);
    while (from > start && isWhitespace(content.charCodeAt(from - 1))) from--;
    from = Math.max(start, from - 1);
    const estimate = (at: BreakOpportunity) => prefix(partEnd) - prefix(at.next) + reserved(partEnd) <= limit;
    const fits = (at: BreakOpportunity) => cost(at.next, partEnd) <= limit;
    const reversed = (breaks: BreakOpportunity[]) => breaks.filter((at) => at.next < partEnd).reverse();
    // Reversed, the breaks that fit come first: the last of them is the earliest start.
    const words = reversed(wordBreaks(content, tokens, from, partEnd));
    const found = words[lastFittingExact(words, estimate, fits)];
    if (found) return found.next;
    const clusters = reversed(graphemeBreaks(content, tokens, from, partEnd));
    return clusters[lastFittingExact(clusters, estimate, fits)]?.next;
  }

  const ranges: Array<[number, number]> = [];
  let position = start;
  for (let next = step(position); next; next = step(position)) {
    // Parts left after this one: the fewest in which the rest still fits, as the backward pass found.
    const left = earliest.length - 2 - ranges.length;
    let chosen = next.fullest;
    search: for (const strongEnough of [endsSentence, endsClause]) {
      let tries = 0;
      for (let index = next.fitting.length - 1; index >= 0 && tries < PREFERRED_TRIES; index--) {
        const candidate = next.fitting[index];
        if (!strongEnough(candidate.kind)) continue;
        tries++;
        const resume = resumeAfter(content, candidate, position, end);
        if (resume && left >= 1 && resume[1] >= earliest[left]) {
          chosen = candidate;
          break search;
        }
      }
    }
    const resume = resumeAfter(content, chosen, position, end);
    if (!resume) return undefined;
    ranges.push([position, resume[0]]);
    position = resume[1];
  }
  ranges.push([position, end]);
  return ranges;
}

/** The earliest offset `o` in [from, to] with prefix(o) >= total. */
function reachBack(prefix: (offset: number) => number, from: number, to: number, total: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (prefix(mid) < total) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The end of a part at `at` and where the next part starts, without the whitespace between them
 * (a break between clusters may fall next to whitespace). Undefined when the part would be empty.
 */
function resumeAfter(content: string, at: BreakOpportunity, from: number, end: number): [number, number] | undefined {
  let partEnd = at.offset;
  while (partEnd > from && isWhitespace(content.charCodeAt(partEnd - 1))) partEnd--;
  let next = at.next;
  while (next < end && isWhitespace(content.charCodeAt(next))) next++;
  return partEnd > from ? [partEnd, next] : undefined;
}
