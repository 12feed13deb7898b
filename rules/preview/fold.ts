// Where a network folds a long text behind "…more" (the channel profile's `fold`): Instagram after
// about 125 characters, Facebook after about 477, LinkedIn after three lines.
//
// The networks cut between words, never inside a link, hashtag or mention, and drop the spaces
// before their label. Lines are hard line breaks plus the lines a long paragraph wraps into; the
// wrap is estimated with the network's characters per line (the preview cannot know the reader's
// screen), greedily at spaces as a browser wraps.

import type { ChannelProfile } from '../channels/profiles';
import type { Token } from '../post/tokens';
import { isClusterBoundary } from '../text/clusters';
import type { Locale } from '../types';
import type { PreviewFold } from './model';
import type { NetworkLook } from './networks';
import { isWhitespace } from '../text/whitespace';

/** How far back a cut by characters looks for a space, so that a word is not cut in half. */
const WORD_SNAP = 20;

/**
 * The fold of the text `content[start, end)` on the channel, or null when the network shows the
 * text whole. `tokens` are the content's hashtags, mentions and URLs, sorted.
 */
export function findFold(
  content: string,
  start: number,
  end: number,
  profile: ChannelProfile,
  look: NetworkLook,
  tokens: readonly Token[],
  locale: Locale,
): PreviewFold | null {
  const fold = profile.fold;
  if (!fold) return null;
  const cut = fold.kind === 'lines' ? cutAfterLines(content, start, end, fold.after, look.foldLineWidth ?? Infinity) : cutAfterCharacters(content, start, end, fold.after, tokens);
  if (cut === undefined) return null;
  const label = look.foldLabel?.[locale] ?? fold.label;
  return { offset: cut, label };
}

/** The end of the visible text after `count` characters (code points), or undefined if all fit. */
function cutAfterCharacters(content: string, start: number, end: number, count: number, tokens: readonly Token[]): number | undefined {
  let offset = start;
  for (let seen = 0; seen < count && offset < end; seen++) offset += content.codePointAt(offset)! > 0xffff ? 2 : 1;
  if (restIsBlank(content, offset, end)) return undefined;

  // Between words: back to the last space before the cut, unless the cut already falls on one or
  // the word is longer than WORD_SNAP (then it is cut between two characters).
  const inside = tokens.find((token) => token.start < offset && offset < token.end);
  let cut = offset;
  if (inside) cut = inside.start;
  else if (!isWhitespace(content.charCodeAt(cut))) cut = lastSpace(content, Math.max(start, cut - WORD_SNAP), cut) ?? cut;
  while (cut > start && !isClusterBoundary(content, cut)) cut--;
  cut = trimEnd(content, start, cut);
  if (cut > start) return cut;

  // Nothing before the cut but one long link or word: the network shows it and folds after it.
  let after = inside ? inside.end : offset;
  while (after < end && !isClusterBoundary(content, after)) after++;
  return restIsBlank(content, after, end) ? undefined : trimEnd(content, start, after);
}

/** The end of the visible text after `count` lines of `width` characters, or undefined if all fit. */
function cutAfterLines(content: string, start: number, end: number, count: number, width: number): number | undefined {
  let lineStart = start;
  for (let line = 0; line < count && lineStart < end; line++) {
    const newline = content.indexOf('\n', lineStart);
    const hardEnd = newline < 0 || newline >= end ? end : newline;
    if (codePoints(content, lineStart, hardEnd) <= width) {
      lineStart = hardEnd + 1;
      continue;
    }
    // The paragraph wraps: the line ends at the last space that still fits (or mid-word if none).
    let fitting = lineStart;
    for (let seen = 0; seen < width; seen++) fitting += content.codePointAt(fitting)! > 0xffff ? 2 : 1;
    const space = lastSpace(content, lineStart + 1, fitting + 1);
    lineStart = space ?? fitting;
    while (lineStart < hardEnd && /[ \t]/.test(content[lineStart])) lineStart++;
  }
  if (lineStart >= end || restIsBlank(content, lineStart, end)) return undefined;
  const cut = trimEnd(content, start, lineStart);
  return cut > start ? cut : undefined;
}

function codePoints(content: string, from: number, to: number): number {
  let count = 0;
  for (let offset = from; offset < to; offset += content.codePointAt(offset)! > 0xffff ? 2 : 1) count++;
  return count;
}

/** Offset of the last whitespace character in `[from, to)`. */
function lastSpace(content: string, from: number, to: number): number | undefined {
  for (let offset = to - 1; offset >= from; offset--) {
    if (isWhitespace(content.charCodeAt(offset))) return offset;
  }
  return undefined;
}

function restIsBlank(content: string, from: number, to: number): boolean {
  return !/\S/.test(content.slice(from, to));
}

function trimEnd(content: string, start: number, cut: number): number {
  while (cut > start && isWhitespace(content.charCodeAt(cut - 1))) cut--;
  return cut;
}
