// Grapheme clusters (user-perceived characters) via Intl.Segmenter, which follows the Unicode
// segmentation rules of the runtime's ICU.

export interface Cluster {
  text: string;
  start: number;
  end: number;
}

// Created on first use: ICU's data for a segmenter costs memory (a few MB) the moment it exists, and
// most texts never need one (see clusters.ts).
let graphemeSegmenter: Intl.Segmenter | undefined;
function segmenter(): Intl.Segmenter {
  graphemeSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return graphemeSegmenter;
}

// Intl.Segmenter slows down badly on long strings in Node 20 (10K characters: 0.2 s, 80K: 18 s), so
// long texts are segmented in chunks of about CHUNK characters. A chunk may only end where every
// segmenter agrees a cluster ends, whatever comes before (UAX #29, rules GB3–GB13):
//   - before a space, or a line feed not preceded by a carriage return: only Extend, ZWJ and
//     SpacingMark join a preceding character, and LF joins only a preceding CR;
//   - before a character of a class that joins nothing before it (ASCII letters and digits,
//     Latin-1 and Latin Extended letters, CJK ideographs, kana, emoji that are neither modifiers nor
//     regional indicators) unless the character before is a Prepend (some Arabic and Indic marks,
//     avoided as a whole range here) or, for an emoji, a ZWJ (GB11 keeps ZWJ sequences together);
//   - between two flags: regional indicators pair up from the start of their run (GB12/13), so a
//     cut is safe after an even number of them.
// This is written by hand because Intl.Segmenter offers no way to resume at an offset and no
// library exposes the Grapheme_Cluster_Break property without shipping its own tables.
const CHUNK = 512;

const ZWJ = 0x200d;

function isRegionalIndicator(codePoint: number): boolean {
  return codePoint >= 0x1f1e6 && codePoint <= 0x1f1ff;
}

/** Characters that never join what precedes them, except after a Prepend (or a ZWJ, for emoji). */
function startsClusterOnItsOwn(codePoint: number): 'always' | 'emoji' | false {
  if (codePoint >= 0x21 && codePoint <= 0x7e) return 'always';
  if (codePoint >= 0xc0 && codePoint <= 0x24f && codePoint !== 0xd7 && codePoint !== 0xf7) return 'always';
  if (codePoint >= 0x4e00 && codePoint <= 0x9fff) return 'always';
  if (codePoint >= 0x3041 && codePoint <= 0x3096) return 'always';
  if (codePoint >= 0x30a1 && codePoint <= 0x30fa) return 'always';
  if (codePoint >= 0x1f300 && codePoint <= 0x1faff && !(codePoint >= 0x1f3fb && codePoint <= 0x1f3ff)) return 'emoji';
  return false;
}

/** Prepend characters live in these blocks (Arabic to Malayalam, and the Brahmi family's). */
function mayBePrepend(codePoint: number): boolean {
  return (codePoint >= 0x0600 && codePoint <= 0x0dff) || (codePoint >= 0x11000 && codePoint <= 0x11fff);
}

/**
 * True when every segmenter puts a cluster boundary between the code points `previous` and `next`,
 * whatever surrounds them (the rules of nextCut, without the regional-indicator pairs, whose parity
 * depends on the whole run): after a line feed (GB4), before a line feed that no carriage return
 * precedes (GB5), and before a space or a character that joins nothing before it, unless the
 * character before may be a Prepend (GB9b) or, for an emoji, is a ZWJ (GB11).
 */
export function isSureBoundaryBetween(previous: number, next: number): boolean {
  if (previous === 0x0a || (previous === 0x0d && next !== 0x0a)) return true;
  if (next === 0x0a) return previous !== 0x0d;
  if (mayBePrepend(previous)) return false;
  if (next === 0x20) return true;
  const alone = startsClusterOnItsOwn(next);
  return alone === 'always' || (alone === 'emoji' && previous !== ZWJ);
}

function nextCut(text: string, from: number): number {
  if (text.length - from <= CHUNK) return text.length;
  let previous = -1;
  let regionalRun = 0;
  for (let i = from; i < text.length; ) {
    const codePoint = text.codePointAt(i)!;
    const width = codePoint > 0xffff ? 2 : 1;
    if (i >= from + CHUNK && previous !== -1) {
      if (isSureBoundaryBetween(previous, codePoint)) return i;
      if (isRegionalIndicator(codePoint) && isRegionalIndicator(previous) && regionalRun % 2 === 0) return i;
    }
    regionalRun = isRegionalIndicator(codePoint) ? regionalRun + 1 : 0;
    previous = codePoint;
    i += width;
  }
  return text.length;
}

export function graphemes(text: string): Cluster[] {
  const clusters: Cluster[] = [];
  let from = 0;
  while (from < text.length) {
    const to = nextCut(text, from);
    for (const { segment, index } of segmenter().segment(from === 0 && to === text.length ? text : text.slice(from, to))) {
      clusters.push({ text: segment, start: from + index, end: from + index + segment.length });
    }
    from = to;
  }
  return clusters;
}

/** True when `offset` is a grapheme boundary of `text` (never inside an emoji or combining sequence). */
export function isGraphemeBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return true;
  // Segment only the neighbourhood: boundaries are decided locally.
  const from = Math.max(0, offset - 64);
  const window = text.slice(from, Math.min(text.length, offset + 64));
  const containing = segmenter().segment(window).containing(offset - from);
  return containing !== undefined && containing.index === offset - from;
}
