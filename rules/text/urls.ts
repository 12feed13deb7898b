// URLs as X finds them (twitter-text's `extractUrlsWithIndices`), remembered for the text they were
// found in. The URL expression is the costliest part of twitter-text, and the same published text
// asks for its URLs several times per lint: for its tokens (post/tokens.ts) and for X's count on
// each X measurement (channels/count.ts). A one-entry memo keyed by the text is enough: the callers
// of one lint ask about the same string one after another.

import twitter from 'twitter-text';

export interface UrlEntity {
  url: string;
  indices: [number, number];
}

let lastText: string | undefined;
let lastUrls: readonly UrlEntity[] = [];

/**
 * The URLs of `text`, with and without protocol, exactly as `twitter.extractUrlsWithIndices(text)`
 * returns them. The array and its entries are shared between callers: never change them.
 */
export function urlsOf(text: string): readonly UrlEntity[] {
  if (text !== lastText) {
    lastUrls = twitter.extractUrlsWithIndices(text) as UrlEntity[];
    lastText = text;
  }
  return lastUrls;
}
