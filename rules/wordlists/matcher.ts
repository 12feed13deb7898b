// A word list compiled into ONE regular expression: an alternation of escaped entries with Unicode
// word boundaries, sharing common prefixes and preferring longer entries, so a post is scanned once
// per list however long the list is. Compiled lists are cached by their content, so a config list is compiled once per
// distinct content, not once per post.

import { parseEntry, WORD_CHAR, type Atom, type ParsedEntry } from './syntax';

export interface WordMatch {
  start: number;
  end: number;
  /** The matched text as written in the post. */
  text: string;
}

export class WordMatcher {
  /** The entries that compiled (entries that would match anything are dropped). */
  readonly entries: readonly ParsedEntry[];
  private readonly regex: RegExp | undefined;
  private anchored: Array<{ entry: ParsedEntry; regex: RegExp }> | undefined;

  constructor(entries: readonly ParsedEntry[]) {
    const unique = new Map<string, ParsedEntry>();
    for (const entry of entries) if (!unique.has(entry.pattern)) unique.set(entry.pattern, entry);
    this.entries = [...unique.values()].sort((a, b) => b.literalLength - a.literalLength);
    const parts: string[] = [];
    // One shared look-behind lets the engine reject positions inside a word before trying entries.
    const bounded = this.entries.filter((entry) => entry.boundaryBefore);
    const unbounded = this.entries.filter((entry) => !entry.boundaryBefore);
    if (bounded.length > 0) parts.push(`(?<!${WORD_CHAR})${trieSource(bounded)}`);
    if (unbounded.length > 0) parts.push(trieSource(unbounded));
    this.regex = parts.length > 0 ? new RegExp(parts.join('|'), 'giu') : undefined;
  }

  get isEmpty(): boolean {
    return this.regex === undefined;
  }

  /** Every non-overlapping match in `text[from..to)`, left to right. */
  findAll(text: string, from = 0, to = text.length): WordMatch[] {
    const matches: WordMatch[] = [];
    const regex = this.regex;
    if (!regex || from >= to) return matches;
    // Search the whole text so that boundaries at `from`/`to` see their real neighbours.
    regex.lastIndex = from;
    let match: RegExpExecArray | null;
    while ((match = regex.exec(text)) !== null) {
      const start = match.index;
      const end = start + match[0].length;
      if (start >= to) break;
      if (match[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      if (end <= to) matches.push({ start, end, text: match[0] });
    }
    return matches;
  }

  /** True when the list matches somewhere in `text`. */
  test(text: string): boolean {
    if (!this.regex) return false;
    this.regex.lastIndex = 0;
    const found = this.regex.test(text);
    this.regex.lastIndex = 0;
    return found;
  }

  /** True when the whole of `text` is one entry of the list (e.g. the rest of a hashtag). */
  matchesWhole(text: string): boolean {
    return this.entryOf(text) !== undefined;
  }

  /** The entry (as written in the list) that matches all of `text`, if any. */
  entryOf(text: string): string | undefined {
    this.anchored ??= this.entries.map((entry) => ({ entry, regex: new RegExp(`^(?:${entry.pattern})$`, 'iu') }));
    return this.anchored.find(({ regex }) => regex.test(text))?.entry.source;
  }
}

// The alternation is emitted as a trie of atoms — "idiot|idioten|idiotisch" becomes
// "idiot(?:en|isch|)" — because the regex engine tries alternatives one after another: with a
// few hundred entries, sharing prefixes makes a scan many times faster.
interface TrieNode {
  children: Map<string, { atom: Atom; node: TrieNode }>;
  /** An entry ends here; `boundaryAfter` says whether it needs a word boundary after it. */
  end?: { boundaryAfter: boolean };
}

function trieSource(entries: readonly ParsedEntry[]): string {
  const root: TrieNode = { children: new Map() };
  for (const entry of entries) {
    let node = root;
    for (const atom of entry.atoms) {
      let child = node.children.get(atom.key);
      if (!child) {
        child = { atom, node: { children: new Map() } };
        node.children.set(atom.key, child);
      }
      node = child.node;
    }
    // Equal atoms mean equal text, so entries ending here agree on their boundary.
    node.end = { boundaryAfter: entry.boundaryAfter };
  }
  return emit(root);
}

function emit(node: TrieNode): string {
  // Literal characters before classes (wildcards, whitespace) and the end last: at one position
  // the engine takes the first alternative that matches, and this order prefers the longer match.
  const children = [...node.children.values()].sort((a, b) => Number(a.atom.source.startsWith('[')) - Number(b.atom.source.startsWith('[')));
  const alternatives = children.map((child) => child.atom.source + emit(child.node));
  if (node.end) alternatives.push(node.end.boundaryAfter ? `(?!${WORD_CHAR})` : '');
  return alternatives.length === 1 ? alternatives[0] : `(?:${alternatives.join('|')})`;
}

const CACHE_LIMIT = 64;
const cache = new Map<string, WordMatcher>();

/**
 * Compiles a word list (see syntax.ts), or returns the cached matcher for the same content.
 * `literal: true` treats every character as literal (competitor names: `*` means a star).
 */
export function compileWordList(entries: readonly string[], options: { literal?: boolean } = {}): WordMatcher {
  const key = `${options.literal ? 'L' : 'P'}\u0000${entries.join('\u0000')}`;
  const cached = cache.get(key);
  if (cached) {
    // Refresh its place: the cache evicts the least recently used list.
    cache.delete(key);
    cache.set(key, cached);
    return cached;
  }
  const parsed: ParsedEntry[] = [];
  for (const entry of entries) {
    const result = parseEntry(entry, options);
    if (result) parsed.push(result);
  }
  const matcher = new WordMatcher(parsed);
  cache.set(key, matcher);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  return matcher;
}
