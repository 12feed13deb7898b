// Trimming a post to a channel's limit: the `length` rule's "Trim to 280 characters" and the trim
// step of "Adapt for X".
//
// Policy (see rules/docs/length.md):
// - The text is cut at the latest break that still fits, measured by the channel's own counter with
//   the ellipsis included ("…" counts 2 on X). Breaks are word boundaries; a single word longer than
//   half the room is cut between grapheme clusters instead. Never inside a URL, mention, hashtag,
//   cashtag, emoji or grapheme cluster.
// - A sentence (or line, or paragraph) end is preferred when it costs at most `sentenceSlack` units
//   more than the latest word boundary (default: a tenth of the limit, at most 30): a writer would
//   rather lose a few words than publish a sentence that stops mid-way.
// - Whitespace, commas, dashes, opening brackets and quotes and an existing "..." before the cut are
//   dropped; "…" is appended. After a finished sentence or a URL/hashtag/mention, a space goes first
//   ("Danke! …", "https://example.com …") so that the punctuation stays and the link stays intact.
// - The hashtags that close the post (on lines of their own, or after a finished sentence, an emoji
//   or a link) and a last line that signs it are kept: the text before them is cut instead, as a
//   writer would do by hand — unless they would take more than half the room.

import type { ChannelProfile } from '../channels/profiles';
import { measure, prefixLengths } from '../channels/count';
import { extractTokens, type Token } from '../post/tokens';
import {
  endsSentence,
  graphemeBreaks,
  isBreakingSpace,
  lastFittingExact,
  signOffLineStart,
  tokenEndingAt,
  wordBreaks,
  type BreakKind,
  type BreakOpportunity,
} from './boundaries';
import { isWhitespace } from './whitespace';

export interface TrimOptions {
  /** Appended where the text was cut. Default "…". */
  ellipsis?: string;
  /** Text from this offset on is kept as it is (e.g. a thread part's numbering " (2/3)"). */
  keepFrom?: number;
  /** Keep a trailing hashtag block and sign-off line by cutting the text before them. Default true. */
  keepTrailingTags?: boolean;
  /** The post's sign-off ("^SeSe"): a last line that is the sign-off is kept. */
  signOff?: string;
  /** How much shorter (in the channel's units) a result ending at a sentence may be to be preferred. */
  sentenceSlack?: number;
}

export interface TrimResult {
  /** The trimmed text. */
  text: string;
  /** `text` is the original with `original.slice(start, end)` replaced by `newText`. */
  start: number;
  end: number;
  newText: string;
  /** Length of `text` on the channel. */
  length: number;
  /** What the cut follows: a sentence, line or paragraph end, a word, or (overlong word) a grapheme; 'none' when nothing was cut. */
  boundary: BreakKind | 'none';
}

interface Candidate {
  result: TrimResult;
  /** Nothing would be left but the ellipsis. */
  empty: boolean;
}

/**
 * Cuts `text` so that it fits `limit` on the channel, or returns undefined when no cut can (a URL at
 * the very start that alone exceeds the limit). A text that already fits comes back unchanged.
 */
export function trimToFit(text: string, profile: ChannelProfile, limit = profile.limit, options: TrimOptions = {}): TrimResult | undefined {
  const current = measure(text, profile, limit);
  if (current.length <= limit) {
    return { text, start: text.length, end: text.length, newText: '', length: current.length, boundary: 'none' };
  }
  const tokens = extractTokens(text).all;
  const keepFrom = Math.min(Math.max(options.keepFrom ?? text.length, 0), text.length);
  const ellipsis = options.ellipsis ?? '…';
  const slack = options.sentenceSlack ?? Math.min(30, Math.round(limit / 10));

  const attempts: number[] = [];
  if (options.keepTrailingTags !== false) {
    const tailStart = keptTailStart(text, keepFrom, tokens, options.signOff);
    // Keeping the tail only makes sense while it leaves the body room to say something.
    if (tailStart < keepFrom && measure(text.slice(tailStart), profile, limit).length <= limit / 2) attempts.push(tailStart);
  }
  attempts.push(keepFrom);
  // A cut past the first unit that does not fit can never fit.
  const overflow = current.overflowStart ?? text.length;
  for (const resumeAt of attempts) {
    const result = trimBefore(text, resumeAt, Math.min(resumeAt, overflow), profile, limit, tokens, ellipsis, slack);
    if (result) return result;
  }
  return undefined;
}

