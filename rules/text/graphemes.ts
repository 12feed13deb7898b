// Grapheme clusters (user-perceived characters) via Intl.Segmenter, which follows the Unicode
// segmentation rules of the runtime's ICU.

export interface Cluster {
  text: string;
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function graphemes(text: string): Cluster[] {
  const clusters: Cluster[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    clusters.push({ text: segment, start: index, end: index + segment.length });
  }
  return clusters;
}

/** True when `offset` is a grapheme boundary of `text` (never inside an emoji or combining sequence). */
export function isGraphemeBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return true;
  const segments = segmenter.segment(text);
  const containing = segments.containing(offset);
  return containing !== undefined && containing.index === offset;
}
