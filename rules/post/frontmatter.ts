// YAML frontmatter of a post, read with `yaml`'s document API so that every problem points at the
// key or value it concerns (document offsets).

import { channelNames, findChannel } from '../channels/profiles';
import { DUPLICATE_KEY_MESSAGE, parseSimpleFrontmatter } from './frontmatter-fast';
import { fromYaml, type FrontNode, type FrontScalar } from './frontmatter-nodes';
import { yaml } from './yaml';
import { closestMatch } from '../text/suggest';
import type { ChannelId, Locale } from '../types';

export type PostKind = 'post' | 'reply';
export type AddressForm = 'du' | 'sie' | 'avoid';

export interface FrontmatterValues {
  channels?: ChannelId[];
  /** Where `channels`/`channel` was written (for findings about the channel list). */
  channelsRange?: [number, number];
  kind?: PostKind;
  signoff?: string;
  address?: AddressForm;
  inReplyTo?: string;
  lang?: Locale;
}

/** A problem in the frontmatter, reported by the `frontmatter` rule. */
export interface FrontmatterProblem {
  messageId: 'yamlSyntax' | 'notAMap' | 'unknownKey' | 'unknownChannel' | 'badValue' | 'duplicateKey' | 'unclosed' | 'unclosedNote';
  data: Record<string, string | number>;
  start: number;
  end: number;
  /** Replacement text for `start..end` ("did you mean"), if one exists. */
  replacement?: string;
}

export interface Frontmatter {
  /** Document offsets of the block, from the opening `---` to after the closing fence's line break. */
  start: number;
  end: number;
  /** Offsets of the YAML source between the fences. */
  yamlStart: number;
  yamlEnd: number;
  values: FrontmatterValues;
  problems: FrontmatterProblem[];
}

export const FRONTMATTER_KEYS = ['channels', 'channel', 'kind', 'signoff', 'address', 'in-reply-to', 'lang'] as const;
const KIND_VALUES: readonly PostKind[] = ['post', 'reply'];
const ADDRESS_VALUES: readonly AddressForm[] = ['du', 'sie', 'avoid'];
const LANG_VALUES: readonly Locale[] = ['de', 'en'];

// Frontmatter past this size is not parsed: no real post needs it, and YAML of many megabytes would
// block the server.
const MAX_FRONTMATTER_LENGTH = 64 * 1024;

const OPEN_FENCE = /^---[ \t]*\r?\n/;
const CLOSE_FENCE = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm;

/**
 * Finds and reads the frontmatter that starts at `offset` (after a BOM). Returns undefined when the
 * document has none; an opening fence without a closing one is reported as `unclosed`.
 */
export function readFrontmatter(text: string, offset: number): Frontmatter | { unclosed: FrontmatterProblem } | undefined {
  const head = text.slice(offset, offset + 5);
  const open = OPEN_FENCE.exec(head.startsWith('---') ? text.slice(offset, offset + 64) : '');
  if (!open) return undefined;
  const yamlStart = offset + open[0].length;
  CLOSE_FENCE.lastIndex = yamlStart;
  let close: RegExpExecArray | null;
  // The fence must start a line; `gm` anchors ^ at line starts.
  while ((close = CLOSE_FENCE.exec(text)) !== null && close.index < yamlStart) {
    /* skip */
  }
  if (!close) {
    return { unclosed: { messageId: 'unclosed', data: {}, start: offset, end: offset + 3 } };
  }
  const yamlEnd = close.index;
  const end = close.index + close[0].length;
  const frontmatter: Frontmatter = { start: offset, end, yamlStart, yamlEnd, values: {}, problems: [] };
  if (yamlEnd - yamlStart > MAX_FRONTMATTER_LENGTH) {
    frontmatter.problems.push({
      messageId: 'yamlSyntax',
      data: { detail: `frontmatter larger than ${MAX_FRONTMATTER_LENGTH / 1024} KB is not read` },
      start: offset,
      end: offset + 3,
    });
    return frontmatter;
  }
  readValues(text.slice(yamlStart, yamlEnd), yamlStart, frontmatter);
  return frontmatter;
}

