// Merges frontmatter, configuration and defaults into the settings of one post (SPEC §4):
// frontmatter > .postlintrc.json > editor settings > defaults. The config passed in here is already
// the merge of the last three (see config/merge.ts).

import { CHANNELS, findChannel, type ChannelProfile } from '../channels/profiles';
import type { PostlintConfig } from '../config/types';
import type { ParsedPost } from '../post/parse';
import type { Locale } from '../types';
import type { PostSettings } from './rule';

/** The guide's three main channels: "Wir engagieren uns am aktivsten auf Facebook, Twitter und Instagram." */
export const DEFAULT_CHANNELS = ['twitter', 'facebook', 'instagram'] as const;

export function resolveSettings(post: ParsedPost, config: PostlintConfig, channelOverride?: string[]): PostSettings {
  const front = post.frontmatter?.values ?? {};
  const channels = pickChannels(channelOverride ?? front.channels ?? config.channels ?? [...DEFAULT_CHANNELS]);
  const startsWithMention = /^[@＠]\w/.test(post.content.text);
  const kind = front.kind === 'reply' || front.inReplyTo !== undefined || startsWithMention ? 'reply' : front.kind ?? 'post';
  const lang = front.lang ?? config.lang ?? detectLanguage(post.content.text);
  return {
    channels,
    kind,
    signOff: front.signoff ?? config.signOff,
    address: front.address ?? config.address ?? 'avoid',
    inReplyTo: front.inReplyTo,
    lang,
    limitOf: (channel) => {
      const configured = config.limits?.[channel.id];
      return typeof configured === 'number' && configured > 0 ? configured : channel.limit;
    },
    config,
  };
}

function pickChannels(names: readonly string[]): ChannelProfile[] {
  const picked: ChannelProfile[] = [];
  for (const name of names) {
    const channel = findChannel(name);
    if (channel && !picked.includes(channel)) picked.push(channel);
  }
  // Unknown names are reported by the frontmatter rule or the config validation; a post always has
  // at least one channel so that length checks keep working.
  return picked.length > 0 ? picked : CHANNELS.filter((channel) => (DEFAULT_CHANNELS as readonly string[]).includes(channel.id));
}

// Function words as whole words, German first, English second, and German letters, counted in one
// pass — the same counts as the case-insensitive expression
//   /(?:(und|der|die|das|nicht|ist|wir|ich|du|dich|dein\w*|euch|ihr|Sie|bitte|danke|hallo|mit|für|auf|schon|gerne?|heute|uns)|
//      (and|the|not|is|are|we|you|your|please|thanks?|hello|with|for|our|today|will|this))\b|[äöüß]/giu
// with a word boundary before each word (a unit test compares the two). Read by hand because this
// runs on nearly every post, and the expression tried its alternatives at every position of the
// text. A function word can only start a run of word characters (`\w` of a case-insensitive
// Unicode expression: ASCII letters, digits, `_`, and ſ and K, which fold to s and k) and, being
// followed by a boundary, fills it — except "für", whose ü is no word character, and "dein…", which
// takes the rest of its run. The lists share no word, and no run matches two of their words, so each
// run is looked up once.
const GERMAN_WORDS = ['und', 'der', 'die', 'das', 'nicht', 'ist', 'wir', 'ich', 'du', 'dich', 'euch', 'ihr', 'sie', 'bitte', 'danke', 'hallo', 'mit', 'auf', 'schon', 'gern', 'gerne', 'heute', 'uns'];
const ENGLISH_WORDS = ['and', 'the', 'not', 'is', 'are', 'we', 'you', 'your', 'please', 'thank', 'thanks', 'hello', 'with', 'for', 'our', 'today', 'will', 'this'];
const LONGEST_FUNCTION_WORD = 6;

/**
 * A run of up to six letters as a number, five bits a letter (a = 1 … z = 26), case folded; 0 when
 * it holds a digit or `_`. The runs are looked up by this key, without a string per word.
 */
