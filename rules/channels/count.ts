// How long a text is on a channel, and where it stops fitting.
//
// Every counting method walks the text in "units" (a URL, an emoji, a grapheme or a code point),
// each with a cost. The same walk yields the total and the first unit past the limit, which is
// where the `length` rule's overflow range starts.

import { configs, extractUrlsWithIndices } from '../text/twitter-text';
import { countClusters, forEachCluster, joinedClusters } from '../text/clusters';
import { urlsOf, type UrlEntity } from '../text/urls';
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

export const TWITTER_V3 = configs.version3 as TwitterConfig;
export const TWITTER_V2 = configs.version2 as TwitterConfig;

/** Characters X rejects outright (twitter-text's `invalidChars`). */
const TWITTER_INVALID = /[\uFFFE\uFEFF\uFFFF]/;

const PICTOGRAPHIC = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3/u;
const PICTOGRAPHIC_ALL = new RegExp(PICTOGRAPHIC.source, 'gu');
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

/** Weight of a string (already NFC) under X's ranges, scaled like `config.defaultWeight`. */
function weightOf(text: string, config: TwitterConfig): number {
  let cost = 0;
  for (const char of text) cost += rangeWeight(char.codePointAt(0)!, config);
  return cost;
}

/** Receives each unit of a walk: its UTF-16 range, its cost, and whether X rejects it. */
type UnitVisitor = (start: number, end: number, cost: number, invalid: boolean) => void;

// The walks below call a visitor per unit instead of yielding objects: counting runs for every
// channel of every post on each keystroke and in CI, and a generator with an object per character
// was the largest part of it.

/** Weights of the ASCII code points under a configuration (most of any post), looked up by index. */
const asciiWeights = new WeakMap<TwitterConfig, Int32Array>();

function asciiWeightsOf(config: TwitterConfig): Int32Array {
  let table = asciiWeights.get(config);
  if (!table) {
    table = new Int32Array(0x80);
    for (let codePoint = 0; codePoint < 0x80; codePoint++) table[codePoint] = rangeWeight(codePoint, config);
    asciiWeights.set(config, table);
  }
  return table;
}

function isTwitterInvalid(codePoint: number): boolean {
  return codePoint === 0xfffe || codePoint === 0xfeff || codePoint === 0xffff;
}

/**
 * True when NFC may change the text. Below U+0300 there is no combining mark and no canonical
 * singleton, so such text is its own NFC form; otherwise ask the runtime.
 */
function changesUnderNfc(text: string): boolean {
  return FROM_COMBINING_MARKS.test(text) && text.normalize('NFC') !== text;
}

const FROM_COMBINING_MARKS = /[^\u0000-\u02ff]/;

/** Walks the units of a text for X's weighted count, with costs scaled by `config.scale`. */
function walkTwitter(text: string, config: TwitterConfig, visit: UnitVisitor): void {
  walkTwitterUnits(text, config, twitterUnitsOf(text, config), visit);
}

/** What a walk of X's units needs to know about a text before it starts. */
interface TwitterUnits {
  urls: readonly UrlEntity[];
  normalizes: boolean;
  emoji: boolean;
  /** The clusters of several code points, when some need a unit of their own. */
  joined?: ReturnType<typeof joinedClusters>;
}

function twitterUnitsOf(text: string, config: TwitterConfig): TwitterUnits {
  // twitter-text weighs the NFC form of the text. Where NFC changes something (é written as e + ◌́,
  // or U+FB2C, which NFC expands to three code points), each grapheme cluster is weighed by its own
  // NFC form: normalisation does not reach across a cluster boundary.
  const normalizes = changesUnderNfc(text);
  const emoji = config.emojiParsingEnabled && MAY_HOLD_EMOJI.test(text);
  // Only clusters of several code points need a unit of their own; the others are code points.
  return { urls: urlsOf(text), normalizes, emoji, joined: emoji || normalizes ? joinedClusters(text) : undefined };
}

