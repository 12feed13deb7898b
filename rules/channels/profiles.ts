// Typed access to the channel profiles in profiles.json.

import type { ChannelId } from '../types';
import data from './profiles.json';

export type CountingMethod = 'twitter' | 'characters' | 'mastodon' | 'graphemes' | 'threads';

export interface FoldRule {
  kind: 'characters' | 'lines';
  after: number;
  label: string;
}

export interface HashtagPolicy {
  /** False where hashtags are not wanted at all (Facebook). */
  allowed?: boolean;
  /** Hard maximum: the network rejects more. */
  max?: number;
  /** Recommended range. */
  recommendedMin?: number;
  recommendedMax?: number;
  /** The channel lives on hashtags: a post without any misses reach. */
  expected?: boolean;
}

export interface ChannelProfile {
  id: ChannelId;
  aliases: string[];
  name: string;
  shortName: string;
  limit: number;
  counting: CountingMethod;
  /** The network chains posts into a thread (X, Mastodon, Bluesky, Threads). */
  supportsThreads: boolean;
  urlLength?: number;
  hashtags: HashtagPolicy;
  linksClickable?: boolean;
  maxLinks?: number;
  fold: FoldRule | null;
  facts: string[];
}

export const CHANNELS: readonly ChannelProfile[] = data.channels as ChannelProfile[];
export const CHANNEL_IDS: readonly ChannelId[] = CHANNELS.map((channel) => channel.id);

const byName = new Map<string, ChannelProfile>();
for (const channel of CHANNELS) {
  byName.set(channel.id, channel);
  for (const alias of channel.aliases) byName.set(alias, channel);
}

/** Resolves an id or alias, case-insensitively ("X" → twitter). */
export function findChannel(name: string): ChannelProfile | undefined {
  return byName.get(name.trim().toLowerCase());
}

export function channelProfile(id: ChannelId): ChannelProfile {
  const profile = byName.get(id);
  if (!profile) throw new Error(`Unknown channel id ${id}`);
  return profile;
}

/** Every accepted spelling, for "did you mean" suggestions. */
export function channelNames(): string[] {
  return [...byName.keys()];
}
