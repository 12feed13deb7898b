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

const GERMAN_HINTS = /\b(?:und|der|die|das|nicht|ist|wir|ich|du|dich|dein\w*|euch|ihr|Sie|bitte|danke|hallo|mit|für|auf|schon|gerne?|heute|uns)\b|[äöüß]/giu;
const ENGLISH_HINTS = /\b(?:and|the|not|is|are|we|you|your|please|thanks?|hello|with|for|our|today|will|this)\b/giu;

// tinyld's language model takes about 50 MB and a quarter of a second to load, and the function
// words decide nearly every post (in the benchmark corpus all but 6 of 8,000): it is loaded on the
// first post they leave open, not when the server or the CLI starts.
let tinyld: typeof import('tinyld') | undefined;

/** The post's language when it names none: function words first, tinyld when they are not clear. */
export function detectLanguage(text: string): Locale {
  const sample = text.length > 2000 ? text.slice(0, 2000) : text;
  const german = sample.match(GERMAN_HINTS)?.length ?? 0;
  const english = sample.match(ENGLISH_HINTS)?.length ?? 0;
  if (german !== english && Math.abs(german - english) >= 2) return german > english ? 'de' : 'en';
  tinyld ??= require('tinyld') as typeof import('tinyld');
  const detected = tinyld.detect(sample, { only: ['de', 'en'] });
  if (detected === 'de' || detected === 'en') return detected;
  return german >= english ? 'de' : 'en';
}