/** Cuts the text before `resumeAt` (which is kept with everything after it), at or before `bound`. */
function trimBefore(
  text: string,
  resumeAt: number,
  bound: number,
  profile: ChannelProfile,
  limit: number,
  tokens: readonly Token[],
  ellipsis: string,
  slack: number,
): TrimResult | undefined {
  const tail = text.slice(resumeAt);
  const tailLength = tail ? measure(tail, profile, limit).length : 0;
  const prefix = prefixLengths(text, profile);
  const ellipsisLength = new Map<string, number>();
  const cuts = new Map<BreakOpportunity, { cut: number; newText: string }>();
  const cutAt = (at: BreakOpportunity) => {
    let found = cuts.get(at);
    if (!found) {
      const cut = tidyEnd(text, at.offset, tokens);
      found = { cut, newText: ellipsisAfter(text, cut, tokens, ellipsis) };
      cuts.set(at, found);
    }
    return found;
  };
  const evaluated = new Map<BreakOpportunity, Candidate>();
  const evaluate = (at: BreakOpportunity): Candidate => {
    let candidate = evaluated.get(at);
    if (!candidate) {
      const { cut, newText } = cutAt(at);
      const trimmed = text.slice(0, cut) + newText + tail;
      const result = { text: trimmed, start: cut, end: resumeAt, newText, length: measure(trimmed, profile, limit).length, boundary: at.kind };
      candidate = { result, empty: cut === 0 };
      evaluated.set(at, candidate);
    }
    return candidate;
  };
  // The estimate adds up the lengths of the parts; the exact test measures the whole result. An empty
  // result counts as fitting for the search (it is shorter than any other) but is never chosen.
  const estimate = (at: BreakOpportunity) => {
    const { cut, newText } = cutAt(at);
    if (cut === 0) return true;
    if (!ellipsisLength.has(newText)) ellipsisLength.set(newText, measure(newText, profile, limit).length);
    return prefix(cut) + ellipsisLength.get(newText)! + tailLength <= limit;
  };
  const fits = (at: BreakOpportunity) => evaluate(at).empty || evaluate(at).result.length <= limit;
  const usable = (at: BreakOpportunity | undefined) => (at && !evaluate(at).empty && evaluate(at).result.length <= limit ? evaluate(at).result : undefined);

  const words = wordBreaks(text, tokens, 0, bound);
  const latest = lastFittingExact(words, estimate, fits);
  let chosen = usable(words[latest]);

  if (chosen && !endsSentence(words[latest].kind)) {
    for (let index = latest - 1; index >= 0; index--) {
      if (!endsSentence(words[index].kind)) continue;
      const sentence = usable(words[index]);
      if (sentence && chosen.length - sentence.length <= slack) chosen = sentence;
      break;
    }
  }

  // A word longer than half the room (or the only word): cut it between grapheme clusters.
  if (!chosen || chosen.length - tailLength < (limit - tailLength) / 2) {
    const from = chosen ? chosen.start : 0;
    const clusters = graphemeBreaks(text, tokens, from, Math.min(resumeAt, bound + 1));
    const fallback = usable(clusters[lastFittingExact(clusters, estimate, fits)]);
    if (fallback && (!chosen || fallback.length > chosen.length)) chosen = fallback;
  }
  return chosen;
}

/** Characters dropped before the ellipsis: they would dangle ("Preis:…", "wir –…", "(…"). */
const DANGLING = /[,;:\-‐‑‒–—―\/\\&+·•|_~*=(\[{<]/;
const QUOTE = /["'„“”‚‘’«»‹›]/;
const SIGIL = /[#＃@＠$]/;

/** Moves a cut at `offset` back over whitespace and dangling punctuation; never into a token. */
export function tidyEnd(text: string, offset: number, tokens: readonly Token[]): number {
  let cut = offset;
  while (cut > 0 && !tokenEndingAt(tokens, cut)) {
    const char = text[cut - 1];
    const afterSpace = cut === 1 || isWhitespace(text.charCodeAt(cut - 2));
    if (/\s/.test(char) || DANGLING.test(char)) {
      cut--;
    } else if (char === '…' || (char === '.' && text[cut - 2] === '.')) {
      while (cut > 0 && (text[cut - 1] === '.' || text[cut - 1] === '…')) cut--; // an existing ellipsis
    } else if ((QUOTE.test(char) || SIGIL.test(char)) && afterSpace) {
      cut--; // an opening quote, or a lone "#"/"@"
    } else {
      break;
    }
  }
  return cut;
}

/** The text that goes in at the cut: "…", or " …" after a finished sentence or a token. */
function ellipsisAfter(text: string, cut: number, tokens: readonly Token[], ellipsis: string): string {
  if (cut === 0) return ellipsis;
  if (tokenEndingAt(tokens, cut)) return ` ${ellipsis}`;
  if (/[.!?‼⁉]["'”’»«)\]]*$/u.test(text.slice(Math.max(0, cut - 4), cut))) return ` ${ellipsis}`;
  return ellipsis;
}

// What may stand between two tags of a trailing block: white space and list separators.
const TAG_SEPARATOR = /^[\s,;|·•/]*$/u;
// Text before trailing tags on the same line must be finished: a sentence, an emoji or a link
// ("… an die Theke. #engineering"); in "Wir sind auf der #rp25" the hashtag is a word of the message.
const FINISHED = /(?:[.!?…]|\p{Extended_Pictographic}\uFE0F?|\p{Emoji_Modifier})["'“”»«)]*$/u;

/**
 * Where the kept tail starts (at the whitespace before it): a last line that signs the post, and the
 * block of hashtags that closes it (before that line), on lines of their own or after a finished
 * sentence, an emoji or a link — the same tags the `facebook-hashtags` fix treats as tags. Returns
 * `end` when there is no such tail.
 */
export function keptTailStart(text: string, end: number, tokens: readonly Token[], signOff?: string): number {
  let position = end;
  while (position > 0 && isBreakingSpace(text[position - 1])) position--;
  let tailStart = end;
  const signed = signOffLineStart(text, 0, position, signOff);
  if (signed !== undefined) {
    position = text.slice(0, signed).trimEnd().length;
    tailStart = position;
  }

  const hashtags = tokens.filter((token) => token.kind === 'hashtag' && token.end <= position);
  const last = hashtags.length - 1;
  if (last < 0 || !TAG_SEPARATOR.test(text.slice(hashtags[last].end, position))) return tailStart;
  let first = last;
  while (first > 0 && TAG_SEPARATOR.test(text.slice(hashtags[first - 1].end, hashtags[first].start))) first--;
  const messageEnd = text.slice(0, hashtags[first].start).trimEnd().length;
  if (messageEnd === 0) return tailStart; // nothing but tags: they are the message
  const ownLine = text.slice(messageEnd, hashtags[first].start).includes('\n');
  const afterLink = tokens.some((token) => token.kind === 'url' && token.end === messageEnd);
  return ownLine || afterLink || FINISHED.test(text.slice(Math.max(0, messageEnd - 8), messageEnd)) ? messageEnd : tailStart;
}
