// Reading and writing post files. A post is UTF-8 text: a file with NUL bytes (an image, a PDF) or
// with invalid UTF-8 is reported instead of linted as garbage. A byte-order mark is kept out of the
// linted text (editors hide it, so columns match theirs) and written back when fixing.

import { readFileSync, writeFileSync } from 'node:fs';
import { describeFsError } from './errors';

const BOM = '\uFEFF';
// Like git: a NUL byte in the first 8 KB marks a binary file.
const BINARY_SNIFF_BYTES = 8000;
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export interface PostText {
  text: string;
  bom: boolean;
}

export type ReadResult = PostText | { error: string };

export function decodePost(bytes: Uint8Array): ReadResult {
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return { error: 'binary file, not a text post' };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { error: 'not UTF-8 text' };
  }
  return text.startsWith(BOM) ? { text: text.slice(1), bom: true } : { text, bom: false };
}

// Read synchronously: a post is a few kilobytes, and on 10,000 of them the asynchronous calls (each a
// trip through libuv's thread pool and back) cost ten times the reading itself. Linting runs on
// worker threads when there are many files (parallel.ts), so nothing waits on the disk meanwhile.
export function readPost(file: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { error: describeFsError(error) };
  }
  return decodePost(bytes);
}

/** The text to write back: with its byte-order mark if it had one. */
export function encodePost(post: PostText): string {
  return post.bom ? BOM + post.text : post.text;
}

export function writePost(file: string, post: PostText): void {
  writeFileSync(file, encodePost(post), 'utf8');
}
