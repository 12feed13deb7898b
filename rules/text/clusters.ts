// Grapheme clusters, fast. Intl.Segmenter is exact but costs about a microsecond per character in V8,
// and counting runs on every keystroke for every channel (and on 10,000 posts in CI). Most text is
// made of code points that are clusters on their own, so the segmenter only runs on the words that
// hold a character that can join a cluster (combining marks, ZWJ, skin tones, flags, Hangul, …).
// A test checks this against Intl.Segmenter on generated text.

import { graphemes, isSureBoundaryBetween, type Cluster } from './graphemes';
import { CodePointClasses } from './code-point-classes';
import { isWhitespace } from './whitespace';

/**
 * Characters that may join the code point before or after them into one cluster (UAX #29): Extend
 * (Grapheme_Extend, emoji modifiers), SpacingMark (Mc, Thai/Lao SARA AM), ZWJ, regional indicators,
 * Hangul jamo and syllables, Prepend, and CR (CR LF).
 */
export const JOINING =
  /[\p{Grapheme_Extend}\p{Mc}\u0E33\u0EB3\u200D\p{Regional_Indicator}\p{Emoji_Modifier}\u1100-\u11FF\uA960-\uA97F\uAC00-\uD7FF\r\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u0D4E\u{110BD}\u{110CD}\u{111C2}\u{111C3}\u{1193F}\u{11941}\u{11A3A}\u{11A84}-\u{11A89}\u{11D46}\u{11F02}]/gu;
const PREPEND = /[\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u0D4E\u{110BD}\u{110CD}\u{111C2}\u{111C3}\u{1193F}\u{11941}\u{11A3A}\u{11A84}-\u{11A89}\u{11D46}\u{11F02}]/u;

// Whether each code point is JOINING, remembered: the windows are looked for on every count, and a
// Unicode-class expression reads each character through a table of ranges (about 20 ns a
// character), where most text is ASCII, which joins nothing but CR. A test checks findJoining
// against the expression.
const JOINING_ONE = new RegExp(`^${JOINING.source}$`, 'u');
const NOT_JOINING = 1;
const IS_JOINING = 2;
const joining = new CodePointClasses((codePoint) => (JOINING_ONE.test(String.fromCodePoint(codePoint)) ? IS_JOINING : NOT_JOINING));

/** Where the first JOINING code point at or after `from` starts, or -1: `JOINING.exec` from `from`, by hand. */
export function findJoining(text: string, from: number): number {
  const length = text.length;
  for (let at = from; at < length; at++) {
    const unit = text.charCodeAt(at);
    if (unit < 0x300) {
      if (unit === 0x0d) return at;
      continue;
    }
    const codePoint = text.codePointAt(at)!;
    if (joining.of(codePoint) === IS_JOINING) return at;
    if (codePoint > 0xffff) at++;
  }
  return -1;
}

/** The code point that ends at `offset` (a lone surrogate is one on its own). */
function codePointBefore(text: string, offset: number): string {
  const low = text.charCodeAt(offset - 1);
  const high = text.charCodeAt(offset - 2);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? text.slice(offset - 2, offset) : text[offset - 1];
}

/**
 * Windows of the text that need the segmenter: the whitespace-delimited word around each joining
 * character, with the whitespace before it (a combining mark may join a space). A cluster boundary
 * lies at both ends of each window (unless a Prepend character reaches over a space: then the
 * window grows).
 */
