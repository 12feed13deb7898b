// Typed access to networks.json: how each network presents a post (the look; the limits and the
// fold position are in the channel profiles).

import type { ChannelId, Locale } from '../types';
import type { MeterStyle, PreviewSpanKind } from './model';
import data from './networks.json';

export type AuthorStyle = 'name-and-handle' | 'name' | 'handle';
export type UrlStyle = 'written' | 'x' | 'mastodon' | 'bluesky';
export type EntityKind = Exclude<PreviewSpanKind, 'text' | 'linebreak'>;

export interface NetworkLook {
  author: AuthorStyle;
  time: Record<Locale, string> | null;
  links: Record<EntityKind, boolean>;
  url: UrlStyle;
  foldLabel?: Partial<Record<Locale, string>>;
  foldLineWidth?: number;
  meter: { style: MeterStyle; warnRemaining?: number; warnRatio?: number };
}

const LOOKS = data.networks as Record<ChannelId, NetworkLook>;

export function networkLook(channel: ChannelId): NetworkLook {
  const look = LOOKS[channel];
  if (!look) throw new Error(`No preview look for channel ${channel}`);
  return look;
}
