// How long a text is on a channel, and where it stops fitting.
//
// Every counting method walks the text in "units" (a URL, an emoji, a grapheme or a code point),
// each with a cost. The same walk yields the total and the first unit past the limit, which is
// where the `length` rule's overflow range starts.

import twitter from 'twitter-text';
import { graphemes } from '../text/graphemes';
import type { ChannelProfile, CountingMethod } from './profiles';

export interface Measurement {
  /** Length as the channel counts it (X: weighted length). */
  length: number;
  limit: number;
  /** Offset of the first character that no longer fits, if the text is too long. */
  overflowStart?: number;
}

/** X's v3 counting configuration (weights scaled by 100), as shipped in twitter-text. */
export interface TwitterConfig {
  scale: number;
  defaultWeight: number;
  transformedURLLength: number;
  maxWeightedTweetLength: number;
  emojiParsingEnabled: boolean;
  ranges: ReadonlyArray<{ start: number; end: number; weight: number }>;
}

// @types/twitter-text does not declare `configs`, which twitter-text 3.1 exports.
export const TWITTER_V3: TwitterConfig = (twitter as unknown as { configs: { version3: TwitterConfig } }).configs.version3;
export const TWITTER_V2: TwitterConfig = (twitter as unknown as { configs: { version2: TwitterConfig } }).configs.version2;

/** Characters X rejects outright (twitter-text's `invalidChars`). */
const TWITTER_INVALID = /[\uFFFE\uFEFF\uFFFF]/;

const PICTOGRAPHIC = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3/u;
// Cheap test that a text may contain a multi-code-point emoji; skips segmentation for plain text.
const MAY_HOLD_EMOJI = /[\u200D\uFE0F\u20E3]|\p{Regional_Indicator}|\p{Emoji_Modifier}|\p{Extended_Pictographic}/u;

/**
 * An emoji made of several code points (ZWJ sequence, flag, keycap, skin tone, VS16). X counts each
 * as 2 whatever Unicode version it comes from; twitter-text 3.1 only knows the sequences of its own
 * emoji list and counts unknown ones code point by code point (🧑‍🔧 as 5).
 */
export function isEmojiCluster(cluster: string): boolean {
  return cluster.length > 1 && (cluster.codePointAt(0)! > 0xffff ? cluster.length > 2 : true) && PICTOGRAPHIC.test(cluster);
}

function rangeWeight(codePoint: number, config: TwitterConfig): number {
  for (const range of config.ranges) {
    if (codePoint >= range.start && codePoint <= range.end) return range.weight;
  }
  return config.defaultWeight;
}

interface Unit {
  start: number;
  end: number;
  cost: number;
  invalid?: boolean;
}

/** Yields the units of a text for X's weighted count, with costs scaled by `config.scale`. */
function* twitterUnits(text: string, config: TwitterConfig): Generator<Unit> {
  const urls = twitter.extractUrlsWithIndices(text);
  let urlIndex = 0;
  const clusters = config.emojiParsingEnabled && MAY_HOLD_EMOJI.test(text) ? graphemes(text) : undefined;
  let clusterIndex = 0;
  let offset = 0;
  while (offset < text.length) {
    const url = urls[urlIndex];
    if (url && url.indices[0] === offset) {
      urlIndex++;
      yield { start: offset, end: url.indices[1], cost: config.transformedURLLength * config.scale };
      offset = url.indices[1];
      continue;
    }
    if (clusters) {
      while (clusterIndex < clusters.length && clusters[clusterIndex].start < offset) clusterIndex++;
      const cluster = clusters[clusterIndex];
      if (cluster && cluster.start === offset && isEmojiCluster(cluster.text)) {
        yield { start: offset, end: cluster.end, cost: config.defaultWeight };
        offset = cluster.end;
        continue;
      }
    }
    const codePoint = text.codePointAt(offset)!;
    const width = codePoint > 0xffff ? 2 : 1;
    const char = text.slice(offset, offset + width);
    // twitter-text counts the NFC form; a combining mark that NFC folds into its base costs nothing.
    let cost = 0;
    const normalized = combinesWithPrevious(text, offset) ? '' : char;
    for (const c of normalized) cost += rangeWeight(c.codePointAt(0)!, config);
    yield { start: offset, end: offset + width, cost, invalid: TWITTER_INVALID.test(char) };
    offset += width;
  }
}

/** True when NFC composes `text[offset]` with the character before it (e + ◌́ → é). */
function combinesWithPrevious(text: string, offset: number): boolean {
  const code = text.charCodeAt(offset);
  if (offset === 0 || code < 0x0300) return false;
  const previousStart = offset >= 2 && /[\uDC00-\uDFFF]/.test(text[offset - 1]) ? offset - 2 : offset - 1;
  const pair = text.slice(previousStart, offset + 1);
  return pair.normalize('NFC').length < pair.length;
}

export interface TwitterCount {
  weightedLength: number;
  valid: boolean;
  permillage: number;
  /** Inclusive UTF-16 index of the last character that still fits (as twitter-text reports it). */
  validRangeEnd: number;
  /** Offset of the first character past the limit, if any. */
  overflowStart?: number;
}