function walkTwitterUnits(text: string, config: TwitterConfig, units: TwitterUnits, visit: UnitVisitor): void {
  const { urls, normalizes, emoji, joined } = units;
  let urlIndex = 0;
  const ascii = asciiWeightsOf(config);
  const urlCost = config.transformedURLLength * config.scale;
  let clusterIndex = 0;
  let offset = 0;
  while (offset < text.length) {
    while (urlIndex < urls.length && urls[urlIndex].indices[0] < offset) urlIndex++;
    const url = urls[urlIndex];
    if (url && url.indices[0] === offset) {
      urlIndex++;
      visit(offset, url.indices[1], urlCost, false);
      offset = url.indices[1];
      continue;
    }
    if (joined) {
      while (clusterIndex < joined.length && joined[clusterIndex].start < offset) clusterIndex++;
      const cluster = joined[clusterIndex];
      if (cluster && cluster.start === offset) {
        if (emoji && isEmojiCluster(cluster.text)) {
          visit(offset, cluster.end, config.defaultWeight, false);
          offset = cluster.end;
          continue;
        }
        if (normalizes) {
          visit(offset, cluster.end, weightOf(cluster.text.normalize('NFC'), config), TWITTER_INVALID.test(cluster.text));
          offset = cluster.end;
          continue;
        }
      }
    }
    const codePoint = text.codePointAt(offset)!;
    const width = codePoint > 0xffff ? 2 : 1;
    const cost = normalizes
      ? weightOf(text.slice(offset, offset + width).normalize('NFC'), config)
      : codePoint < 0x80
        ? ascii[codePoint]
        : rangeWeight(codePoint, config);
    visit(offset, offset + width, cost, isTwitterInvalid(codePoint));
    offset += width;
  }
}

/**
 * The weighted length of a text whose every code point lies in the configuration's first range
 * (for v3: U+0000–U+10FF, weight 1 — Latin with its accents, Greek, Cyrillic, …) apart from its URLs,
 * found by the engine's native scan instead of a loop over the code points; undefined for any other
 * text. Most posts are such text: counting them costs no walk.
 */
function uniformWeightedLength(text: string, config: TwitterConfig, urls: readonly UrlEntity[]): number | undefined {
  const outside = outsideFirstRange(config);
  if (outside === undefined) return undefined;
  let urlUnits = 0;
  let from = 0;
  for (const url of urls) {
    const [start, end] = url.indices;
    if (start < from) return undefined; // overlapping entities: leave them to the walk
    if (outside.test(text.slice(from, start))) return undefined;
    urlUnits += end - start;
    from = end;
  }
  if (outside.test(from === 0 ? text : text.slice(from))) return undefined;
  return (text.length - urlUnits) * config.ranges[0]!.weight + urls.length * config.transformedURLLength * config.scale;
}

/** Per configuration: what lies outside its first range, when that range starts at U+0000 and stays in the BMP below the surrogates. */
const outsideFirstRanges = new WeakMap<TwitterConfig, RegExp | undefined>();

