// Removing hashtags from a post without losing words of its message. Shared by the
// `facebook-hashtags` fix, the `hashtag-count` suggestion and "Adapt for C".
//
// Two kinds of hashtag are told apart:
// - an inline hashtag is part of a sentence ("Wir sind auf der #rp25"): removing it keeps the word
//   and drops only the `#`;
// - the trailing tags are the run of hashtags that closes the post (before a sign-off line, if
//   any), on lines of their own or after a finished sentence, an emoji or a link ("… an die Theke.
//   #engineering"): they are tags, not message, and go away entirely, with the line breaks and
//   spaces that separated them from the text.
//
// Edits are returned in DOCUMENT offsets: removing the trailing tags must keep a note that stands
// between the text and the tags on a line of its own, which the generic content-to-document
// mapping would glue to the last line of text.

import type { ChannelProfile } from '../channels/profiles';
import { isSignOff } from '../checks/sign-off';
import type { ParsedPost } from '../post/parse';
import type { Token } from '../post/tokens';
import type { TextEdit } from '../types';

/** The hashtags that close a post. Offsets are content offsets. */
export interface TrailingTags {
  /** Index (into `post.tokens.hashtags`) of the first trailing tag; they run to the last one. */
  firstIndex: number;
  /** Where removing every trailing tag starts: just after the message text before them. */
  removeFrom: number;
  /** Where the trailing tags end: the end of the content, or of the line before a sign-off. */
  end: number;
}