function readValues(source: string, base: number, frontmatter: Frontmatter): void {
  const problems = frontmatter.problems;
  const values = frontmatter.values;
  // Most frontmatter is a few `key: value` lines: read without the YAML parser (frontmatter-fast.ts
  // builds the very nodes it would); anything else goes through `yaml`.
  const simple = parseSimpleFrontmatter(source);
  for (const at of simple?.duplicateKeys ?? []) problems.push(yamlProblem(source, base, at, at + 1, 'DUPLICATE_KEY', DUPLICATE_KEY_MESSAGE));
  const contents = simple !== undefined ? simple.contents : parseYaml(source, base, problems);
  if (contents === null || (contents.kind === 'scalar' && (contents.value === null || contents.value === ''))) return;
  if (contents.kind !== 'map') {
    const [from, to] = contents.range ?? [0, source.length];
    problems.push({ messageId: 'notAMap', data: {}, start: base + from, end: base + to });
    return;
  }
  const range = (node: FrontNode | null, fallback: [number, number]): [number, number] => {
    const r = node?.range;
    // An empty value (`channels:`) has an empty range: point at the key instead of at nothing.
    return r && r[1] > r[0] ? [base + r[0], base + r[1]] : fallback;
  };
  const pairs = contents.pairs;
  // "Did you mean" never names a key the block has already: renaming to it would make a duplicate.
  // Listed only for a block with an unknown key (few have one).
  let knownKeys: string[] | undefined;
  const suggestableKeys = (): string[] => {
    if (!knownKeys) {
      const present = new Set(pairs.map((pair) => (pair.key?.kind === 'scalar' ? String(pair.key.value) : '')));
      knownKeys = [...FRONTMATTER_KEYS, 'in_reply_to', 'sign-off'].filter((known) => !present.has(known === 'in_reply_to' ? 'in-reply-to' : known === 'sign-off' ? 'signoff' : known));
    }
    return knownKeys;
  };
  for (const pair of pairs) {
    const keyNode = pair.key;
    const key = keyNode?.kind === 'scalar' ? String(keyNode.value) : '';
    const keyRange = range(keyNode, [base, base + source.length]);
    const valueRange = range(pair.value, keyRange);
    const scalarValue = (): string | undefined => {
      const value = pair.value;
      if (isText(value)) return String(value.value);
      problems.push({ messageId: 'badValue', data: { key, value: describe(pair.value), expected: 'text' }, start: valueRange[0], end: valueRange[1] });
      return undefined;
    };
    const oneOf = <T extends string>(allowed: readonly T[]): T | undefined => {
      const value = scalarValue();
      if (value === undefined) return undefined;
      const normalized = value.trim().toLowerCase();
      if ((allowed as readonly string[]).includes(normalized)) return normalized as T;
      const suggestion = closestMatch(normalized, allowed);
      problems.push({
        messageId: 'badValue',
        data: { key, value, expected: allowed.join(', '), suggestion: suggestion ?? '' },
        start: valueRange[0],
        end: valueRange[1],
        replacement: suggestion,
      });
      return undefined;
    };
    switch (key) {
      case 'channels':
      case 'channel':
        values.channels = [...(values.channels ?? []), ...readChannels(pair.value, key, base, valueRange, problems)];
        values.channelsRange = valueRange;
        break;
      case 'kind':
        values.kind = oneOf(KIND_VALUES);
        break;
      case 'address':
        values.address = oneOf(ADDRESS_VALUES);
        break;
      case 'lang':
        values.lang = oneOf(LANG_VALUES);
        break;
      case 'signoff': {
        const value = scalarValue();
        if (value !== undefined && value.trim() !== '') values.signoff = value.trim();
        break;
      }
      case 'in-reply-to': {
        const value = scalarValue();
        if (value !== undefined) values.inReplyTo = value;
        break;
      }
      default: {
        const suggestion = closestMatch(key, suggestableKeys());
        const replacement = suggestion === 'in_reply_to' ? 'in-reply-to' : suggestion === 'sign-off' ? 'signoff' : suggestion;
        problems.push({
          messageId: 'unknownKey',
          data: { key, suggestion: replacement ?? '' },
          start: keyRange[0],
          end: keyRange[1],
          replacement,
        });
      }
    }
  }
}

/** A scalar with a value to read as text (not null, not a collection). */
function isText(node: FrontNode | null): node is FrontScalar {
  return node?.kind === 'scalar' && node.value !== null && typeof node.value !== 'object';
}

