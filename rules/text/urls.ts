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

// Every URL twitter-text finds has a domain that ends in a dot and a top-level domain from its lists,
// and every such TLD starts with a letter (a unit test checks the lists): a text without a dot
// before a letter has no URL. Most posts have none — their dots end sentences — and skip the
// expression.
const DOT_BEFORE_LETTER = /\.\p{L}/u;

/**
 * The URLs of `text`, with and without protocol, exactly as `twitter.extractUrlsWithIndices(text)`
 * returns them (except in runs of over 4,096 characters without whitespace, see urlsByRun). The array and its entries are shared between callers: never change them.
 */
export function urlsOf(text: string): readonly UrlEntity[] {
  if (text !== lastText) {
    lastUrls = DOT_BEFORE_LETTER.test(text) ? urlsByRun(text) : [];
    lastText = text;
  }
  return lastUrls;
}

// twitter-text's URL expression is quadratic in the length of a run of dotted words ("a.a.a.…": 6 s
// for 64 KB), so it is run on each whitespace-free run of the text on its own, with the whitespace
// character before it: no URL contains whitespace, and the expression reads the character before a
// URL (at a run's start without it, a letter such as "ü" would be taken for that character).
const RUN = /\S+/g;
// twitter-text rejects URLs longer than 4,096 characters; a longer run is no text anyone reads, and
// its URLs are not looked for (that bounds the cost of one run).
const MAX_RUN_LENGTH = 4096;
// Every domain twitter-text accepts ends in a dot and one of its top-level domains (its `validDomain`
// expression, case-insensitive as its URL expression): a run without one has no URL, and a long run
// of dotted words ("a.a.a.…") costs nothing.
const DOT_AND_TLD = new RegExp(`\\.(?:${twitter.regexen.validGTLD.source}|${twitter.regexen.validCCTLD.source}|${twitter.regexen.validPunycode.source})`, 'i');

function urlsByRun(text: string): UrlEntity[] {
  const urls: UrlEntity[] = [];
  for (const run of text.matchAll(RUN)) {
    const runText = run[0];
    if (runText.length > MAX_RUN_LENGTH || !DOT_BEFORE_LETTER.test(runText) || !DOT_AND_TLD.test(runText)) continue;
    const end = (run.index ?? 0) + runText.length;
    const offset = Math.max(0, end - runText.length - 1);
    for (const found of twitter.extractUrlsWithIndices(text.slice(offset, end)) as UrlEntity[]) {
      urls.push({ url: found.url, indices: [found.indices[0] + offset, found.indices[1] + offset] });
    }
  }
  return urls;
}
