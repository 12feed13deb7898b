// A fast path for the frontmatter nearly every post has — a few `key: value` lines:
//
//     channels: [x, instagram]
//     kind: reply
//     in-reply-to: "Wann kommt die neue App?"
//
// Parsing such a block with `yaml`'s document API costs more than linting the rest of a short post.
// Here it is read line by line into the nodes (frontmatter-nodes.ts: scalars, flow sequences, the
// map, with the same ranges) that `parseDocument`'s tree gives, so frontmatter.ts reads both the
// same way. Anything
// beyond this narrow grammar — comments, indentation, block sequences, escapes, numbers, booleans,
// null, tabs, a CR other than in a CRLF line end — is left to `yaml` (the caller falls back when this
// returns undefined). A repeated key is kept, and reported where `yaml` reports it. A property test (test/unit/frontmatter-fast.test.ts) checks that every block accepted
// here gives the same nodes as `yaml`.

import type { FrontMap, FrontPair, FrontScalar, FrontSeq } from './frontmatter-nodes';

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

/** `yaml`'s message for a repeated key (a unit test checks it against `yaml`). */
export const DUPLICATE_KEY_MESSAGE = 'Map keys must be unique';

export interface SimpleFrontmatter {
  /** The map, built as `yaml` would build it; null for a block with no content (blank lines only). */
  contents: FrontMap | null;
  /** Where `yaml` reports each key that repeats an earlier one, in order. */
  duplicateKeys: number[];
}

/** A simple frontmatter block read without `yaml`; undefined when the block needs the full parser. */
export function parseSimpleFrontmatter(source: string): SimpleFrontmatter | undefined {
  if (source.includes('\t')) return undefined;
  // CRLF line ends are read like LF ones (`yaml` ends a line's content before the CR); any other CR
  // is left to `yaml`.
  const crlf = source.includes('\r');
  const pairs: SimplePair[] = [];
  const keys = new Set<string>();
  const duplicateKeys: number[] = [];
  let lineStart = 0;
  while (lineStart < source.length) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = source.length;
    let contentEnd = lineEnd;
    if (crlf) {
      if (lineEnd < source.length && source.charCodeAt(lineEnd - 1) === 0x0d) contentEnd--;
      if (contentEnd > lineStart && source.lastIndexOf('\r', contentEnd - 1) >= lineStart) return undefined;
    }
    if (contentEnd > lineStart) {
      const pair = readLine(source, lineStart, contentEnd, Math.min(lineEnd + 1, source.length));
      if (!pair) return undefined;
      if (keys.has(pair.key.value)) {
        // `yaml` reports a repeated key where it starts — or, after an empty value, where that is.
        const previous = pairs[pairs.length - 1]!.value;
        duplicateKeys.push(previous.kind === 'scalar' && previous.value === null ? previous.range![0] : lineStart);
      }
      keys.add(pair.key.value);
      pairs.push(pair);
    }
    lineStart = lineEnd + 1;
  }
  if (pairs.length === 0) return /^(?:\r?\n)*$/.test(source) ? { contents: null, duplicateKeys } : undefined;
  // `yaml` ends the map where the line after its last value starts.
  return { contents: { kind: 'map', pairs, range: [pairs[0]!.key.range![0], pairs[pairs.length - 1]!.nodeEnd] }, duplicateKeys };
}

interface SimplePair extends FrontPair {
  key: FrontScalar & { value: string };
  value: FrontScalar | FrontSeq;
  /** Where the line after the value starts (`yaml`'s end of the value node). */
  nodeEnd: number;
}

/** The pair of the line whose content is `lineStart..lineEnd` and whose successor starts at `nextLine`. */
function readLine(source: string, lineStart: number, lineEnd: number, nextLine: number): SimplePair | undefined {
  const line = source.slice(lineStart, lineEnd);
  const keyMatch = KEY.exec(line);
  if (!keyMatch || NOT_TEXT.has(keyMatch[1])) return undefined;
  const keyText = keyMatch[1];
  const key: SimplePair['key'] = { kind: 'scalar', value: keyText, range: [lineStart, lineStart + keyText.length] };
  const valueStart = lineStart + keyMatch[0].length;
  const written = line.slice(keyMatch[0].length);
  if (written.trim() === '') {
    // `kind:` — an empty value; `yaml` gives it an empty range at the end of the line.
    return { key, value: { kind: 'scalar', value: null, range: [lineEnd, lineEnd] }, nodeEnd: lineEnd };
  }
  const value = readValue(written, valueStart);
  return value ? { key, value, nodeEnd: nextLine } : undefined;
}

function readValue(written: string, start: number): FrontScalar | FrontSeq | undefined {
  const quoted = DOUBLE_QUOTED.exec(written) ?? SINGLE_QUOTED.exec(written);
  if (quoted) return { kind: 'scalar', value: quoted[1], range: [start, start + quoted[1].length + 2] };
  const flow = FLOW_SEQUENCE.exec(written);
  if (flow) return readFlowSequence(flow[1], start, start + flow[1].length + 2);
  const text = written.trimEnd();
  if (!PLAIN.test(text) || NOT_TEXT.has(text)) return undefined;
  return { kind: 'scalar', value: text, range: [start, start + text.length] };
}

/** `[x, instagram]`: `inner` is the text between the brackets, which stand at `start` and `end - 1`. */
function readFlowSequence(inner: string, start: number, end: number): FrontSeq | undefined {
  const items: FrontScalar[] = [];
  const seq: FrontSeq = { kind: 'seq', items, range: [start, end] };
  if (inner.trim() === '') return seq;
  let itemStart = start + 1;
  for (const written of inner.split(',')) {
    const text = written.trim();
    if (!FLOW_ITEM.test(text) || NOT_TEXT.has(text)) return undefined;
    const from = itemStart + written.indexOf(text);
    items.push({ kind: 'scalar', value: text, range: [from, from + text.length] });
    itemStart += written.length + 1;
  }
  return seq;
}
