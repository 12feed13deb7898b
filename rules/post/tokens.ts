// Hashtags, mentions, URLs and cashtags of the published text, found with twitter-text's extractors
// so that they agree with what X links. Offsets are UTF-16 indices into the content.

import type twitter from 'twitter-text';
import { extractCashtagsWithIndices, extractMentionsOrListsWithIndices, regexen, removeOverlappingEntities, type Entity } from '../text/twitter-text';
import { urlsOf, type UrlEntity } from '../text/urls';
import { runAround } from '../text/whitespace';

export interface Token {
  kind: 'hashtag' | 'mention' | 'url' | 'cashtag';
  /** The token as written, including `#`/`@`/`$`. */
  text: string;
  /** The name without its sigil (hashtag text, user name, URL). */
  value: string;
  start: number;
  end: number;
}

export interface Tokens {
  all: Token[];
  hashtags: Token[];
  mentions: Token[];
  urls: Token[];
}

export function extractTokens(text: string): Tokens {
  const all: Token[] = [];
  // Cheap pre-check: no sigil and no dot means no entity, and twitter-text's URL regex is costly.
  if (!/[#＃@＠$.]/.test(text)) return { all, hashtags: [], mentions: [], urls: [] };
  for (const entity of entitiesOf(text)) {
    const [start, end] = entity.indices;
    const written = text.slice(start, end);
    if ('hashtag' in entity) all.push({ kind: 'hashtag', text: written, value: entity.hashtag, start, end });
    else if ('screenName' in entity) all.push({ kind: 'mention', text: written, value: entity.screenName, start, end });
    else if ('url' in entity) all.push({ kind: 'url', text: written, value: entity.url, start, end });
    else if ('cashtag' in entity) all.push({ kind: 'cashtag', text: written, value: entity.cashtag, start, end });
  }
  return {
    all,
    hashtags: all.filter((token) => token.kind === 'hashtag'),
    mentions: all.filter((token) => token.kind === 'mention'),
    urls: all.filter((token) => token.kind === 'url'),
  };
}

/**
 * `twitter.extractEntitiesWithIndices(text)`, step by step as twitter-text does it, but with the
 * URLs the counting of the same text asks for too (text/urls.ts): the URL expression is the costly
 * part, and this way it runs once per text.
 */
function entitiesOf(text: string): Entity[] {
  const entities = ([...urlsOf(text)] as Array<UrlEntity | Entity> as Entity[])
    // twitter-text looks for an at sign with an expression and a match array: `includes` is cheaper.
    .concat(text.includes('@') || text.includes('＠') ? extractMentionsOrListsWithIndices(text) : [])
    .concat(hashtagsOf(text))
    .concat(extractCashtagsWithIndices(text));
  if (entities.length === 0) return [];
  removeOverlappingEntities(entities);
  return entities;
}

const HASH_SIGN = /[#＃]/g;
// twitter-text's hashtag expressions, as its extractHashtagsWithIndices uses them (an own copy of the
// global one, whose lastIndex is ours alone).
const VALID_HASHTAG = new RegExp(regexen.validHashtag.source, regexen.validHashtag.flags);
const END_HASHTAG_MATCH = regexen.endHashtagMatch;

/**
 * `extractHashtagsWithIndices(text, { checkUrlOverlap: false })`, run only on the whitespace-free
 * runs that hold a hash sign, each with the whitespace character before it. twitter-text's hashtag
 * expression tests a huge character class at every position of the text, and most posts have a
 * hashtag or two if any. The result is the same: no hashtag, hash sign or character after a hashtag
 * that twitter-text looks at is whitespace, and the character before a hashtag is kept (a unit test
 * compares the two on generated texts).
 */
export function hashtagsOf(text: string): twitter.HashtagWithIndices[] {
  const tags: twitter.HashtagWithIndices[] = [];
  HASH_SIGN.lastIndex = 0;
  let found: RegExpExecArray | null;
  while ((found = HASH_SIGN.exec(text)) !== null) {
    const [runStart, runEnd] = runAround(text, found.index);
    HASH_SIGN.lastIndex = runEnd;
    const offset = Math.max(0, runStart - 1);
    hashtagsOfRun(offset === 0 && runEnd === text.length ? text : text.slice(offset, runEnd), offset, tags);
  }
  return tags;
}

/**
 * The hashtags of one run, at `offset` in the text, as twitter-text's extractHashtagsWithIndices
 * finds them: the same expression and the same check of what follows, in an exec loop rather than
 * its `replace` with a callback, which cost eight times as much per run.
 */
function hashtagsOfRun(run: string, offset: number, tags: twitter.HashtagWithIndices[]): void {
  VALID_HASHTAG.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = VALID_HASHTAG.exec(run)) !== null) {
    const matchEnd = match.index + match[0].length;
    // A hashtag followed by another hash sign or by "://" is none.
    if (END_HASHTAG_MATCH.test(run.slice(matchEnd))) continue;
    const start = match.index + match[1]!.length;
    const hashtag = match[3]!;
    tags.push({ hashtag, indices: [offset + start, offset + start + hashtag.length + 1] });
  }
}

/** The token that covers `offset`, if any. */
export function tokenAt(tokens: Tokens, offset: number): Token | undefined {
  return tokens.all.find((token) => token.start <= offset && offset < token.end);
}
