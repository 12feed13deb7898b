// The bare baseline of issue 5: the least any post linter must do. It reads every `.post.md` file
// below a folder, strips the frontmatter, runs twitter-text's parseTweet, extractHashtags,
// extractMentions and extractUrls on each body and one combined regex of 200 words. Postlint's CLI
// is measured against this process (target: at most 1.5× its wall time).
//
//   node test/bench/baseline.mjs <folder>     prints a one-line JSON summary
//
// Deliberately plain: synchronous reads, one process, no config lookup, no output per file.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import twitter from 'twitter-text';
import { BASELINE_WORDS } from './baseline-words.mjs';

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One alternation of all words, whole words only (no letter, digit or _ on either side). */
export function combinedWordRegex(words) {
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
}

function* postFiles(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* postFiles(full);
    else if (entry.name.endsWith('.post.md')) yield full;
  }
}

function main(folder) {
  const words = combinedWordRegex(BASELINE_WORDS);
  const totals = { files: 0, bytes: 0, weightedLength: 0, invalid: 0, hashtags: 0, mentions: 0, urls: 0, wordHits: 0 };
  for (const file of postFiles(folder)) {
    const text = fs.readFileSync(file, 'utf8');
    const body = text.replace(FRONTMATTER, '');
    const parsed = twitter.parseTweet(body);
    totals.files++;
    totals.bytes += Buffer.byteLength(text);
    totals.weightedLength += parsed.weightedLength;
    if (!parsed.valid) totals.invalid++;
    totals.hashtags += twitter.extractHashtags(body).length;
    totals.mentions += twitter.extractMentions(body).length;
    totals.urls += twitter.extractUrls(body).length;
    for (const _ of body.matchAll(words)) totals.wordHits++;
  }
  console.log(JSON.stringify(totals));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.length < 3) {
    console.error('usage: node test/bench/baseline.mjs <folder>');
    process.exit(2);
  }
  main(process.argv[2]);
}