/** The document's contents by `yaml`; its syntax errors go to `problems`. */
function parseYaml(source: string, base: number, problems: FrontmatterProblem[]): FrontNode | null {
  const tooDeep = nestingTooDeepAt(source);
  if (tooDeep !== undefined) {
    problems.push({ messageId: 'yamlSyntax', data: { detail: 'nested too deeply: not read' }, start: base + tooDeep, end: base + tooDeep + 1 });
    return null;
  }
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  // Only the node tree is read, never `toJS()`, so aliases are not expanded (no billion-laughs);
  // `uniqueKeys` reports duplicate keys.
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  // One unclosed bracket can make the parser repeat the same error at the same place for every level.
  const reported = new Set<string>();
  for (const error of doc.errors) {
    const [from, to] = error.pos;
    const key = `${from} ${to} ${error.code} ${error.message}`;
    if (reported.has(key)) continue;
    reported.add(key);
    problems.push(yamlProblem(source, base, from, to, error.code, error.message));
  }
  return fromYaml(doc.contents);
}

/** The problem for an error `yaml` reports at `from..to` of the source. */
function yamlProblem(source: string, base: number, from: number, to: number, code: string, message: string): FrontmatterProblem {
  const duplicate = code === 'DUPLICATE_KEY';
  // The parser marks one character of a repeated key; the whole key reads better.
  const keyLength = duplicate ? source.slice(from).search(/[:\r\n]|$/) : 0;
  return {
    messageId: duplicate ? 'duplicateKey' : 'yamlSyntax',
    data: { detail: message.split('\n')[0] },
    start: base + from,
    end: base + Math.max(to, from + 1, from + keyLength),
  };
}

// `yaml` recurses once per level of nesting. A few thousand levels (a pasted wall of `[`) overflow
// the stack; the parser catches that, but the overflow can also hit V8's regexp compiler, which then
// aborts the whole process — no `catch` helps. So YAML nested deeper than any frontmatter needs is
// not parsed. The scan is deliberately crude and errs towards "too deep": brackets are counted even
// inside quotes and comments.
const MAX_FLOW_NESTING = 64;
const MAX_BLOCK_INDENT = 512;
const MAX_COMPACT_INDICATORS = 64;
const LINE_START = /^([ \t]*)((?:[-?:][ \t]+)*)/;

/** The offset where `source` nests too deeply for the parser, or undefined. */
function nestingTooDeepAt(source: string): number | undefined {
  let flow = 0;
  for (let index = 0; index < source.length; index++) {
    const char = source[index];
    if (char === '[' || char === '{') {
      if (++flow > MAX_FLOW_NESTING) return index;
    } else if ((char === ']' || char === '}') && flow > 0) {
      flow--;
    }
  }
  let lineStart = 0;
  for (const line of source.split('\n')) {
    const [, indent, indicators] = LINE_START.exec(line)!;
    if (indent.length > MAX_BLOCK_INDENT || indicators.replace(/[ \t]/g, '').length > MAX_COMPACT_INDICATORS) return lineStart + indent.length;
    lineStart += line.length + 1;
  }
  return undefined;
}

function readChannels(
  node: FrontNode | null,
  key: string,
  base: number,
  fallback: [number, number],
  problems: FrontmatterProblem[],
): ChannelId[] {
  const items: Array<FrontNode | null> = node?.kind === 'seq' ? node.items : node ? [node] : [];
  const channels: ChannelId[] = [];
  for (const item of items) {
    const r = item?.range;
    const [start, end] = r && r[1] > r[0] ? [base + r[0], base + r[1]] : fallback;
    if (!isText(item)) {
      problems.push({ messageId: 'badValue', data: { key, value: describe(item), expected: 'channel id' }, start, end });
      continue;
    }
    const name = String(item.value);
    const channel = findChannel(name);
    if (channel) {
      if (!channels.includes(channel.id)) channels.push(channel.id);
      continue;
    }
    const suggestion = closestMatch(name, channelNames());
    const suggested = suggestion ? findChannel(suggestion)?.id : undefined;
    problems.push({ messageId: 'unknownChannel', data: { channel: name, suggestion: suggested ?? '' }, start, end, replacement: suggested });
  }
  if (items.length === 0) {
    problems.push({ messageId: 'badValue', data: { key, value: describe(node), expected: 'channel id' }, start: fallback[0], end: fallback[1] });
  }
  return channels;
}

function describe(node: FrontNode | null): string {
  if (!node || (node.kind === 'scalar' && node.value === null)) return '(empty)';
  if (node.kind === 'scalar') return String(node.value);
  if (node.kind === 'seq') return 'a list';
  if (node.kind === 'map') return 'a map';
  return 'a value';
}
