// Spans that a post-scoped rule finds all over the post — address-form's words of address — found
// per paragraph and kept in the document's LintCache, so that a keystroke re-reads the paragraph it
// changed (and the few after it whose reading looks back into it) instead of the whole post. What
// was found is kept per position (the same text may stand in two places, in two contexts). The
// rule's findings still depend on the whole post (one form of address throughout); only its reading
// of the text is split up.
//
// A reading may look back across paragraphs (address-form: "Unsere Techniker sind unterwegs.⏎⏎Sie
// melden sich" — "Sie" is "they"). It says how far: each paragraph provides `context(paragraph)`
// units of context (address-form: sentence starts), and `find` on a paragraph is exact when the text
// it reads starts early enough to include `contextNeeded` of them. A lint without a cache, or with
// most paragraphs new (opening a document), reads the whole content at once; the property tests
// check that both ways find the same spans.

import type { Token } from '../post/tokens';
import type { LintCache } from './lint-cache';
import type { LintParagraph } from './post-paragraphs';

export interface Span {
  start: number;
  end: number;
}

export interface ParagraphReading<T extends Span> {
  /** Names the reading in the cache: one per rule and kind of span. */
  key: string;
  /**
   * The spans of `text` (the whole content, or whole paragraphs of it) with its tokens, in order.
   * It reads nothing else (no settings): what it found is reused whatever the settings.
   */
  find(text: string, tokens: readonly Token[]): T[];
  /** Units of context the paragraph provides to the reading of later ones. */
  context(paragraph: string, tokens: readonly Token[]): number;
  /** Units of context the reading of a paragraph needs before it. */
  contextNeeded: number;
}

/** Above this share of paragraphs to re-read, reading all of the content in runs is cheaper. */
const WHOLE_READING_SHARE = 0.25;

/**
 * The spans of `reading` in the content, in content offsets. With a cache, the spans found at each
 * paragraph in the last lint are reused where the paragraph and everything its reading looks back
 * to are unchanged; without, the content is read at once.
 */
export function spansByParagraph<T extends Span>(
  reading: ParagraphReading<T>,
  content: string,
  contentTokens: () => readonly Token[],
  paragraphs: readonly LintParagraph[],
  cache: LintCache | undefined,
): T[] {
  if (!cache || paragraphs.some((paragraph) => !paragraph.entry)) return reading.find(content, contentTokens());
  const last = cache.lastReading(reading.key);
  const entries = paragraphs.map((paragraph) => paragraph.entry!);
  const found: Span[][] = new Array(paragraphs.length);

  // The last lint's paragraphs and these agree at the start and at the end; in between, the text changed.
  let same = 0;
  if (last.spans) {
    const limit = Math.min(last.order.length, entries.length);
    while (same < limit && last.order[same] === entries[same]) same++;
  }
  let sameAtEnd = 0;
  if (last.spans) {
    const limit = Math.min(last.order.length, entries.length) - same;
    while (sameAtEnd < limit && last.order[last.order.length - 1 - sameAtEnd] === entries[entries.length - 1 - sameAtEnd]) sameAtEnd++;
  }
  const changedEnd = entries.length - sameAtEnd;
  const shift = last.order.length - entries.length;

  const units = (index: number): number => {
    const entry = entries[index]!;
    const key = `context of ${reading.key}`;
    let count = entry.readings.get(key) as number | undefined;
    if (count === undefined) {
      count = reading.context(entry.text, paragraphs[index]!.tokens.all);
      entry.readings.set(key, count);
    }
    return count;
  };
  /** The first paragraph the reading of paragraph `index` must include; `short` if it stopped at the first one. */
  const contextStart = (index: number): { start: number; short: boolean } => {
    let needed = reading.contextNeeded;
    let start = index;
    while (start > 0 && needed > 0) {
      start--;
      needed -= units(start);
    }
    return { start, short: needed > 0 };
  };

  // Kept: the paragraphs before the change (a reading looks back only), and those after it whose
  // reading starts after it too — and would have started at the same paragraph in the last lint.
  // Readings start no earlier from one paragraph to the next: after the first one kept, all are.
  const stale: number[] = [];
  let settled = false;
  for (let index = 0; index < entries.length; index++) {
    if (index < same) {
      found[index] = last.spans![index]!;
    } else if (index < changedEnd) {
      stale.push(index);
    } else if (settled || !staleAfterChange(index)) {
      settled = true;
      found[index] = last.spans![index + shift]!;
    } else {
      stale.push(index);
    }
  }
  function staleAfterChange(index: number): boolean {
    const { start, short } = contextStart(index);
    return start < changedEnd || (short && shift !== 0);
  }

  if (stale.length > entries.length * WHOLE_READING_SHARE) {
    // Mostly new text: read all of it, in runs of whole paragraphs of about CHUNK characters, each
    // with the context its first paragraph needs (the paragraphs after it need no earlier one).
    // One reading of a long post at once held all its words at once: copying them from one heap
    // generation to the next cost the garbage collector more than the reading.
    for (let first = 0; first < paragraphs.length; ) {
      let last = first;
      const chunkStart = paragraphs[first]!.start;
      while (last + 1 < paragraphs.length && endOf(paragraphs[last + 1]!) - chunkStart <= CHUNK) last++;
      readParagraphs(reading, content, paragraphs, contextStart(first).start, first, last, found);
      first = last + 1;
    }
  } else {
    for (const index of stale) readParagraphs(reading, content, paragraphs, contextStart(index).start, index, index, found);
  }
  cache.keepReading(reading.key, found);
  const spans: T[] = [];
  paragraphs.forEach((paragraph, index) => {
    for (const span of found[index]!) spans.push(moved(span as T, paragraph.start));
  });
  return spans;
}

/** Characters of content read at once when most of it is new (see above). */
const CHUNK = 32_768;

function endOf(paragraph: LintParagraph): number {
  return paragraph.start + paragraph.text.length;
}

/**
 * Reads paragraphs `first` to `last` together, starting at paragraph `context` (at or before
 * `first`), and puts the spans of each into `found`, in its own offsets.
 */
function readParagraphs<T extends Span>(
  reading: ParagraphReading<T>,
  content: string,
  paragraphs: readonly LintParagraph[],
  context: number,
  first: number,
  last: number,
  found: Span[][],
): void {
  const from = paragraphs[context]!.start;
  const tokens: Token[] = [];
  for (let cursor = context; cursor <= last; cursor++) {
    const shift = paragraphs[cursor]!.start - from;
    for (const token of paragraphs[cursor]!.tokens.all) tokens.push(shift === 0 ? token : { ...token, start: token.start + shift, end: token.end + shift });
  }
  const spans = reading.find(content.slice(from, endOf(paragraphs[last]!)), tokens);
  let cursor = 0;
  // Spans in the context before `first` are that paragraph's own business.
  while (cursor < spans.length && spans[cursor]!.start < paragraphs[first]!.start - from) cursor++;
  for (let index = first; index <= last; index++) {
    const own = paragraphs[index]!.start - from;
    const end = index < last ? paragraphs[index + 1]!.start - from : Infinity;
    const spansOfParagraph: Span[] = [];
    for (; cursor < spans.length && spans[cursor]!.start < end; cursor++) spansOfParagraph.push(moved(spans[cursor]!, -own));
    found[index] = spansOfParagraph;
  }
}

function moved<T extends Span>(span: T, by: number): T {
  return by === 0 ? span : { ...span, start: span.start + by, end: span.end + by };
}
