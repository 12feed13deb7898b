// Pointing a post's frontmatter at one channel: `channels: [instagram]`. The YAML is read with
// `yaml`'s document API to find the `channels`/`channel` entry, and only that entry is rewritten in
// the source text, so every other key, comment, quote style and alignment stays exactly as written.

import type { Node as YamlNode, Pair } from 'yaml';
import { yaml } from '../post/yaml';
import type { ParsedPost } from '../post/parse';
import type { ChannelId, TextEdit } from '../types';
import { isWhitespace } from '../text/whitespace';

/** Why a document cannot be adapted as it is: an id for localised messages, and the detail. */
export type AdaptErrorCode = 'frontmatterUnclosed' | 'frontmatterInvalid' | 'frontmatterNotAMap' | 'frontmatterUnusual';

/** The document cannot be adapted as it is; the (English) message says what to fix first. */
export class AdaptError extends Error {
  constructor(
    readonly code: AdaptErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AdaptError';
  }
}

const CHANNEL_KEYS = new Set(['channels', 'channel']);

/** The document edits that make the post's frontmatter say `channels: [channel]`. */
export function setChannelEdits(post: ParsedPost, channel: ChannelId): TextEdit[] {
  const entry = `channels: [${channel}]`;
  const lineBreak = post.text.includes('\r\n') ? '\r\n' : '\n';
  if (post.problems.some((problem) => problem.messageId === 'unclosed')) {
    throw new AdaptError('frontmatterUnclosed', 'The frontmatter is never closed: add a line `---` after it first.');
  }
  const frontmatter = post.frontmatter;
  if (!frontmatter) {
    // After a byte order mark, if any: it must stay the first character.
    return [{ start: post.bodyStart, end: post.bodyStart, newText: `---${lineBreak}${entry}${lineBreak}---${lineBreak}` }];
  }

  const source = post.text.slice(frontmatter.yamlStart, frontmatter.yamlEnd);
  const base = frontmatter.yamlStart;
  const { isMap, isScalar, parseDocument } = yaml();
  const doc = parseDocument(source, { uniqueKeys: false });
  if (doc.errors.length > 0) {
    throw new AdaptError('frontmatterInvalid', `The frontmatter is not valid YAML (${doc.errors[0].message.split('\n')[0]}): fix it first.`);
  }
  // Null: nothing but comments and blank lines, where the new entry can go.
  const contents = doc.contents;
  if (contents !== null && !isMap(contents)) throw new AdaptError('frontmatterNotAMap', 'The frontmatter must be a list of `key: value` lines: fix it first.');

  const items = (contents?.items ?? []) as Pair<YamlNode, YamlNode | null>[];
  const pairs = items.filter((pair) => isScalar(pair.key) && CHANNEL_KEYS.has(String(pair.key.value)));
  if (pairs.length === 0) {
    // Before the first key, at its indentation (after a tag or anchor of the whole map, if any).
    const firstKey = items[0]?.key?.range?.[0];
    if (firstKey === undefined) return [{ start: base, end: base, newText: entry + lineBreak }];
    const lineStart = source.lastIndexOf('\n', firstKey - 1) + 1;
    const indent = source.slice(lineStart, firstKey);
    if (indent.trim() !== '') throw new AdaptError('frontmatterUnusual', 'The frontmatter starts in an unusual way: add `channels:` yourself first.');
    return [{ start: base + lineStart, end: base + lineStart, newText: indent + entry + lineBreak }];
  }
  const edits: TextEdit[] = [];
  pairs.forEach((pair, index) => {
    const [start, end] = entryRange(source, pair);
    if (index === 0) {
      edits.push({ start: base + start, end: base + end, newText: entry });
    } else {
      // A second `channel(s)` entry would add its channels back: remove its whole line(s).
      const lineStart = source.lastIndexOf('\n', start - 1) + 1;
      const lineEnd = source.indexOf('\n', end);
      edits.push({ start: base + lineStart, end: base + (lineEnd === -1 ? source.length : lineEnd + 1), newText: '' });
    }
  });
  return edits;
}

/** Source range of `key: value` of a pair, without trailing comments or line breaks. */
function entryRange(source: string, pair: Pair<YamlNode, YamlNode | null>): [number, number] {
  const keyRange = pair.key.range!;
  let end = pair.value?.range?.[1] ?? keyRange[1];
  if (!pair.value?.range) {
    const colon = source.indexOf(':', keyRange[1]);
    if (colon !== -1) end = colon + 1;
  }
  // A block sequence's range runs to the next line; keep that line break.
  while (end > keyRange[1] && isWhitespace(source.charCodeAt(end - 1))) end--;
  return [keyRange[0], end];
}
