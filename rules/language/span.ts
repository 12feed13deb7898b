// A stretch of text given by UTF-16 offsets, and look-ups in sorted lists of them (sentences,
// clauses, words, matches): the language helpers and the guideline rules pass spans around instead
// of substrings, so that every finding keeps its place in the post.

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

/** `text[start, end)` without the whitespace at either end, or undefined when nothing is left. */
export function trimSpan(text: string, start: number, end: number): Span | undefined {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : undefined;
}
