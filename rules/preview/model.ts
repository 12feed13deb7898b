// The preview model (SPEC §6, §8): a post as each of its channels would show it, as plain data.
// The server sends it as the answer to `postlint/preview`; the VS Code preview renders it, and any
// other editor may render it its own way. It holds no HTML: every string is text to be shown as text.
//
// Offsets named "content offsets" are UTF-16 indices into the published text (the body with notes
// removed, see rules/post/content.ts); ranges meant for the editor are line/character positions.

import type { ChannelId, Locale, RuleId, Severity } from '../types';
import type { Position } from '../text/positions';

/** What a span of the published text is, as the networks tell them apart. */
export type PreviewSpanKind = 'text' | 'hashtag' | 'mention' | 'url' | 'cashtag' | 'linebreak';

export interface PreviewSpan {
  kind: PreviewSpanKind;
  /** The text as written in the post ("\n" for a line break). */
  text: string;
  /** What the network shows instead, where it differs (X shows `example.com/path…` for a URL). */
  display?: string;
  /** True when the network turns this hashtag, mention, URL or cashtag into a link. */
  linked?: boolean;
  /** Content offsets of `text`. */
  start: number;
  end: number;
  /** The span lies behind the fold: the network hides it until the reader taps "more". */
  folded?: boolean;
  /** The span lies past the channel's length limit. */
  overflow?: boolean;
}

export interface PreviewFold {
  /** Content offset where the visible text ends; the spans from here on are `folded`. */
  offset: number;
  /** What the network shows at the fold: "…more", "…see more", "See more". */
  label: string;
}

/** How the network draws its length meter: X's and Bluesky's ring, a countdown, or a plain bar. */
export type MeterStyle = 'ring' | 'countdown' | 'bar';

export interface PreviewMeter {
  /** Length as the channel counts it (X: weighted). */
  length: number;
  limit: number;
  /** "312/280", "2,180/2,200" (in the model's locale). */
  text: string;
  /** length / limit, not clamped (1.1 is 10 % over). */
  ratio: number;
  /** limit − length: negative past the limit. */
  remaining: number;
  /** `remaining` in the model's locale ("-32", "1,020"). */
  remainingText: string;
  /** ok; warn when the network would warn (X: 20 left); over past the limit. */
  state: 'ok' | 'warn' | 'over';
  style: MeterStyle;
  /** True when the count is not a plain character count (X's weighting, Mastodon's URLs, …). */
  weighted: boolean;
}

/** A problem as the preview lists it, with the range to reveal in the editor. */
export interface PreviewProblem {
  ruleId: RuleId;
  message: string;
  severity: Severity;
  /** Set when the problem concerns one channel only. */
  channel?: ChannelId;
  range: { start: Position; end: Position };
}

/** One post as a network shows it: the whole text, or one part of a thread. */
export interface PreviewPost {
  /** Set when the channel shows the post as a thread: this is part `index` (1-based) of `total`. */
  part?: { index: number; total: number };
  /** Content offsets of the post's text. */
  start: number;
  end: number;
  spans: PreviewSpan[];
  /** Where the network folds this text, or null when it shows it whole. */
  fold: PreviewFold | null;
  meter: PreviewMeter;
  /** Content offset of the first character past the limit, if any. */
  overflowStart?: number;
  /** The channel's problems in this post: those of the channel and those of every channel. */
  problems: PreviewProblem[];
}

export interface PreviewAuthor {
  /** Display name ("Your Company"); for networks that show only the user name, that name. */
  name: string;
  /** The handle as the network writes it ("@yourcompany"), or null where it shows none. */
  handle: string | null;
  /** The letter in the avatar placeholder. */
  initial: string;
  /** What the network writes next to a fresh post ("now", "Just now"), or null. */
  time: string | null;
}

export interface PreviewChannel {
  channel: ChannelId;
  /** "X (Twitter)". */
  name: string;
  /** "X". */
  shortName: string;
  author: PreviewAuthor;
  /** One post, or the parts of a thread on networks that chain posts. */
  posts: PreviewPost[];
}

/** The preview of one document, as the engine builds it. */
export interface PreviewDocument {
  /** Language of the messages, labels and number formats. */
  locale: Locale;
  /** Language of the post itself (frontmatter `lang`, config, else detected). */
  lang: Locale;
  kind: 'post' | 'reply';
  /** The published text (notes removed). Every span's offsets point into it. */
  content: string;
  channels: PreviewChannel[];
}
