// A stretch of text given by UTF-16 offsets, and look-ups in sorted lists of them (sentences,
// clauses, words, matches): the language helpers and the guideline rules pass spans around instead
// of substrings, so that every finding keeps its place in the post.

import { isWhitespace } from '../text/whitespace';

export interface Span {
  start: number;
  end: number;
}

/** Index of the first span in sorted `spans` that starts at or after `offset` (binary search). */
export function firstFrom(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid].start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The spans of sorted, non-overlapping `spans` that lie inside `range`. */
export function within<T extends Span>(spans: readonly T[], range: Span): T[] {
  const found: T[] = [];
  for (let i = firstFrom(spans, range.start); i < spans.length && spans[i].end <= range.end; i++) found.push(spans[i]);
  return found;
}

/** The span of sorted, non-overlapping `spans` that contains `offset`. */
export function spanAt<T extends Span>(spans: readonly T[], offset: number): T | undefined {
  const index = firstFrom(spans, offset + 1) - 1;
  const span = spans[index];
  return span && span.start <= offset && offset < span.end ? span : undefined;
}

/**
 * A test whether a span lies inside one of `ranges` (in any order, overlapping or not): ranges
 * sorted by start, with the furthest end reached so far, and a binary search per question — a post
 * can have thousands of ranges and ask as many questions.
 */
export function insideAnyOf(ranges: readonly Span[]): (span: Span) => boolean {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const furthestEnd: number[] = [];
  for (const range of sorted) furthestEnd.push(Math.max(range.end, furthestEnd[furthestEnd.length - 1] ?? -Infinity));
  return (span) => {
    // The ranges that start at or before the span's start: one of them holds it if the furthest end among them reaches its end.
    const last = firstFrom(sorted, span.start + 1) - 1;
    return last >= 0 && furthestEnd[last]! >= span.end;
  };
}

/** `text[start, end)` without the whitespace at either end, or undefined when nothing is left. */
export function trimSpan(text: string, start: number, end: number): Span | undefined {
  while (start < end && isWhitespace(text.charCodeAt(start))) start++;
  while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
  return end > start ? { start, end } : undefined;
}