// What may stand between two tags of the trailing run: white space and list separators.
const TAG_SEPARATOR = /^[\s,;|·•/]*$/u;
// Text before a trailing run on the same line must be a finished sentence (or end in an emoji or a
// URL): "Setz Dich an die Theke. #engineering". "Wir sind auf der #rp25" ends mid-sentence, so
// there the hashtag is a word.
const SENTENCE_END = /(?:[.!?…]|\p{Extended_Pictographic}\uFE0F?|\p{Emoji_Modifier})["'“”»«)]*$/u;

/**
 * Finds the trailing tags of the post: the hashtags at its end, or just before a last line that
 * signs it ("#support #hilfe\n^SeSe"). Returns undefined when the post does not end in hashtags,
 * or when it consists of nothing but hashtags (then they are its message).
 */
export function findTrailingTags(post: ParsedPost, signOff?: string): TrailingTags | undefined {
  const content = post.content.text;
  const { hashtags, urls } = post.tokens;
  const last = hashtags.length - 1;
  if (last < 0) return undefined;
  const signed = signOffLineStart(post, signOff);
  const end = signed === undefined ? content.length : content.slice(0, signed).trimEnd().length;
  if (hashtags[last].end > end || !TAG_SEPARATOR.test(content.slice(hashtags[last].end, end))) return undefined;
  let first = last;
  while (first > 0 && TAG_SEPARATOR.test(content.slice(hashtags[first - 1].end, hashtags[first].start))) first--;

  const before = content.slice(0, hashtags[first].start);
  const message = before.trimEnd();
  if (message === '') return undefined;
  const lineBefore = before.slice(before.lastIndexOf('\n') + 1);
  const onOwnLine = lineBefore.trim() === '';
  const afterUrl = urls.some((url) => url.end === message.length);
  if (!onOwnLine && !SENTENCE_END.test(message) && !afterUrl) return undefined;
  return { firstIndex: first, removeFrom: message.length, end };
}

/**
 * Content offset of the post's last line when that line signs it (the configured sign-off,
 * initials such as "^SeSe", or a first name, as the `sign-off` rule sees them); else undefined.
 */
export function signOffLineStart(post: ParsedPost, signOff?: string): number | undefined {
  const content = post.content.text;
  const start = content.lastIndexOf('\n') + 1;
  if (start === 0) return undefined;
  const line = content.slice(start).trim();
  // A sign-off is short and carries no tags; a longer last line is message.
  if (line === '' || line.length > 60 || /[#＃]/.test(line)) return undefined;
  const configured = signOff?.split('\n')[0].trim() || undefined;
  return isSignOff(line, configured, content.slice(0, start)) ? start : undefined;
}

/**
 * The document edit that turns an inline `#word` into `word`. Extra `#` right before it go too, as
 * "##word" would otherwise become the hashtag "#word" — unless a word precedes them ("A##word"
 * leaves "A#word", which is no hashtag, rather than gluing the words together).
 */
export function removeSigil(post: ParsedPost, hashtag: Token): TextEdit {
  const content = post.content.text;
  let from = hashtag.start;
  while (from > 0 && /[#＃]/.test(content[from - 1])) from--;
  if (from > 0 && /[\p{L}\p{N}\p{M}_]/u.test(content[from - 1])) from = hashtag.start;
  return { start: post.content.map.toDocStart(from), end: post.content.map.toDocStart(hashtag.start) + 1, newText: '' };
}

/** True when the post is nothing but hashtags (and separators between them). */
export function isTagsOnly(post: ParsedPost): boolean {
  const content = post.content.text;
  const hashtags = post.tokens.hashtags;
  if (hashtags.length === 0) return false;
  let rest = '';
  let cursor = 0;
  for (const tag of hashtags) {
    rest += content.slice(cursor, tag.start);
    cursor = tag.end;
  }
  return TAG_SEPARATOR.test(rest + content.slice(cursor));
}

/**
 * The document edit that removes all trailing tags with the white space before them; `append` is
 * put in their place. Notes among them stay, each on a line of its own.
 */
export function removeTrailingTags(post: ParsedPost, trailing: TrailingTags, append = ''): TextEdit {
  const { map, notes } = post.content;
  const text = post.text;
  const start = map.toDocEnd(trailing.removeFrom);
  const end = map.toDocEnd(trailing.end);
  const lineBreak = text.includes('\r\n') ? '\r\n' : '\n';
  const kept = notes.filter((note) => note.start >= start && note.end <= end).map((note) => lineBreak + text.slice(note.start, note.end));
  return { start, end, newText: kept.join('') + append.replace(/\n/g, lineBreak) };
}

/**
 * Document edits that remove the hashtags whose indices (into `post.tokens.hashtags`) are in
 * `remove`: inline ones lose their `#`, trailing ones disappear (a line left without tags goes with
 * its line break). The edits never overlap each other.
 */
export function hashtagRemovalEdits(post: ParsedPost, remove: ReadonlySet<number>, signOff?: string): TextEdit[] {
  const hashtags = post.tokens.hashtags;
  const trailing = findTrailingTags(post, signOff);
  const edits: TextEdit[] = [];
  const blockStart = trailing?.firstIndex ?? hashtags.length;
  for (let index = 0; index < blockStart; index++) {
    if (remove.has(index)) edits.push(removeSigil(post, hashtags[index]));
  }
  if (!trailing) return edits;
  const block = hashtags.slice(blockStart).map((tag, offset) => ({ tag, kept: !remove.has(blockStart + offset) }));
  if (block.every(({ kept }) => kept)) return edits;
  if (block.every(({ kept }) => !kept)) {
    edits.push(removeTrailingTags(post, trailing));
    return edits;
  }
  const regionStart = hashtags[blockStart].start;
  const rebuilt = { start: regionStart, end: trailing.end, newText: rebuildBlock(post.content.text.slice(0, trailing.end), regionStart, block) };
  edits.push(...post.content.map.toDocEdits(rebuilt));
  return edits;
}

/**
 * The trailing block from `regionStart` to the end with only the kept tags: lines whose tags all
 * went are dropped, lines that lost some are rewritten with single spaces, blank lines between tag
 * lines stay (one at most).
 */
function rebuildBlock(content: string, regionStart: number, block: ReadonlyArray<{ tag: Token; kept: boolean }>): string {
  const lines: string[] = [];
  let lineStart = regionStart;
  for (const line of content.slice(regionStart).split('\n')) {
    const lineEnd = lineStart + line.length;
    const onLine = block.filter(({ tag }) => tag.start >= lineStart && tag.end <= lineEnd);
    const keptHere = onLine.filter(({ kept }) => kept).map(({ tag }) => tag.text);
    if (onLine.length === 0) lines.push('');
    else if (keptHere.length === onLine.length) lines.push(line.trimEnd());
    else if (keptHere.length > 0) lines.push(keptHere.join(' '));
    lineStart = lineEnd + 1;
  }
  // Blank lines at either end would leave empty lines after the post; runs collapse to one.
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+|\n+$/g, '');
}

/**
 * How many hashtags a channel takes: the option `<channel>Max` of `hashtag-count` where set, else
 * the profile's hard maximum, else its recommendation. Undefined where the channel sets no limit.
 */
export function hashtagLimit(channel: ChannelProfile, options: Record<string, unknown>): number | undefined {
  const configured = options[`${channel.id}Max`];
  if (typeof configured === 'number' && Number.isFinite(configured) && configured >= 0) return Math.floor(configured);
  return channel.hashtags.max ?? channel.hashtags.recommendedMax;
}
