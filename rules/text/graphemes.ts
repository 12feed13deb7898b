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
// long texts are segmented in chunks. A chunk ends right before a space or a line feed: no cluster
// continues into either (only Extend/ZWJ/SpacingMark join a preceding character; LF joins only
// a preceding CR, which is never a cut point here).
const CHUNK = 512;

function nextCut(text: string, from: number): number {
  if (text.length - from <= CHUNK) return text.length;
  for (let i = from + CHUNK; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || (code === 0x0a && text.charCodeAt(i - 1) !== 0x0d)) return i;
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