function runKey(text: string, start: number, end: number): number {
  let key = 0;
  for (let index = start; index < end; index++) {
    const unit = text.charCodeAt(index);
    const letter = unit === 0x17f ? 0x73 : unit === 0x212a ? 0x6b : unit | 0x20;
    if (letter < 0x61 || letter > 0x7a) return 0;
    key = key * 32 + (letter - 0x60);
  }
  return key;
}

const GERMAN = 1;
const ENGLISH = 2;
/** The function words by their run key: GERMAN or ENGLISH. */
const LANGUAGE_OF_KEY = new Map<number, number>([
  ...GERMAN_WORDS.map((word) => [runKey(word, 0, word.length), GERMAN] as const),
  ...ENGLISH_WORDS.map((word) => [runKey(word, 0, word.length), ENGLISH] as const),
]);

const DEIN = runKey('dein', 0, 4);

const OTHER = 0;
const WORD_UNIT = 1;
const GERMAN_LETTER = 2;
/** The class of each Latin-1 unit: most text is Latin-1, and a table read beats a row of comparisons. */
const LATIN1_CLASSES = new Uint8Array(0x100);
for (let unit = 0; unit < 0x100; unit++) {
  const char = String.fromCharCode(unit);
  LATIN1_CLASSES[unit] = /\w/.test(char) ? WORD_UNIT : /[äöüß]/i.test(char) ? GERMAN_LETTER : OTHER;
}

/** `\w` of a case-insensitive Unicode expression (ASCII word characters, ſ, K), ä ö ü ß (and ẞ), or other. */
function classOf(unit: number): number {
  if (unit < 0x100) return LATIN1_CLASSES[unit]!;
  return unit === 0x17f || unit === 0x212a ? WORD_UNIT : unit === 0x1e9e ? GERMAN_LETTER : OTHER;
}

/** How many German and English function words (and German letters) `text` has. */
export function languageHints(text: string): { german: number; english: number } {
  let german = 0;
  let english = 0;
  const length = text.length;
  let index = 0;
  while (index < length) {
    const unit = text.charCodeAt(index);
    const kind = classOf(unit);
    if (kind !== WORD_UNIT) {
      if (kind === GERMAN_LETTER) german++;
      index++;
      continue;
    }
    // A run of word characters; only its start can begin a word with a boundary before it.
    const start = index;
    while (index < length && classOf(text.charCodeAt(index)) === WORD_UNIT) index++;
    const runLength = index - start;
    if (runLength === 1 && (unit | 0x20) === 0x66 && index + 1 < length) {
      // "für": f, ü, r and a boundary.
      const second = text.charCodeAt(index);
      const third = text.charCodeAt(index + 1);
      if ((second === 0xfc || second === 0xdc) && (third | 0x20) === 0x72 && !(index + 2 < length && classOf(text.charCodeAt(index + 2)) === WORD_UNIT)) {
        german++;
        index += 2;
      }
      continue;
    }
    if (runLength >= 4 && runKey(text, start, start + 4) === DEIN) {
      german++;
      continue;
    }
    if (runLength < 2 || runLength > LONGEST_FUNCTION_WORD) continue;
    const key = runKey(text, start, index);
    if (key === 0) continue;
    const language = LANGUAGE_OF_KEY.get(key);
    if (language === GERMAN) german++;
    else if (language === ENGLISH) english++;
  }
  return { german, english };
}

// The function words decide nearly every post (in the benchmark corpus all but 6 of 8,000), so
// tinyld is loaded on the first post they leave open, not when the server or the CLI starts. Its
// full model takes about 50 MB and a quarter of a second to load; the bundles ship it cut down to
// German and English (build.mjs), which loads in about 30 ms.
let tinyld: typeof import('tinyld') | undefined;

/** The post's language when it names none: function words first, tinyld when they are not clear. */
export function detectLanguage(text: string): Locale {
  const sample = text.length > 2000 ? text.slice(0, 2000) : text;
  const { german, english } = languageHints(sample);
  if (german !== english && Math.abs(german - english) >= 2) return german > english ? 'de' : 'en';
  tinyld ??= require('tinyld') as typeof import('tinyld');
  const detected = tinyld.detect(sample, { only: ['de', 'en'] });
  if (detected === 'de' || detected === 'en') return detected;
  return german >= english ? 'de' : 'en';
}
