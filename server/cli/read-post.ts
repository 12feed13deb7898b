// Reading and writing post files. A post is text: UTF-8, or UTF-16 with a byte-order mark (as
// Windows Notepad saves it; VS Code opens such a file as text too, so the CLI reads it the same way
// and writes a fix back in the same encoding). A file with NUL bytes (an image, a PDF) or with
// invalid UTF-8 is reported — with the line and column of the first bad byte — instead of linted as
// garbage. A byte-order mark is kept out of the linted text (editors hide it, so columns match
// theirs) and written back when fixing.

import { readFileSync, writeFileSync } from 'node:fs';
import { describeFsError } from './errors';

const BOM = '\uFEFF';
// Like git: a NUL byte in the first 8 KB marks a binary file.
const BINARY_SNIFF_BYTES = 8000;

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface PostText {
  text: string;
  bom: boolean;
  /** How the file is encoded (UTF-8 unless it starts with a UTF-16 byte-order mark). */
  encoding?: Encoding;
}

/** Why a file is not read as a post, and where (0-based line and UTF-16 column) when that is known. */
export interface ReadError {
  error: string;
  line?: number;
  character?: number;
}

export type ReadResult = PostText | ReadError;

export function decodePost(bytes: Uint8Array): ReadResult {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be');
  const nul = bytes.subarray(0, BINARY_SNIFF_BYTES).indexOf(0);
  if (nul !== -1) return { error: 'binary file (a NUL byte), not a text post', ...positionAfter(bytes.subarray(0, nul)) };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    return { error: `not UTF-8 text (byte 0x${bytes[bad].toString(16).toUpperCase().padStart(2, '0')}); save the post as UTF-8`, ...positionAfter(bytes.subarray(0, bad)) };
  }
  return utf8Post(text);
}

/** A post decoded from UTF-8: its byte-order mark, if any, kept out of the text (see above). */
function utf8Post(text: string): PostText {
  return text.startsWith(BOM) ? { text: text.slice(1), bom: true } : { text, bom: false };
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): ReadResult {
  try {
    // The decoder drops the byte-order mark.
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), bom: true, encoding };
  } catch {
    return { error: `not valid ${encoding.toUpperCase()} text (an odd number of bytes or a lone surrogate)` };
  }
}

/** Offset of the first byte that makes `bytes` invalid UTF-8 (`bytes` is known to be invalid). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  // The platform's decoder is the judge: find the shortest prefix it rejects (a streaming decoder
  // waits for the rest of an incomplete sequence instead of rejecting it).
  const rejects = (length: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
      return false;
    } catch {
      return true;
    }
  };
  let low = 1;
  let high = bytes.length;
  if (!rejects(high)) {
    low = bytes.length; // only the end is incomplete
  } else {
    while (low < high) {
      const mid = (low + high) >> 1;
      if (rejects(mid)) high = mid;
      else low = mid + 1;
    }
  }
  // The decoder rejects at the byte that breaks a sequence; the sequence starts at its lead byte.
  const bad = low - 1;
  for (let back = 1; back <= 3 && bad - back >= 0; back++) {
    const byte = bytes[bad - back];
    if (byte >= 0xc0) return bad - back;
    if (byte < 0x80) break;
  }
  return bad;
}

/** The line and column right after `prefix` (valid text), as an editor would show them. */
function positionAfter(prefix: Uint8Array): { line: number; character: number } {
  const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(prefix);
  const lines = text.split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

/** How a read error is shown: `file:line:column: reason` when its place is known (editors link it). */
export function describeReadError(shown: string, error: ReadError): string {
  return error.line === undefined ? `cannot read '${shown}': ${error.error}` : `${shown}:${error.line + 1}:${(error.character ?? 0) + 1}: ${error.error}`;
}

// Read synchronously: a post is a few kilobytes, and on 10,000 of them the asynchronous calls (each a
// trip through libuv's thread pool and back) cost ten times the reading itself. Linting runs on
// worker threads when there are many files (parallel.ts), so nothing waits on the disk meanwhile.
//
// Nearly every post is valid UTF-8 without a NUL byte, and read as a string it needs no other look:
// Node.js reads and decodes such a file in one native call, where reading its bytes and decoding
// them with a fatal TextDecoder took about 0.1 s of a 10,000-post run. Anything else — invalid
// UTF-8, UTF-16, a binary file — decodes with U+FFFD for its bad bytes or holds a NUL; only such a
// file is read again as bytes and judged by decodePost (which also keeps a U+FFFD the writer typed).
// test/cli/read-post.test.ts checks that both ways give decodePost's answer.
export function readPost(file: string): ReadResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { error: describeFsError(error) };
  }
  if (text.includes(REPLACEMENT_CHARACTER) || text.includes('\0')) return readPostBytes(file);
  return utf8Post(text);
}

const REPLACEMENT_CHARACTER = '\uFFFD';

function readPostBytes(file: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { error: describeFsError(error) };
  }
  return decodePost(bytes);
}

/** The bytes to write back: in the file's encoding, with its byte-order mark if it had one. */
export function encodePost(post: PostText): Buffer {
  const text = post.bom ? BOM + post.text : post.text;
  if (post.encoding === 'utf-16le') return Buffer.from(text, 'utf16le');
  if (post.encoding === 'utf-16be') return Buffer.from(text, 'utf16le').swap16();
  return Buffer.from(text, 'utf8');
}

export function writePost(file: string, post: PostText): void {
  writeFileSync(file, encodePost(post));
}
