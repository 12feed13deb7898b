// URLs as X finds them (twitter-text's `extractUrlsWithIndices`), remembered for the text they were
// found in. The URL expression is the costliest part of twitter-text, and the same published text
// asks for its URLs several times per lint: for its tokens (post/tokens.ts) and for X's count on
// each X measurement (channels/count.ts). A one-entry memo keyed by the text is enough: the callers
// of one lint ask about the same string one after another.

import { extractUrlsWithIndices, regexen } from './twitter-text';
import { runAround } from './whitespace';

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
// twitter-text rejects URLs longer than 4,096 characters; a longer run is no text anyone reads, and
// its URLs are not looked for (that bounds the cost of one run).
const MAX_RUN_LENGTH = 4096;
// Every domain twitter-text accepts ends in a dot and one of its top-level domains (its `validDomain`
// expression, case-insensitive as its URL expression): a run without one has no URL, and a long run
// of dotted words ("a.a.a.…") costs nothing.
const DOT_AND_TLD = new RegExp(`\\.(?:${regexen.validGTLD.source}|${regexen.validCCTLD.source}|${regexen.validPunycode.source})`, 'i');

const DOTS_BEFORE_LETTERS = new RegExp(DOT_BEFORE_LETTER.source, 'gu');

function urlsByRun(text: string): UrlEntity[] {
  const urls: UrlEntity[] = [];
  // Only runs with a dot before a letter can hold a URL, and most dots end a sentence before a space:
  // the runs are found from those dots (each run once, in order) rather than by walking every run.
  const candidates = DOTS_BEFORE_LETTERS;
  candidates.lastIndex = 0;
  let found: RegExpExecArray | null;
  while ((found = candidates.exec(text)) !== null) {
    const [runStart, runEnd] = runAround(text, found.index);
    candidates.lastIndex = runEnd;
    const runText = text.slice(runStart, runEnd);
    if (runText.length > MAX_RUN_LENGTH || !DOT_AND_TLD.test(runText)) continue;
    const offset = Math.max(0, runStart - 1);
    for (const url of urlsOfRun(text.slice(offset, runEnd))) {
      urls.push({ url: url.url, indices: [url.indices[0] + offset, url.indices[1] + offset] });
    }
  }
  return urls;
}

// The URLs of recently read runs (with the character before each): a lint asks for the URLs of a
// paragraph (its tokens) and of the whole post (X's count), and the same link recurs across posts.
// Bounded, and cleared when full: it only has to outlive one lint.
const MAX_REMEMBERED_RUNS = 256;
const urlsByRunText = new Map<string, readonly UrlEntity[]>();

/** twitter-text's URLs of one run (read-only: shared between callers). */
function urlsOfRun(run: string): readonly UrlEntity[] {
  let urls = urlsByRunText.get(run);
  if (!urls) {
    if (urlsByRunText.size >= MAX_REMEMBERED_RUNS) urlsByRunText.clear();
    urls = extractUrlsWithIndices(run) as UrlEntity[];
    urlsByRunText.set(run, urls);
  }
  return urls;
}