function windows(text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (let at = findJoining(text, 0); at !== -1; ) {
    let start = at;
    while (start > 0 && !isWhitespace(text.charCodeAt(start - 1))) start--;
    if (start > 0) start--; // the whitespace before the word
    if (start > 0 && text[start] === '\n' && text[start - 1] === '\r') start--;
    while (start > 0 && PREPEND.test(codePointBefore(text, start))) {
      start -= codePointBefore(text, start).length;
      while (start > 0 && !isWhitespace(text.charCodeAt(start - 1))) start--;
    }
    let end = at + (text.codePointAt(at)! > 0xffff ? 2 : 1);
    while (end < text.length && (!isWhitespace(text.charCodeAt(end)) || PREPEND.test(codePointBefore(text, end)) || text[end - 1] === '\r')) end++;
    const last = found[found.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else found.push([start, end]);
    at = findJoining(text, end);
  }
  return found;
}

/** A window of the text with its clusters (offsets in the window). */
interface SegmentedWindow {
  start: number;
  end: number;
  clusters: Cluster[];
}

/**
 * The last text segmented, with its windows' clusters: one lint counts the same content on several
 * channels (X's emoji, Threads' pictographs, Bluesky's and Mastodon's graphemes), and each count
 * would segment the same windows again.
 */
let segmentedMemo: { text: string; windows: SegmentedWindow[] } | undefined;

function segmentedWindows(text: string): SegmentedWindow[] {
  if (segmentedMemo?.text !== text) {
    // Filled by push, not made by map: see PostParagraphs.all (rules/engine/post-paragraphs.ts).
    const segmented: SegmentedWindow[] = [];
    for (const [start, end] of windows(text)) segmented.push({ start, end, clusters: graphemes(text.slice(start, end)) });
    segmentedMemo = { text, windows: segmented };
  }
  return segmentedMemo.windows;
}

/**
 * Calls `visit` with the range of each grapheme cluster of `text`, in order, as Intl.Segmenter
 * finds them — without building an object per character (counting walks every character).
 */
export function forEachCluster(text: string, visit: (start: number, end: number) => void): void {
  const visitCodePoints = (from: number, to: number) => {
    let offset = from;
    while (offset < to) {
      const width = text.codePointAt(offset)! > 0xffff ? 2 : 1;
      visit(offset, offset + width);
      offset += width;
    }
  };
  let offset = 0;
  for (const { start, end, clusters } of segmentedWindows(text)) {
    visitCodePoints(offset, start);
    for (const cluster of clusters) visit(start + cluster.start, start + cluster.end);
    offset = end;
  }
  visitCodePoints(offset, text.length);
}

/**
 * How many grapheme clusters `text` has (as forEachCluster finds them), and where the one at index
 * `nth` starts (undefined when there are not that many): a measurement needs no more, and counting
 * without a visit per character is several times faster.
 */
export function countClusters(text: string, nth: number): { count: number; nthStart: number | undefined } {
  let count = 0;
  let nthStart: number | undefined;
  let offset = 0;
  const found = segmentedWindows(text);
  for (let window = 0; window <= found.length; window++) {
    const { start, end, clusters } = window < found.length ? found[window]! : { start: text.length, end: text.length, clusters: [] };
    while (offset < start) {
      if (count === nth) nthStart = offset;
      count++;
      offset += text.codePointAt(offset)! > 0xffff ? 2 : 1;
    }
    if (window === found.length) break;
    for (const cluster of clusters) {
      if (count === nth) nthStart = start + cluster.start;
      count++;
    }
    offset = end;
  }
  return { count, nthStart };
}

/** The grapheme clusters of `text`, as Intl.Segmenter finds them. */
export function clusters(text: string): Cluster[] {
  const result: Cluster[] = [];
  forEachCluster(text, (start, end) => result.push({ text: text.slice(start, end), start, end }));
  return result;
}

/** Clusters of more than one code point only (emoji sequences, base + marks, …), in order. */
export function joinedClusters(text: string): Cluster[] {
  const result: Cluster[] = [];
  for (const { start, clusters } of segmentedWindows(text)) {
    for (const cluster of clusters) {
      if (cluster.end - cluster.start > 1 && !(cluster.end - cluster.start === 2 && text.codePointAt(start + cluster.start)! > 0xffff)) {
        result.push({ text: cluster.text, start: start + cluster.start, end: start + cluster.end });
      }
    }
  }
  return result;
}

/**
 * The stretch of text around the last offset asked about that had to be segmented, with its cluster
 * starts. Callers walk offsets one at a time (back to the start of an emoji); without this, each step
 * would segment the same stretch again — quadratic on a long run of joined emoji.
 */
let boundaryMemo: { text: string; start: number; end: number; starts: Set<number> } | undefined;

function codePointBeforeAt(text: string, offset: number): number {
  return text.codePointAt(offset - codePointBefore(text, offset).length)!;
}

/**
 * True when `offset` is a cluster boundary (never inside an emoji or combining sequence). Decided
 * locally, so that asking about one offset of a long post costs little: the text is segmented only
 * between the nearest boundaries before and after the offset that hold whatever comes before them
 * (graphemes.ts isSureBoundaryBetween); a run of flags is segmented as a whole, as its pairs count
 * from its first flag.
 */
export function isClusterBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return true;
  const low = text.charCodeAt(offset);
  const high = text.charCodeAt(offset - 1);
  if (low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff) return false; // inside a surrogate pair
  if (isSureBoundaryBetween(codePointBeforeAt(text, offset), text.codePointAt(offset)!)) return true;
  if (boundaryMemo && boundaryMemo.text === text && boundaryMemo.start < offset && offset < boundaryMemo.end) {
    return boundaryMemo.starts.has(offset);
  }
  let start = offset - codePointBefore(text, offset).length;
  while (start > 0 && !isSureBoundaryBetween(codePointBeforeAt(text, start), text.codePointAt(start)!)) {
    start -= codePointBefore(text, start).length;
  }
  let end = offset + (text.codePointAt(offset)! > 0xffff ? 2 : 1);
  while (end < text.length && !isSureBoundaryBetween(codePointBeforeAt(text, end), text.codePointAt(end)!)) {
    end += text.codePointAt(end)! > 0xffff ? 2 : 1;
  }
  const starts = new Set<number>();
  forEachCluster(text.slice(start, end), (clusterStart) => starts.add(start + clusterStart));
  boundaryMemo = { text, start, end, starts };
  return starts.has(offset);
}
