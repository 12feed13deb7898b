// The one word-list matcher: a list (entries in the syntax of word-list-syntax.ts) compiled into ONE
// regular expression — an alternation of escaped entries with Unicode word boundaries, sharing
// common prefixes and preferring longer entries — so a post is scanned once per list however long
// the list is. Compiled lists are cached by their content: a built-in list compiles once, a config
// list once per distinct content, not once per post.
//
// `compileWordList` gives a WordMatcher for word lists and names; term lists (customer data) are
// compiled from the same pieces into a plain RegExp by term-list.ts.

import { parseEntry, WORD_CHAR, type Atom, type ParsedEntry } from './word-list-syntax';

export interface WordMatch {
  start: number;
  end: number;
  /** The matched text as written in the post. */
  text: string;
}

export class WordMatcher {
  private parsed: readonly ParsedEntry[] | undefined;
  private compiled: { regex: RegExp | undefined } | undefined;
  private anchored: Array<{ entry: ParsedEntry; regex: RegExp }> | undefined;

  /**
   * `entries` is called on first use: the built-in lists are compiled at module load, and a CLI
   * run or a server start should not pay for lists that the posts never reach.
   */
  constructor(private readonly source: readonly ParsedEntry[] | (() => readonly ParsedEntry[])) {}

  /** The entries that compiled (entries that would match anything are dropped). */
  get entries(): readonly ParsedEntry[] {
    this.parsed ??= longestFirst(typeof this.source === 'function' ? this.source() : this.source);
    return this.parsed;
  }

  private get regex(): RegExp | undefined {
    this.compiled ??= { regex: buildRegex(this.entries) };
    return this.compiled.regex;
  }

  get isEmpty(): boolean {
    return this.regex === undefined;
  }

  /** Every non-overlapping match in `text[from..to)`, left to right. */
  findAll(text: string, from = 0, to = text.length): WordMatch[] {
    const matches: WordMatch[] = [];
    const regex = this.regex;
    if (!regex || from >= to) return matches;
    // Search a slice with two characters of context on each side (a surrogate pair), so that word
    // boundaries at `from`/`to` see their real neighbours without scanning the rest of the text.
    const sliceStart = Math.max(0, from - 2);
    const slice = sliceStart === 0 && to + 2 >= text.length ? text : text.slice(sliceStart, Math.min(text.length, to + 2));
    regex.lastIndex = from - sliceStart;
    let match: RegExpExecArray | null;
    while ((match = regex.exec(slice)) !== null) {
      const start = sliceStart + match.index;
      if (start >= to) break;
      const bounded = match[1] !== undefined || match[2] !== undefined;
      if (match[0].length === 0 || (bounded && match.index > 0 && isWordChar(slice, match.index - 1))) {
        // Inside a word ("idiot" in "Vollidiot"): try again one character further. A whole code
        // point: a search that starts inside a surrogate pair starts at the pair again (V8), so
        // stepping one unit into an emoji or 𝐀 would find the same match forever.
        regex.lastIndex = match.index + (slice.codePointAt(match.index)! > 0xffff ? 2 : 1);
        continue;
      }
      let end = start + match[0].length;
      if (match[2] !== undefined || match[3] !== undefined) {
        // A word prefix ("Idiot*") takes the rest of its word: "Idioten".
        let next = match.index + match[0].length;
        while (next < slice.length && isWordChar(slice, next)) next += slice.codePointAt(next)! > 0xffff ? 2 : 1;
        end = sliceStart + next;
        regex.lastIndex = next;
      }
      if (end <= to) matches.push({ start, end, text: text.slice(start, end) });
    }
    return matches;
  }

  /** True when the whole of `text` is one entry of the list (e.g. the rest of a hashtag). */
  matchesWhole(text: string): boolean {
    const [first] = this.findAll(text);
    return first !== undefined && first.start === 0 && first.end === text.length;
  }

  /** The entry (as written in the list) that matches all of `text`, if any. */
  entryOf(text: string): string | undefined {
    this.anchored ??= this.entries.map((entry) => ({ entry, regex: new RegExp(`^(?:${entry.pattern})$`, 'iu') }));
    return this.anchored.find(({ regex }) => regex.test(text))?.entry.source;
  }
}

/** `entries` without repeated patterns, longest first (a stable sort keeps the list's order otherwise). */
export function longestFirst(entries: readonly ParsedEntry[]): ParsedEntry[] {
  const unique = new Map<string, ParsedEntry>();
  for (const entry of entries) if (!unique.has(entry.pattern)) unique.set(entry.pattern, entry);
  return [...unique.values()].sort((a, b) => b.literalLength - a.literalLength);
}

// The alternation is emitted as a trie of atoms — "idiot|idioten|idiotisch" becomes
// "idiot(?:en|isch|)" — because the regex engine tries alternatives one after another: with a
// few hundred entries, sharing prefixes makes a scan many times faster.
interface TrieNode {
  children: Map<string, { atom: Atom; node: TrieNode }>;
  /** An entry ends here. */
  end?: true;
}

/** The alternation of `entries` (in the order given, see longestFirst) as regular-expression source. */
export function trieSource(entries: readonly ParsedEntry[]): string {
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
    node.end = true;
  }
  return emit(root);
}

