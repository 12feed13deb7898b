// Hover on a hashtag, mention or URL: what it costs on each of the post's channels and what each
// network makes of it (SPEC §5) — a URL counts 23 on X whatever its length and is not clickable in an
// Instagram caption; Facebook does not want hashtags.

// Types only: the hover is built in dist/engine.js, which should not carry a copy of the LSP library.
import type { Hover, MarkupKind } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { extractTokens, type Token } from '../../rules/post/tokens';
import { lint, tokenCost, type ChannelProfile, type LintOptions, type Locale, type ParsedPost } from '../../rules';
import { message, type MessageId } from './messages';

/** Characters around the hover looked at on a very long line (tokens never contain whitespace). */
const WINDOW = 2000;

const MARKDOWN: MarkupKind = 'markdown';

const TITLES: Record<string, MessageId> = { hashtag: 'hoverHashtag', mention: 'hoverMention', url: 'hoverUrl' };

/** The hover at `offset` of a post: parsing and settings only (no rules), cheap even for a very large document. */
export function hoverFor(document: TextDocument, offset: number, options: LintOptions): Hover | null {
  const { post, settings, locale } = lint(document.getText(), { ...options, rules: [] });
  return hoverAt(document, offset, post, settings.channels, locale);
}

/** `post` is the parsed document, `channels` the post's channels (frontmatter, config, defaults). */
export function hoverAt(document: TextDocument, offset: number, post: ParsedPost, channels: readonly ChannelProfile[], locale: Locale): Hover | null {
  const found = tokenAt(post, offset);
  if (!found) return null;
  const { token, start, end } = found;
  const lines = channels.map((profile) => channelLine(token, profile, locale));
  const value = [`**${message(TITLES[token.kind], locale)}** ${inlineCode(token.text)}`, '', ...lines].join('\n');
  return {
    contents: { kind: MARKDOWN, value },
    range: { start: document.positionAt(start), end: document.positionAt(end) },
  };
}

/** The hashtag, mention or URL at a document offset (also when the cursor is just after it). */
function tokenAt(post: ParsedPost, offset: number): { token: Token; start: number; end: number } | undefined {
  const content = post.content.text;
  const at = contentOffsetAt(post, offset);
  if (at === undefined) return undefined;
  const { text, base } = around(content, at);
  const candidates = extractTokens(text).all.filter((token) => token.kind in TITLES);
  const token =
    candidates.find((candidate) => base + candidate.start <= at && at < base + candidate.end) ??
    candidates.find((candidate) => base + candidate.end === at);
  if (!token) return undefined;
  const map = post.content.map;
  return { token, start: map.toDocStart(base + token.start), end: map.toDocEnd(base + token.end) };
}

/**
 * The content offset whose character is at document offset `offset` (or the content's end, when the
 * offset is just after it); undefined inside frontmatter or a note. The content map only converts
 * content → document, and that is monotonic, so a binary search finds the way back.
 */
function contentOffsetAt(post: ParsedPost, offset: number): number | undefined {
  const map = post.content.map;
  const length = post.content.text.length;
  if (length === 0) return undefined;
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (map.toDocStart(mid) < offset) low = mid + 1;
    else high = mid;
  }
  if (low < length && map.toDocStart(low) === offset) return low;
  if (low > 0 && map.toDocEnd(low) === offset) return low;
  return undefined;
}

/** The line around `at`, cut to a window at whitespace when the line is very long. */
function around(content: string, at: number): { text: string; base: number } {
  let start = content.lastIndexOf('\n', at - 1) + 1;
  let end = content.indexOf('\n', at);
  if (end === -1) end = content.length;
  if (at - start > WINDOW) {
    const space = content.slice(at - WINDOW, at).search(/\s/);
    start = space === -1 ? at - WINDOW : at - WINDOW + space + 1;
  }
  if (end - at > WINDOW) {
    const tail = content.slice(at, at + WINDOW);
    const space = Math.max(tail.lastIndexOf(' '), tail.lastIndexOf('\t'));
    end = space === -1 ? at + WINDOW : at + space;
  }
  return { text: content.slice(start, end), base: start };
}

function channelLine(token: Token, profile: ChannelProfile, locale: Locale): string {
  const cost = tokenCost(token.text, profile);
  const costText = cost === 1 ? message('hoverCostOne', locale) : message('hoverCost', locale, { cost });
  const notes = channelNotes(token, profile, locale);
  return `- **${profile.shortName}**: ${costText}${notes.length > 0 ? ` — ${notes.join('; ')}` : ''}`;
}

function channelNotes(token: Token, profile: ChannelProfile, locale: Locale): string[] {
  const notes: string[] = [];
  if (token.kind === 'url') {
    // Only where the network counts a link by a fixed length and this one is counted that way.
    if (profile.urlLength !== undefined && tokenCost(token.text, profile) === profile.urlLength) {
      notes.push(message('noteUrlFixed', locale, { length: profile.urlLength }));
    }
    if (profile.linksClickable === false) notes.push(message('noteUrlNotClickable', locale));
    if (profile.maxLinks !== undefined) notes.push(message('noteUrlMax', locale, { max: profile.maxLinks }));
  } else if (token.kind === 'hashtag') {
    const policy = profile.hashtags;
    if (policy.allowed === false) notes.push(message('noteHashtagNone', locale, { channel: profile.shortName }));
    else if (policy.max !== undefined) notes.push(message('noteHashtagMax', locale, { max: policy.max }));
    else if (policy.recommendedMin !== undefined && policy.recommendedMax !== undefined) {
      notes.push(message('noteHashtagRange', locale, { min: policy.recommendedMin, max: policy.recommendedMax }));
    } else if (policy.recommendedMax === 1) notes.push(message('noteHashtagOne', locale));
    else if (policy.recommendedMax !== undefined) notes.push(message('noteHashtagRecommendedMax', locale, { max: policy.recommendedMax }));
  }
  return notes;
}

/** Markdown inline code that cannot be broken out of, whatever backticks the text contains. */
function inlineCode(text: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const padding = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${padding}${text}${padding}${fence}`;
}
