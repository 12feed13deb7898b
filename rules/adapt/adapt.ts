// "Adapt for C" (SPEC §5): the whole document rewritten for one channel, as the guide asks ("jedes
// soziale Netzwerk hat seine sprachlichen und formalen Besonderheiten … Entsprechend solltest du
// deinen Post anpassen"). What changes follows the channel's profile:
// - hashtags: none where the channel takes none (Facebook: inline `#word` → `word`, closing tags
//   removed); gathered in one block at the end where the channel lives on them (Instagram: at most
//   5, deduplicated, inline ones keep their word); elsewhere the first N distinct ones are kept
//   (X 2, LinkedIn 5, Threads 1);
// - links: replaced by "Link in Bio" where they are not clickable (Instagram);
// - length: trimmed to the channel's limit (the `length` rule's trim: at a sentence or word, never
//   inside a URL, mention, hashtag or emoji, keeping the closing hashtag block and the sign-off);
// - frontmatter: `channels: [C]`, every other key as written.
// Notes (HTML comments) are the team's and stay where they are; a note between the text and the
// closing tags stays on a line of its own.

import { measure } from '../channels/count';
import { channelProfile, type ChannelProfile } from '../channels/profiles';
import type { PostlintConfig } from '../config/types';
import { applyEdits } from '../engine/edits';
import { ruleConfiguration } from '../engine/lint';
import { findRule } from '../engine/registry';
import type { PostSettings } from '../engine/rule';
import { resolveSettings } from '../engine/settings';
import { parsePost, type ParsedPost } from '../post/parse';
import { trimToFit } from '../text/trim';
import type { ChannelId, RuleId, TextEdit } from '../types';
import { setChannelEdits } from './frontmatter';
import { findTrailingTags, hashtagLimit, hashtagRemovalEdits, isTagsOnly, removeSigil, removeTrailingTags, signOffLineStart } from './hashtags';
import { isLinkToClick, linkInBioText } from './links';

export interface AdaptOptions {
  config?: PostlintConfig;
}

export interface AdaptResult {
  /** The complete new document. */
  text: string;
  /** Length of the adapted post on the channel, and the channel's limit. */
  length: number;
  limit: number;
}

export function adaptPost(documentText: string, channel: ChannelId, options: AdaptOptions = {}): AdaptResult {
  const config = options.config ?? {};
  const profile = channelProfile(channel);
  const post = parsePost(documentText);
  const settings = resolveSettings(post, config, [channel]);

  // Frontmatter, hashtags and links touch disjoint parts of the document: one pass of edits.
  const edits = [
    ...setChannelEdits(post, channel),
    ...hashtagEdits(post, profile, ruleOptions(config, 'hashtag-count'), settings.signOff),
    ...linkEdits(post, profile, settings, config),
  ];
  const adapted = parsePost(applyEdits(documentText, edits));
  // Trimming measures the post as it will be published, so it runs on the adapted text.
  const limit = settings.limitOf(profile);
  const trimmed = trimToLimit(adapted, profile, limit, settings.signOff);
  const final = trimmed === adapted.text ? adapted : parsePost(trimmed);
  return { text: final.text, length: measure(final.content.text, profile, limit).length, limit };
}

function ruleOptions(config: PostlintConfig, id: RuleId): Record<string, unknown> {
  const rule = findRule(id);
  return rule ? ruleConfiguration(rule, config.rules?.[id]).options : {};
}

function hashtagEdits(post: ParsedPost, profile: ChannelProfile, options: Record<string, unknown>, signOff: string | undefined): TextEdit[] {
  const hashtags = post.tokens.hashtags;
  if (hashtags.length === 0) return [];
  if (profile.hashtags.allowed === false) return hashtagRemovalEdits(post, new Set(hashtags.keys()), signOff);
  const limit = hashtagLimit(profile, options);
  if (profile.hashtags.expected) return gatherHashtags(post, limit ?? hashtags.length, signOff);
  if (limit === undefined) return [];
  const kept = firstDistinct(post, limit);
  return hashtagRemovalEdits(post, new Set([...hashtags.keys()].filter((index) => !kept.has(index))), signOff);
}

/** Indices of the first `limit` distinct hashtags (compared case-insensitively), in post order. */
function firstDistinct(post: ParsedPost, limit: number): Set<number> {
  const seen = new Set<string>();
  const kept = new Set<number>();
  post.tokens.hashtags.forEach((tag, index) => {
    const key = tag.value.normalize('NFC').toLowerCase();
    if (seen.has(key) || kept.size >= limit) return;
    seen.add(key);
    kept.add(index);
  });
  return kept;
}

/**
 * Instagram: every hashtag moves into one block at the end, before a sign-off line if there is one
 * (inline ones leave their word behind), at most `limit` distinct ones, in post order. A post whose
 * tags already form such a block on lines of their own is left as it is.
 */
function gatherHashtags(post: ParsedPost, limit: number, signOff: string | undefined): TextEdit[] {
  const hashtags = post.tokens.hashtags;
  const trailing = findTrailingTags(post, signOff);
  const firstTrailing = trailing?.firstIndex ?? hashtags.length;
  const kept = firstDistinct(post, limit);
  const block = [...kept].map((index) => `#${hashtags[index].value}`).join(' ');
  if (isTagsOnly(post)) {
    // A post of nothing but tags is its own block: only extra and repeated tags go.
    if (kept.size === hashtags.length) return [];
    return post.content.map.toDocEdits({ start: 0, end: post.content.text.length, newText: block });
  }
  const blockOnOwnLine = trailing !== undefined && post.content.text.slice(trailing.removeFrom, hashtags[trailing.firstIndex].start).includes('\n');
  if (firstTrailing === 0 && blockOnOwnLine && kept.size === hashtags.length) return [];

  const edits = hashtags.slice(0, firstTrailing).map((tag) => removeSigil(post, tag));
  const append = `\n\n${block}`;
  if (trailing) {
    edits.push(removeTrailingTags(post, trailing, append));
  } else {
    const content = post.content.text;
    const signed = signOffLineStart(post, signOff);
    const end = post.content.map.toDocEnd(signed === undefined ? content.length : content.slice(0, signed).trimEnd().length);
    edits.push({ start: end, end, newText: append.replace(/\n/g, lineBreakOf(post)) });
  }
  return edits;
}

function linkEdits(post: ParsedPost, profile: ChannelProfile, settings: PostSettings, config: PostlintConfig): TextEdit[] {
  if (profile.linksClickable !== false) return [];
  const replacement = linkInBioText(settings.lang, ruleOptions(config, 'instagram-links').linkInBio);
  return post.tokens.urls
    .filter(isLinkToClick)
    .flatMap((url) => post.content.map.toDocEdits({ start: url.start, end: url.end, newText: replacement }));
}

/**
 * The document with its post cut to `limit` by the `length` rule's trim, which keeps a closing
 * hashtag block and the sign-off and cuts the text before them. Notes stay where they are.
 */
function trimToLimit(post: ParsedPost, profile: ChannelProfile, limit: number, signOff: string | undefined): string {
  const content = post.content.text;
  const trimmed = trimToFit(content, profile, limit, { signOff });
  if (!trimmed || trimmed.text === content) return post.text;
  const edit: TextEdit = { start: trimmed.start, end: trimmed.end, newText: trimmed.newText };
  return applyEdits(post.text, post.content.map.toDocEdits(edit));
}

function lineBreakOf(post: ParsedPost): string {
  return post.text.includes('\r\n') ? '\r\n' : '\n';
}