/**
 * X's weighted length: twitter-text v3 counting (URLs 23, CJK 2, emoji 2), with every emoji sequence
 * counted as 2 also where twitter-text's bundled emoji list does not know it.
 */
export function countTwitter(text: string, config: TwitterConfig = TWITTER_V3, limit = config.maxWeightedTweetLength): TwitterCount {
  let weighted = 0;
  let valid = true;
  let validRangeEnd = 0;
  let overflowStart: number | undefined;
  const max = limit * config.scale;
  for (const unit of twitterUnits(text, config)) {
    weighted += unit.cost;
    if (valid && unit.invalid) valid = false;
    if (valid && weighted <= max) validRangeEnd = unit.end - 1;
    if (overflowStart === undefined && weighted > max) overflowStart = unit.start;
  }
  const weightedLength = weighted / config.scale;
  return {
    weightedLength,
    valid: valid && weightedLength > 0 && weightedLength <= limit,
    permillage: Math.floor((weightedLength / limit) * 1000),
    validRangeEnd,
    overflowStart,
  };
}

/** Mastodon: code points; every URL counts 23; a remote mention counts only its local part. */
function* mastodonUnits(text: string, urlLength: number): Generator<Unit> {
  const urls = twitter.extractUrlsWithIndices(text, { extractUrlsWithoutProtocol: false });
  const remoteMentions = [...text.matchAll(/(?<![\w@])@(\w+)(@[\w.-]+\.\w+)/gu)];
  const special: Unit[] = [
    ...urls.map((url) => ({ start: url.indices[0], end: url.indices[1], cost: urlLength })),
    ...remoteMentions.map((match) => ({ start: match.index!, end: match.index! + match[0].length, cost: match[1].length + 1 })),
  ].sort((a, b) => a.start - b.start);
  yield* withSpecialUnits(text, special, () => 1);
}

/** Threads: code points, but an emoji costs its UTF-8 byte length. */
function* threadsUnits(text: string): Generator<Unit> {
  const clusters = MAY_HOLD_EMOJI.test(text) ? graphemes(text) : [];
  const special = clusters
    .filter((cluster) => PICTOGRAPHIC.test(cluster.text))
    .map((cluster) => ({ start: cluster.start, end: cluster.end, cost: Buffer.byteLength(cluster.text, 'utf8') }));
  yield* withSpecialUnits(text, special, () => 1);
}

function* graphemeUnits(text: string): Generator<Unit> {
  // Plain ASCII has one grapheme per character except CRLF, which never reaches here (content is LF).
  if (!/[^\x00-\x7f]/.test(text)) {
    for (let i = 0; i < text.length; i++) yield { start: i, end: i + 1, cost: 1 };
    return;
  }
  for (const cluster of graphemes(text)) yield { start: cluster.start, end: cluster.end, cost: 1 };
}

function* codePointUnits(text: string): Generator<Unit> {
  yield* withSpecialUnits(text, [], () => 1);
}

/** Walks code points, replacing the given (sorted, non-overlapping) ranges by their own unit. */
function* withSpecialUnits(text: string, special: Unit[], cost: (codePoint: number) => number): Generator<Unit> {
  let next = 0;
  let offset = 0;
  while (offset < text.length) {
    while (next < special.length && special[next].start < offset) next++;
    const unit = special[next];
    if (unit && unit.start === offset) {
      yield unit;
      offset = unit.end;
      next++;
      continue;
    }
    const codePoint = text.codePointAt(offset)!;
    const width = codePoint > 0xffff ? 2 : 1;
    yield { start: offset, end: offset + width, cost: cost(codePoint) };
    offset += width;
  }
}

function unitsFor(method: CountingMethod, text: string, profile: ChannelProfile): Iterable<Unit> {
  switch (method) {
    case 'twitter':
      return twitterUnits(text, TWITTER_V3);
    case 'mastodon':
      return mastodonUnits(text, profile.urlLength ?? 23);
    case 'threads':
      return threadsUnits(text);
    case 'graphemes':
      return graphemeUnits(text);
    case 'characters':
      return codePointUnits(text);
  }
}

/** Length of `text` on the channel, against `limit` (the profile's unless configured otherwise). */
export function measure(text: string, profile: ChannelProfile, limit = profile.limit): Measurement {
  if (profile.counting === 'twitter') {
    const count = countTwitter(text, TWITTER_V3, limit);
    return { length: count.weightedLength, limit, overflowStart: count.overflowStart };
  }
  if (profile.counting === 'characters' && !/[\uD800-\uDFFF]/.test(text)) {
    // Fast path: without surrogates, code points are UTF-16 units.
    return { length: text.length, limit, overflowStart: text.length > limit ? limit : undefined };
  }
  let length = 0;
  let overflowStart: number | undefined;
  for (const unit of unitsFor(profile.counting, text, profile)) {
    length += unit.cost;
    if (overflowStart === undefined && length > limit) overflowStart = unit.start;
  }
  return { length, limit, overflowStart };
}

/** What one token costs on a channel (for hovers): a URL 23 on X, a hashtag its characters, … */
export function tokenCost(token: string, profile: ChannelProfile): number {
  return measure(token, profile, Number.MAX_SAFE_INTEGER).length;
}