function outsideFirstRange(config: TwitterConfig): RegExp | undefined {
  if (!outsideFirstRanges.has(config)) {
    const first = config.ranges[0];
    const usable = first !== undefined && first.start === 0 && first.end < 0xd800;
    outsideFirstRanges.set(config, usable ? new RegExp(`[^\\u0000-\\u${first.end.toString(16).padStart(4, '0')}]`) : undefined);
  }
  return outsideFirstRanges.get(config);
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
  const units = twitterUnitsOf(text, config);
  const uniform = units.joined === undefined ? uniformWeightedLength(text, config, units.urls) : undefined;
  if (uniform !== undefined && uniform <= max) {
    // Within the limit, the loop below would end with every code point valid and fitting.
    weighted = uniform;
    validRangeEnd = Math.max(0, text.length - 1);
  } else if (units.joined === undefined) {
    // Most posts: URLs and code points only. Counted in one loop, without a visitor call per code
    // point (the general walk below does the same, unit by unit).
    const { urls } = units;
    const ascii = asciiWeightsOf(config);
    const urlCost = config.transformedURLLength * config.scale;
    let urlIndex = 0;
    let offset = 0;
    while (offset < text.length) {
      while (urlIndex < urls.length && urls[urlIndex].indices[0] < offset) urlIndex++;
      const start = offset;
      let cost: number;
      let invalid = false;
      const unit = text.charCodeAt(offset);
      if (urlIndex < urls.length && urls[urlIndex].indices[0] === offset) {
        cost = urlCost;
        offset = urls[urlIndex++].indices[1];
      } else if (unit < 0x80) {
        cost = ascii[unit];
        offset++;
      } else {
        const codePoint = text.codePointAt(offset)!;
        cost = rangeWeight(codePoint, config);
        invalid = isTwitterInvalid(codePoint);
        offset += codePoint > 0xffff ? 2 : 1;
      }
      weighted += cost;
      if (valid && invalid) valid = false;
      if (valid && weighted <= max) validRangeEnd = offset - 1;
      if (overflowStart === undefined && weighted > max) overflowStart = start;
    }
  } else {
    walkTwitterUnits(text, config, units, (start, end, cost, invalid) => {
      weighted += cost;
      if (valid && invalid) valid = false;
      if (valid && weighted <= max) validRangeEnd = end - 1;
      if (overflowStart === undefined && weighted > max) overflowStart = start;
    });
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

interface SpecialUnit {
  start: number;
  end: number;
  cost: number;
}

/**
 * Mastodon (its StatusLengthValidator): grapheme clusters; every http(s) URL counts 23 and a remote
 * mention (@user@instance) only its local part.
 */
function walkMastodon(text: string, urlLength: number, visit: UnitVisitor): void {
  const special = mastodonSpecialUnits(text, urlLength);
  walkGraphemes(text, special.length > 0 ? withSpecialUnits(special, visit) : visit);
}

/** The URLs and remote mentions of a text, which Mastodon counts apart from its graphemes. */
function mastodonSpecialUnits(text: string, urlLength: number): SpecialUnit[] {
  const urls = /https?:\/\//i.test(text) ? extractUrlsWithIndices(text, { extractUrlsWithoutProtocol: false }) : [];
  const remoteMentions = text.includes('@') ? [...text.matchAll(/(?<![\w@])@(\w+)(@[\w.-]+\.\w+)/gu)] : [];
  return [
    ...urls.map((url) => ({ start: url.indices[0], end: url.indices[1], cost: urlLength })),
    ...remoteMentions.map((match) => ({ start: match.index!, end: match.index! + match[0].length, cost: match[1].length + 1 })),
  ].sort((a, b) => a.start - b.start);
}

/** Threads: code points, but an emoji costs its UTF-8 byte length. */
function walkThreads(text: string, visit: UnitVisitor): void {
  const special = MAY_HOLD_EMOJI.test(text) ? pictographicClusters(text) : [];
  walkCodePoints(text, special.length > 0 ? withSpecialUnits(special, visit) : visit);
}

/**
 * The grapheme clusters that hold a pictograph, each with its UTF-8 length as cost. A pictograph in
 * a cluster of several code points takes that cluster; any other is a cluster on its own.
 */
function pictographicClusters(text: string): SpecialUnit[] {
  const joined = joinedClusters(text);
  const found: SpecialUnit[] = [];
  let clusterIndex = 0;
  for (const match of text.matchAll(PICTOGRAPHIC_ALL)) {
    const at = match.index!;
    if (found.length > 0 && at < found[found.length - 1].end) continue;
    while (clusterIndex < joined.length && joined[clusterIndex].end <= at) clusterIndex++;
    const cluster = joined[clusterIndex];
    const [start, end] = cluster && cluster.start <= at ? [cluster.start, cluster.end] : [at, at + match[0].length];
    found.push({ start, end, cost: Buffer.byteLength(text.slice(start, end), 'utf8') });
  }
  return found;
}

const NON_ASCII = /[^\x00-\x7f]/;

function walkGraphemes(text: string, visit: UnitVisitor): void {
  // Plain ASCII has one grapheme per character except CRLF, which never reaches here (content is LF).
  if (!NON_ASCII.test(text)) {
    for (let i = 0; i < text.length; i++) visit(i, i + 1, 1, false);
    return;
  }
  forEachCluster(text, (start, end) => visit(start, end, 1, false));
}

function walkCodePoints(text: string, visit: UnitVisitor): void {
  let offset = 0;
  while (offset < text.length) {
    const width = text.codePointAt(offset)! > 0xffff ? 2 : 1;
    visit(offset, offset + width, 1, false);
    offset += width;
  }
}

/**
 * Wraps a visitor so that each special range (sorted, non-overlapping: a URL, an emoji) takes the
 * place of the base units it covers. A special range that starts inside a base unit is ignored.
 */
function withSpecialUnits(special: readonly SpecialUnit[], visit: UnitVisitor): UnitVisitor {
  let next = 0;
  let skipUntil = 0;
  return (start, end, cost, invalid) => {
    if (start < skipUntil) return;
    while (next < special.length && special[next].start < start) next++;
    const replacement = special[next];
    if (replacement && replacement.start === start) {
      visit(replacement.start, replacement.end, replacement.cost, false);
      skipUntil = replacement.end;
      next++;
      return;
    }
    visit(start, end, cost, invalid);
  };
}

function walkUnits(method: CountingMethod, text: string, profile: ChannelProfile, visit: UnitVisitor): void {
  switch (method) {
    case 'twitter':
      return walkTwitter(text, TWITTER_V3, visit);
    case 'mastodon':
      return walkMastodon(text, profile.urlLength ?? 23, visit);
    case 'threads':
      return walkThreads(text, visit);
    case 'graphemes':
      return walkGraphemes(text, visit);
    case 'characters':
      return walkCodePoints(text, visit);
  }
}

const SURROGATE_PAIRS = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/** The last text whose code points were counted, and their number (Facebook and LinkedIn both ask). */
let codePointMemo: { text: string; count: number } | undefined;

function codePointCount(text: string): number {
  if (codePointMemo?.text !== text) {
    // Every surrogate pair is one code point in two UTF-16 units; a lone surrogate is a code point.
    // The expression engine finds the pairs about three times faster than a loop over the units.
    const pairs = text.match(SURROGATE_PAIRS)?.length ?? 0;
    codePointMemo = { text, count: text.length - pairs };
  }
  return codePointMemo.count;
}

/**
 * Counting by code points (walkCodePoints) without a visit per code point: a long post is counted in
 * one tight loop, and only a post over the limit is walked, up to the limit, for its overflow start.
 */
function measureCodePoints(text: string, limit: number): Measurement {
  const length = codePointCount(text);
  if (length <= limit || length === 0) return { length, limit, overflowStart: undefined };
  // The first code point past the limit follows the floor(limit) that fit.
  const fitting = Math.max(0, Math.floor(limit));
  let offset = 0;
  for (let counted = 0; counted < fitting; counted++) offset += text.codePointAt(offset)! > 0xffff ? 2 : 1;
  return { length, limit, overflowStart: offset };
}

/** Counting by grapheme clusters (walkGraphemes), as measureCodePoints counts code points. */
function measureGraphemes(text: string, limit: number): Measurement {
  // The first unit past the limit follows the floor(limit) that fit.
  const fitting = Math.max(0, Math.floor(limit));
  if (!NON_ASCII.test(text)) {
    const length = text.length;
    return { length, limit, overflowStart: length > limit ? fitting : undefined };
  }
  const { count, nthStart } = countClusters(text, fitting);
  return { length: count, limit, overflowStart: count > limit ? nthStart : undefined };
}

/** Length of `text` on the channel, against `limit` (the profile's unless configured otherwise). */
export function measure(text: string, profile: ChannelProfile, limit = profile.limit): Measurement {
  if (profile.counting === 'twitter') {
    const count = countTwitter(text, TWITTER_V3, limit);
    return { length: count.weightedLength, limit, overflowStart: count.overflowStart };
  }
  if (profile.counting === 'characters') return measureCodePoints(text, limit);
  // Without units of their own (emoji on Threads; URLs and remote mentions on Mastodon), the walks
  // count code points or grapheme clusters: counted without a visit per character.
  if (profile.counting === 'threads' && !MAY_HOLD_EMOJI.test(text)) return measureCodePoints(text, limit);
  if (profile.counting === 'graphemes' || (profile.counting === 'mastodon' && mastodonSpecialUnits(text, profile.urlLength ?? 23).length === 0)) {
    return measureGraphemes(text, limit);
  }
  let length = 0;
  let overflowStart: number | undefined;
  walkUnits(profile.counting, text, profile, (start, _end, cost) => {
    length += cost;
    if (overflowStart === undefined && length > limit) overflowStart = start;
  });
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
  walkUnits(profile.counting, text, profile, (_start, end, cost) => {
    total += cost;
    ends.push(end);
    totals.push(total);
  });
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
