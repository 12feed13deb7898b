// Hashtags, mentions, URLs and cashtags of the published text, found with twitter-text's extractors
// so that they agree with what X links. Offsets are UTF-16 indices into the content.

import twitter from 'twitter-text';
import { urlsOf, type UrlEntity } from '../text/urls';

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

type Entity = twitter.EntityWithIndices;

// Parts of twitter-text that @types/twitter-text does not declare.
const extractors = twitter as unknown as {
  extractMentionsOrListsWithIndices(text: string): Entity[];
  extractHashtagsWithIndices(text: string, options: { checkUrlOverlap: boolean }): Entity[];
  extractCashtagsWithIndices(text: string): Entity[];
  removeOverlappingEntities(entities: Entity[]): void;
};

/**
 * `twitter.extractEntitiesWithIndices(text)`, step by step as twitter-text does it, but with the
 * URLs the counting of the same text asks for too (text/urls.ts): the URL expression is the costly
 * part, and this way it runs once per text.
 */
function entitiesOf(text: string): Entity[] {
  const entities = ([...urlsOf(text)] as Array<UrlEntity | Entity> as Entity[])
    .concat(extractors.extractMentionsOrListsWithIndices(text))
    .concat(extractors.extractHashtagsWithIndices(text, { checkUrlOverlap: false }))
    .concat(extractors.extractCashtagsWithIndices(text));
  if (entities.length === 0) return [];
  extractors.removeOverlappingEntities(entities);
  return entities;
}

/** The token that covers `offset`, if any. */
export function tokenAt(tokens: Tokens, offset: number): Token | undefined {
  return tokens.all.find((token) => token.start <= offset && offset < token.end);
}
