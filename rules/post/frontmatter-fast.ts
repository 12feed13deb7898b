// A fast path for the frontmatter nearly every post has — a few `key: value` lines:
//
//     channels: [x, instagram]
//     kind: reply
//     in-reply-to: "Wann kommt die neue App?"
//
// Parsing such a block with `yaml`'s document API costs more than linting the rest of a short post.
// Here it is read line by line into the same `yaml` nodes (scalars, flow sequences, the map, with
// the same ranges) that `parseDocument` builds, so frontmatter.ts reads both the same way. Anything
// beyond this narrow grammar — comments, indentation, block sequences, escapes, numbers, booleans,
// null, duplicate keys, tabs, CR — is left to `yaml` (the caller falls back when this returns
// undefined). A property test (test/unit/frontmatter-fast.test.ts) checks that every block accepted
// here gives the same nodes as `yaml`.

import { Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';

// Keys: ASCII words; values: a plain scalar of "safe" characters (no `:` or `#`, which could start
// a nested map or a comment), a quoted string without escapes, or a flow sequence of plain words.
const KEY = /^([A-Za-z_][A-Za-z0-9_-]{0,99}):(?: +|$)/;
const PLAIN = /^[\p{L}^][\p{L}\p{M}\p{N} ^._\-'’!?()/+&,]*$/u;
const DOUBLE_QUOTED = /^"([^"\\\x00-\x1f\x7f]*)" *$/;
const SINGLE_QUOTED = /^'([^'\x00-\x1f\x7f]*)' *$/;
const FLOW_SEQUENCE = /^\[([^\][{}#:"'\\\x00-\x1f]*)\] *$/;
const FLOW_ITEM = /^[\p{L}][\p{L}\p{M}\p{N}_.-]*$/u;
// Plain scalars that YAML 1.2's core schema reads as null or a boolean, not as text.
const NOT_TEXT = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

/**
 * The map of a simple frontmatter block, built as `yaml` would build it; null for a block with no
 * content (blank lines only); undefined when the block needs the full YAML parser.
 */
export function parseSimpleFrontmatter(source: string): YAMLMap | null | undefined {
  if (source.includes('\r') || source.includes('\t')) return undefined;
  const pairs: SimplePair[] = [];
  const keys = new Set<string>();
  let lineStart = 0;
  while (lineStart < source.length) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = source.length;
    if (lineEnd > lineStart) {
      const pair = readLine(source, lineStart, lineEnd);
      if (!pair || keys.has(pair.key.value)) return undefined;
      keys.add(pair.key.value);
      pairs.push(pair);
    }
    lineStart = lineEnd + 1;
  }
  if (pairs.length === 0) return /^\n*$/.test(source) ? null : undefined;
  const map = new YAMLMap();
  map.items.push(...pairs);
  const end = pairs[pairs.length - 1].value!.range![2];
  map.range = [pairs[0].key.range![0], end, end];
  return map;
}

interface SimplePair extends Pair<Scalar<string>, Scalar<string | null> | YAMLSeq<Scalar<string>>> {
  key: Scalar<string>;
}

function readLine(source: string, lineStart: number, lineEnd: number): SimplePair | undefined {
  const line = source.slice(lineStart, lineEnd);
  const keyMatch = KEY.exec(line);
  if (!keyMatch || NOT_TEXT.has(keyMatch[1])) return undefined;
  const keyText = keyMatch[1];
  const key = scalar(keyText, lineStart, lineStart + keyText.length, lineStart + keyText.length);
  const valueStart = lineStart + keyMatch[0].length;
  const written = line.slice(keyMatch[0].length);
  const nextLine = Math.min(lineEnd + 1, source.length);
  if (written.trim() === '') {
    // `kind:` — an empty value; `yaml` gives it an empty range at the end of the line.
    return new Pair(key, scalar(null, lineEnd, lineEnd, lineEnd)) as SimplePair;
  }
  const value = readValue(written, valueStart, nextLine);
  return value ? (new Pair(key, value) as SimplePair) : undefined;
}

function readValue(written: string, start: number, nextLine: number): Scalar<string> | YAMLSeq<Scalar<string>> | undefined {
  const quoted = DOUBLE_QUOTED.exec(written) ?? SINGLE_QUOTED.exec(written);
  if (quoted) {
    const node = scalar(quoted[1], start, start + quoted[1].length + 2, nextLine);
    node.type = written.startsWith('"') ? Scalar.QUOTE_DOUBLE : Scalar.QUOTE_SINGLE;
    return node;
  }
  const flow = FLOW_SEQUENCE.exec(written);
  if (flow) return readFlowSequence(flow[1], start, start + flow[1].length + 2, nextLine);
  const text = written.trimEnd();
  if (!PLAIN.test(text) || NOT_TEXT.has(text)) return undefined;
  const node = scalar(text, start, start + text.length, nextLine);
  node.type = Scalar.PLAIN;
  return node;
}

/** `[x, instagram]`: `inner` is the text between the brackets, which stand at `start` and `end - 1`. */
function readFlowSequence(inner: string, start: number, end: number, nextLine: number): YAMLSeq<Scalar<string>> | undefined {
  const seq = new YAMLSeq<Scalar<string>>();
  seq.flow = true;
  seq.range = [start, end, nextLine];
  if (inner.trim() === '') return seq;
  let itemStart = start + 1;
  for (const written of inner.split(',')) {
    const text = written.trim();
    if (!FLOW_ITEM.test(text) || NOT_TEXT.has(text)) return undefined;
    const from = itemStart + written.indexOf(text);
    const item = scalar(text, from, from + text.length, from + text.length);
    item.type = Scalar.PLAIN;
    seq.items.push(item);
    itemStart += written.length + 1;
  }
  return seq;
}

function scalar<T extends string | null>(value: T, start: number, valueEnd: number, end: number): Scalar<T> {
  const node = new Scalar(value);
  node.range = [start, valueEnd, end];
  return node;
}
