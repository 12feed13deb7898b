// Blanking parts of a text that are not the writer's own words — quotations, links, mentions,
// hashtags — so that language checks skip them while every offset stays valid.

import type { Span } from './span';

/**
 * `text` with every character inside `ranges` replaced by a space: same length, so offsets stay
 * valid. Line breaks are kept (sentence splitting still sees them); ranges may overlap.
 */
export function maskRanges(text: string, ranges: readonly Span[]): string {
  if (ranges.length === 0) return text;
  let masked = '';
  let cursor = 0;
  for (const range of inStartOrder(ranges)) {
    const start = Math.max(cursor, range.start);
    const end = Math.min(range.end, text.length);
    if (end <= start) continue;
    const blanked = text.slice(start, end);
    masked += text.slice(cursor, start) + (blanked.includes('\n') ? blanked.replace(/[^\n]/g, ' ') : ' '.repeat(end - start));
    cursor = end;
  }
  return masked + text.slice(cursor);
}

/**
 * `ranges` by their starts: the array itself when it is in that order already (quotations and
 * tokens are found left to right; a post quoting thousands of times must not pay for a sort), else
 * a sorted copy (the sort is stable, so equal starts keep their order either way).
 */
function inStartOrder(ranges: readonly Span[]): readonly Span[] {
  for (let index = 1; index < ranges.length; index++) {
    if (ranges[index]!.start < ranges[index - 1]!.start) return [...ranges].sort((a, b) => a.start - b.start);
  }
  return ranges;
}

let lastOwnWords: { text: string; tokens: readonly Span[]; masked: string } | undefined;

/**
 * `text` with its quotations and `tokens` (links, mentions, hashtags) blanked: what the writer says in
 * their own words. The last result is kept, since customer-data and address-form both ask for the
 * same post's.
 */
export function maskQuotationsAndTokens(text: string, tokens: readonly Span[]): string {
  if (lastOwnWords !== undefined && lastOwnWords.text === text && lastOwnWords.tokens === tokens) return lastOwnWords.masked;
  const quoted = quotedRanges(text);
  const masked = maskRanges(text, tokens.length === 0 ? quoted : [...quoted, ...tokens]);
  lastOwnWords = { text, tokens, masked };
  return masked;
}

/** The name the tone and competitor rules use for `maskRanges` (blanking URLs, mentions, hashtags). */
export const blankOut = maskRanges;

// Opening mark → closing marks that end it. German „…“ and ‚…‘, English “…”, guillemets both ways,
// and straight double quotes. Straight single quotes and ’ are left alone: they are apostrophes far
// more often than quotation marks ("geht's", "don't").
const CLOSERS: Record<string, string> = {
  '„': '“”"',
  '‚': '‘’',
  '“': '”"',
  '»': '«',
  '«': '»',
  '"': '"',
};

const OPENING_MARK = new RegExp(`[${Object.keys(CLOSERS).join('')}]`, 'g');

/** Longest quotation we believe; an unmatched mark must not swallow the rest of a post. */
const MAX_QUOTE = 400;

/**
 * Ranges of quoted text, marks included. A quotation never spans a blank line; an opening mark
 * without a closing one is ignored.
 */
export function quotedRanges(text: string): Span[] {
  const ranges: Span[] = [];
  let index = 0;
  while (index < text.length) {
    // Jump to the next opening mark (most posts have none) instead of stepping through every character.
    OPENING_MARK.lastIndex = index;
    const opening = OPENING_MARK.exec(text);
    if (!opening) break;
    index = opening.index;
    const closers = CLOSERS[text[index]]!;
    const limit = Math.min(text.length, index + MAX_QUOTE);
    let close = -1;
    for (let cursor = index + 1; cursor < limit; cursor++) {
      const char = text[cursor];
      if (char === '\n' && text[cursor + 1] === '\n') break;
      if (closers.includes(char)) {
        close = cursor;
        break;
      }
    }
    if (close < 0) {
      index++;
      continue;
    }
    ranges.push({ start: index, end: close + 1 });
    index = close + 1;
  }
  return ranges;
}
