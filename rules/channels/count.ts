// How long a text is on a channel, and where it stops fitting.
//
// Every counting method walks the text in "units" (a URL, an emoji, a grapheme or a code point),
// each with a cost. The same walk yields the total and the first unit past the limit, which is
// where the `length` rule's overflow range starts.

import twitter from 'twitter-text';
import { clusters, joinedClusters } from '../text/clusters';
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

/** Weight of a string (already NFC) under X's ranges, scaled like `config.defaultWeight`. */
function weightOf(text: string, config: TwitterConfig): number {
  let cost = 0;
  for (const char of text) cost += rangeWeight(char.codePointAt(0)!, config);
  return cost;
}

/** Yields the units of a text for X's weighted count, with costs scaled by `config.scale`. */
function* twitterUnits(text: string, config: TwitterConfig): Generator<Unit> {
  const urls = twitter.extractUrlsWithIndices(text);
  let urlIndex = 0;
  // twitter-text weighs the NFC form of the text. Where NFC changes something (é written as e + ◌́,
  // or U+FB2C, which NFC expands to three code points), each grapheme cluster is weighed by its own
  // NFC form: normalisation does not reach across a cluster boundary.
  const normalizes = text.normalize('NFC') !== text;
  const emoji = config.emojiParsingEnabled && MAY_HOLD_EMOJI.test(text);
  // Only clusters of several code points need a unit of their own; the others are code points.
  const joined = emoji || normalizes ? joinedClusters(text) : undefined;
  let clusterIndex = 0;
  let offset = 0;
  while (offset < text.length) {
    while (urlIndex < urls.length && urls[urlIndex].indices[0] < offset) urlIndex++;
    const url = urls[urlIndex];
    if (url && url.indices[0] === offset) {
      urlIndex++;
      yield { start: offset, end: url.indices[1], cost: config.transformedURLLength * config.scale };
      offset = url.indices[1];
      continue;
    }
    if (joined) {
      while (clusterIndex < joined.length && joined[clusterIndex].start < offset) clusterIndex++;
      const cluster = joined[clusterIndex];
      if (cluster && cluster.start === offset) {
        if (emoji && isEmojiCluster(cluster.text)) {
          yield { start: offset, end: cluster.end, cost: config.defaultWeight };
          offset = cluster.end;
          continue;
        }
        if (normalizes) {
          const cost = weightOf(cluster.text.normalize('NFC'), config);
          yield { start: offset, end: cluster.end, cost, invalid: TWITTER_INVALID.test(cluster.text) };
          offset = cluster.end;
          continue;
        }
      }
    }
    const codePoint = text.codePointAt(offset)!;
    const width = codePoint > 0xffff ? 2 : 1;
    const char = text.slice(offset, offset + width);
    const cost = normalizes ? weightOf(char.normalize('NFC'), config) : rangeWeight(codePoint, config);
    yield { start: offset, end: offset + width, cost, invalid: TWITTER_INVALID.test(char) };
    offset += width;
  }
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

/**
 * Mastodon (its StatusLengthValidator): grapheme clusters; every http(s) URL counts 23 and a remote
 * mention (@user@instance) only its local part.
 */
function* mastodonUnits(text: string, urlLength: number): Generator<Unit> {
  const urls = /https?:\/\//i.test(text) ? twitter.extractUrlsWithIndices(text, { extractUrlsWithoutProtocol: false }) : [];
  const remoteMentions = text.includes('@') ? [...text.matchAll(/(?<![\w@])@(\w+)(@[\w.-]+\.\w+)/gu)] : [];
  const special: Unit[] = [
    ...urls.map((url) => ({ start: url.indices[0], end: url.indices[1], cost: urlLength })),
    ...remoteMentions.map((match) => ({ start: match.index!, end: match.index! + match[0].length, cost: match[1].length + 1 })),
  ].sort((a, b) => a.start - b.start);
  yield* withSpecialUnits(graphemeUnits(text), special);
}

/** Threads: code points, but an emoji costs its UTF-8 byte length. */
function* threadsUnits(text: string): Generator<Unit> {
  const special = (MAY_HOLD_EMOJI.test(text) ? clusters(text) : [])
    .filter((cluster) => PICTOGRAPHIC.test(cluster.text))
    .map((cluster) => ({ start: cluster.start, end: cluster.end, cost: Buffer.byteLength(cluster.text, 'utf8') }));
  yield* withSpecialUnits(codePointUnits(text), special);
}

function* graphemeUnits(text: string): Generator<Unit> {
  // Plain ASCII has one grapheme per character except CRLF, which never reaches here (content is LF).
  if (!/[^\x00-\x7f]/.test(text)) {
    for (let i = 0; i < text.length; i++) yield { start: i, end: i + 1, cost: 1 };
    return;
  }
  for (const cluster of clusters(text)) yield { start: cluster.start, end: cluster.end, cost: 1 };
}

function* codePointUnits(text: string): Generator<Unit> {
  let offset = 0;
  while (offset < text.length) {
    const width = text.codePointAt(offset)! > 0xffff ? 2 : 1;
    yield { start: offset, end: offset + width, cost: 1 };
    offset += width;
  }
}

/**
 * Walks the base units and puts each special range (sorted, non-overlapping: a URL, an emoji) in
 * place of the base units it covers. A special range that starts inside a base unit is ignored.
 */
function* withSpecialUnits(base: Iterable<Unit>, special: readonly Unit[]): Generator<Unit> {
  let next = 0;
  let skipUntil = 0;
  for (const unit of base) {
    if (unit.start < skipUntil) continue;
    while (next < special.length && special[next].start < unit.start) next++;
    const replacement = special[next];
    if (replacement && replacement.start === unit.start) {
      yield replacement;
      skipUntil = replacement.end;
      next++;
      continue;
    }
    yield unit;
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

/**
 * Length of every prefix of `text` that ends at a unit boundary, from one walk over the text: trimming
 * and splitting use it to find a cut quickly, then confirm the cut with `measure`. For an offset inside
 * a unit (a URL, an emoji) it gives the length up to that unit's start.
 */
export function prefixLengths(text: string, profile: ChannelProfile): (offset: number) => number {
  const ends: number[] = [];
  const totals: number[] = [];
  let total = 0;
  for (const unit of unitsFor(profile.counting, text, profile)) {
    total += unit.cost;
    ends.push(unit.end);
    totals.push(total);
  }
  const scale = profile.counting === 'twitter' ? TWITTER_V3.scale : 1;
  return (offset) => {
    let low = 0;
    let high = ends.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (ends[mid] <= offset) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found < 0 ? 0 : totals[found] / scale;
  };
}