function emit(node: TrieNode): string {
  // Literal characters before classes (wildcards, whitespace) and the end last: at one position
  // the engine takes the first alternative that matches, and this order prefers the longer match.
  const children = [...node.children.values()].sort((a, b) => Number(a.atom.source.startsWith('[')) - Number(b.atom.source.startsWith('[')));
  const alternatives = children.map((child) => child.atom.source + emit(child.node));
  if (node.end) alternatives.push('');
  return alternatives.length === 1 ? alternatives[0] : `(?:${alternatives.join('|')})`;
}

/**
 * The one expression for a list, with capture groups that tell findAll what to check:
 *   1 — entries after which the word must end or go on as written ("Idiot", "shut up"),
 *       that need a word boundary before them;
 *   2 — word prefixes ("Idiot*") that need a boundary before them;
 *   3 — word prefixes that start with a non-word character;
 *   (none) — entries that start with a non-word character (emoji, "#fail").
 * The boundary before an entry is checked in findAll, not with a look-behind for word characters: a
 * look-behind runs at every position of the text and with that large class makes the scan several
 * times slower. Only one for ASCII word characters, which is cheap, goes first where it cannot
 * change a match: it rules out most starts inside words before the alternation is tried. The
 * boundary after is one look-ahead per group, not one per entry, and a word prefix runs on to the
 * end of its word in findAll: the class of word characters is large, and hundreds of copies of it
 * make the expression slow to compile (seconds for the tone lists).
 */
function buildRegex(entries: readonly ParsedEntry[]): RegExp | undefined {
  const withoutWildcard = (entry: ParsedEntry): ParsedEntry => ({ ...entry, atoms: entry.atoms.slice(0, -1) });
  const words = (list: ParsedEntry[]) => {
    const closed = list.filter((entry) => entry.boundaryAfter);
    const open = list.filter((entry) => !entry.boundaryAfter);
    return [...(closed.length > 0 ? [`${trieSource(closed)}(?!${WORD_CHAR})`] : []), ...(open.length > 0 ? [trieSource(open)] : [])].join('|');
  };
  const pick = (before: boolean, prefix: boolean) => entries.filter((entry) => entry.boundaryBefore === before && entry.prefix === prefix);
  const boundedWords = words(pick(true, false));
  const boundedPrefixes = pick(true, true).map(withoutWildcard);
  const openPrefixes = pick(false, true).map(withoutWildcard);
  const openWords = words(pick(false, false));
  const bounded = `(${boundedWords || '(?!)'})|(${boundedPrefixes.length > 0 ? trieSource(boundedPrefixes) : '(?!)'})`;
  const parts = [
    // When every entry needs a boundary before it, a start right after an ASCII word character
    // (inside most words) fails at once: findAll would only step over it. Not with other entries,
    // which findAll never tries at a start where a bounded entry matched.
    openPrefixes.length === 0 && !openWords ? `${AFTER_NO_ASCII_WORD_CHAR}(?:${bounded})` : bounded,
    `(${openPrefixes.length > 0 ? trieSource(openPrefixes) : '(?!)'})`,
    ...(openWords ? [openWords] : []),
  ];
  return entries.length > 0 ? new RegExp(parts.join('|'), 'giu') : undefined;
}

// A cheap look-behind, unlike one for all word characters (the `i` flag adds K and ſ, both letters).
const AFTER_NO_ASCII_WORD_CHAR = '(?<![A-Za-z0-9_])';

const WORD_CHAR_TEST = new RegExp(`^${WORD_CHAR}`, 'u');

/** True when the code point at `index` is a word character. */
function isWordChar(text: string, index: number): boolean {
  const unit = text.charCodeAt(index);
  // The low half of a surrogate pair: look at the whole code point.
  const at = unit >= 0xdc00 && unit <= 0xdfff && index > 0 ? index - 1 : index;
  return WORD_CHAR_TEST.test(text.slice(at, at + 2));
}

/**
 * Compiled lists by content (the list's syntax, options and entries): a built-in list compiles once,
 * a config list once per distinct value. The least recently used list is evicted, so changing
 * config lists cannot make it grow.
 */
export class CompiledLists<T> {
  private readonly lists = new Map<string, T>();

  constructor(private readonly limit = 64) {}

  get(key: string, compile: () => T): T {
    const cached = this.lists.get(key);
    if (cached !== undefined) {
      // Refresh its place.
      this.lists.delete(key);
      this.lists.set(key, cached);
      return cached;
    }
    const compiled = compile();
    this.lists.set(key, compiled);
    if (this.lists.size > this.limit) this.lists.delete(this.lists.keys().next().value as string);
    return compiled;
  }
}

const matchers = new CompiledLists<WordMatcher>();

/**
 * Compiles a word list (see word-list-syntax.ts), or returns the cached matcher for the same
 * content. `literal: true` treats every character as literal (competitor names: `*` means a star).
 */
export function compileWordList(entries: readonly string[], options: { literal?: boolean } = {}): WordMatcher {
  return matchers.get(`${options.literal ? 'L' : 'P'}\u0000${entries.join('\u0000')}`, () => {
    const list = [...entries];
    return new WordMatcher(() => list.flatMap((entry) => parseEntry(entry, options) ?? []));
  });
}
