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

// Function words as whole words (`\bword\b`), German first, English second, and German letters,
// counted in one pass: the two lists share no word, so their whole-word matches never overlap, and
// German letters never occur in the English words. The boundary before a word is checked per match
// in `languageHints`, not with a leading `\b`, which the engine would evaluate at every position of
// the text; the counts are those of the two expressions with `\b` on both sides.
const HINTS =
  /(?:(und|der|die|das|nicht|ist|wir|ich|du|dich|dein\w*|euch|ihr|Sie|bitte|danke|hallo|mit|für|auf|schon|gerne?|heute|uns)|(and|the|not|is|are|we|you|your|please|thanks?|hello|with|for|our|today|will|this))\b|[äöüß]/giu;
// `\w` of a case-insensitive Unicode expression: ASCII word characters, and ſ and K, which fold to s and k.
const WORD_CHARACTER = /[\w\u017F\u212A]/;

/** How many German and English function words (and German letters) `text` has. */
export function languageHints(text: string): { german: number; english: number } {
  let german = 0;
  let english = 0;
  HINTS.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = HINTS.exec(text)) !== null) {
    const at = match.index;
    const isWord = match[1] !== undefined || match[2] !== undefined;
    // Every function word starts with an ASCII letter, so at a failed boundary the full expression
    // matches nothing at `at` either: the search goes on one character further.
    if (isWord && at > 0 && WORD_CHARACTER.test(text[at - 1]!)) {
      HINTS.lastIndex = at + 1;
      continue;
    }
    if (match[2] !== undefined) english++;
    else german++;
  }
  return { german, english };
}

// tinyld's language model takes about 50 MB and a quarter of a second to load, and the function
// words decide nearly every post (in the benchmark corpus all but 6 of 8,000): it is loaded on the
// first post they leave open, not when the server or the CLI starts.
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
