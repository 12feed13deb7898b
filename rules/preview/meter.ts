// The length meter of a post on one channel: counted as the channel counts (rules/channels/count.ts),
// written in the model's locale ("2,180/2,200", "2.180/2.200"), with the state the network's own
// meter would show.

import { measure } from '../channels/count';
import type { ChannelProfile } from '../channels/profiles';
import { isClusterBoundary } from '../text/clusters';
import { groupDigits } from '../text/numbers';
import type { Locale } from '../types';
import type { PreviewMeter } from './model';
import type { NetworkLook } from './networks';

export interface MeterResult {
  meter: PreviewMeter;
  /** Offset into the measured text of the first character past the limit (never inside an emoji). */
  overflowStart?: number;
}

/** `measured`: the text's measurement when the caller has it already (the whole post, from its lint). */
export function buildMeter(text: string, profile: ChannelProfile, limit: number, look: NetworkLook, locale: Locale, measured = measure(text, profile, limit)): MeterResult {
  const { length } = measured;
  const remaining = limit - length;
  const ratio = limit > 0 ? length / limit : 0;
  const warns = (look.meter.warnRemaining !== undefined && remaining <= look.meter.warnRemaining) || (look.meter.warnRatio !== undefined && ratio >= look.meter.warnRatio);
  const meter: PreviewMeter = {
    length,
    limit,
    text: `${groupDigits(length, locale)}/${groupDigits(limit, locale)}`,
    ratio,
    remaining,
    remainingText: groupDigits(remaining, locale),
    state: remaining < 0 ? 'over' : warns ? 'warn' : 'ok',
    style: look.meter.style,
    weighted: profile.counting !== 'characters',
  };
  let overflowStart = length > limit ? (measured.overflowStart ?? text.length) : undefined;
  // Counting by code points can stop inside an emoji: mark the whole emoji (as the length rule does).
  while (overflowStart !== undefined && overflowStart > 0 && !isClusterBoundary(text, overflowStart)) overflowStart--;
  return { meter, overflowStart };
}
