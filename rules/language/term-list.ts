// Term lists (customer data: "Kundennummer", "Kunden-Nr.", "IBAN") compiled by the word-list
// matcher's pieces — the term syntax of word-list-syntax.ts, the longest-first order and the
// content cache of matcher.ts — into one global RegExp. Unlike a WordMatcher's, its boundaries are
// all inside the expression, so it works on its own with String.prototype.matchAll, exec and test:
//   - no match starts inside a word or right after "Wort-" (the look-behind), nor ends before more
//     letters or "-Wort" ("Passwort" is not found in "Passwort-Manager");
//   - an inflection ending may follow (-s, -n, -en, -e, -es, -er), unless `inflect: false`;
//   - with `compounds`, a term also matches as the last part of a compound ("WLAN-Passwort",
//     "Einmalpasswort"); with `caseSensitive`, letters keep their case ("PIN" but not "pin").
// (`compileWordList` here gives the RegExp of a term list; matcher.ts's gives the WordMatcher of a
// word list.) `TermLists` finds the same matches as those expressions for several lists at once,
// without trying them at every position of the text.

import { CompiledLists, longestFirst } from './matcher';
import type { Span } from './span';
import { isOptionalTermAtom, parseTermEntry, type ParsedEntry } from './word-list-syntax';

export interface TermListOptions {
  /** Match case exactly ("PIN" but not "pin"). Default: ignore case. */
  caseSensitive?: boolean;
  /** Also match the entries as the last part of a compound ("WLAN-Passwort", "SIM-PIN"). */
  compounds?: boolean;
  /** Allow the inflection endings. Default: true. */
  inflect?: boolean;
}

const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}][-‐‑]?)';
const COMPOUND_HEAD = '(?:[\\p{L}\\p{N}]+[-‐‑]?)??';
const INFLECTION = '(?:s|n|en|e|es|er)?';
const NOT_BEFORE_WORD = '(?![\\p{L}\\p{N}]|[-‐‑][\\p{L}\\p{N}])';

const expressions = new CompiledLists<RegExp>();

/**
 * One global regular expression that finds any term of `entries` in a text (cached by content).
 * Longer terms are tried first, so "E-Mail-Adresse" wins over "E-Mail".
 */
export function compileWordList(entries: readonly string[], options: TermListOptions = {}): RegExp {
  const { caseSensitive = false, compounds = false, inflect = true } = options;
  const key = `${Number(caseSensitive)}${Number(compounds)}${Number(inflect)}\u0000${entries.join('\u0000')}`;
  const regex = expressions.get(key, () => new RegExp(`${NOT_AFTER_WORD}${termListSource(entries, options)}`, caseSensitive ? 'gu' : 'giu'));
  regex.lastIndex = 0;
  return regex;
}

/** The expression of `compileWordList` without its look-behind. */
function termListSource(entries: readonly string[], options: TermListOptions): string {
  const { caseSensitive = false } = options;
  const parsed: ParsedEntry[] = [];
  for (const entry of entries) {
    const result = parseTermEntry(entry, { caseSensitive });
    if (result) parsed.push(result);
  }
  return termListSourceOf(longestFirst(parsed), options);
}

/**
 * The same for parsed terms already in the order they are tried (longest first); `boundary` is the
 * look-ahead after a term (see TermIndex.matchLength for the other one).
 */
function termListSourceOf(ordered: readonly ParsedEntry[], options: TermListOptions, boundary = NOT_BEFORE_WORD): string {
  const { compounds = false, inflect = true } = options;
  // A plain alternation, longest term first. (Not the matcher's shared-prefix trie: where a term's
  // optional dot or separator sits at a branch, the trie would prefer a shorter term.) An entry
  // that matches nothing keeps the expression valid when a list is empty.
  const alternatives = ordered.length > 0 ? ordered.map((entry) => entry.pattern).join('|') : '(?!)';
  return `${compounds ? COMPOUND_HEAD : ''}(?:${alternatives})${inflect ? INFLECTION : ''}${boundary}`;
}

/**
 * The look-behind of the full expression: a letter or digit, maybe with a hyphen, right before
 * `offset` — with the list's flags, since case folding widens the classes (with `i`, U+0345, a
 * combining mark, counts as a letter: it folds to "ι").
 */
function followsWordPart(text: string, offset: number, caseSensitive: boolean): boolean {
  if (offset === 0) return false;
  // Most terms follow a space or punctuation: no expression needed for ASCII but the hyphen.
  const before = text.charCodeAt(offset - 1);
  if (before < 0x80) {
    const code = ASCII_CODES[before]!;
    if (code >= 0 && code < OTHER) return true;
    if (before !== 0x2d) return false;
  }
  const wordPartBefore = caseSensitive ? (letterOrDigitBefore ??= /[\p{L}\p{N}][-‐‑]?$/u) : (letterOrDigitBeforeIgnoringCase ??= /[\p{L}\p{N}][-‐‑]?$/iu);
  // The condition needs at most three UTF-16 units: a letter outside the BMP and a hyphen.
  return wordPartBefore.test(text.slice(Math.max(0, offset - 3), offset));
}

/** The look-behind as an expression on the units before an offset, with each set of flags; compiled on first need. */
let letterOrDigitBefore: RegExp | undefined;
let letterOrDigitBeforeIgnoringCase: RegExp | undefined;

// ---------------------------------------------------------------------------------------------
// Several term lists searched in one pass.
//
// Most posts name no customer data, and the expressions above try their alternation at every
// position of the text: for the vocabulary's few hundred terms that was the costliest part of the
// rule. `TermLists` first walks the text once in plain code, with a trie of the terms' letters, to
// find where a term may start; only there does it ask the list's expression (sticky), and a text
// where no term may start is done after that one walk. Hand-written: RegExp has no multi-pattern
// search, and a trie of a few hundred short terms needs no library. It only narrows down where the
// expressions are tried, so what is found stays what the expressions find
// (test/unit/term-lists.test.ts compares them).
//
// The walk reads each UTF-16 unit as one of 38 codes:
//   - SKIP for what a term's optional separator or dot matches (hyphens, whitespace, the dot),
//     which the walk steps over — so "Kunden-Nr.", "Kundennr" and "Kunden Nr" read alike;
//   - 0–35 for ASCII letters (either case) and digits, and for the two other characters that case
//     folding matches with an ASCII letter: "ſ" (s) and the Kelvin sign (k);
//   - OTHER for anything else (ä, #, an emoji's halves).
// A term's letters read the same way, its separators and dots left out. A match of a term reads
// as the term's codes from where it starts, so the walk from that position reaches the end of the
// term in the trie (case and the boundaries are the expression's business). A term starts at the
// start of a word — after no ASCII letter or digit — except the last part of a compound (lists
// with `compounds`), which SubstringAutomaton looks for everywhere.

const SKIP = -1;
const OTHER = 36;
const CODES = 37;
const ASCII_CODES = new Int8Array(128).fill(OTHER);
for (let letter = 0; letter < 26; letter++) {
  ASCII_CODES[0x61 + letter] = letter;
  ASCII_CODES[0x41 + letter] = letter;
}
for (let digit = 0; digit < 10; digit++) ASCII_CODES[0x30 + digit] = 26 + digit;
for (const unit of ['-', '.', ' ', '\t', '\n', '\v', '\f', '\r']) ASCII_CODES[unit.charCodeAt(0)] = SKIP;

/** The walk's code of one UTF-16 unit (see above). */
export function termCode(unit: number): number {
  if (unit < 0x80) return ASCII_CODES[unit]!;
  if (unit === 0x17f) return 18; // ſ folds to s
  if (unit === 0x212a) return 10; // the Kelvin sign folds to k
  // The non-ASCII hyphens of a separator, and what `\s` matches beyond ASCII.
  if (
    unit === 0x2010 || unit === 0x2011 || unit === 0xa0 || unit === 0x1680 || (unit >= 0x2000 && unit <= 0x200a) ||
    unit === 0x2028 || unit === 0x2029 || unit === 0x202f || unit === 0x205f || unit === 0x3000 || unit === 0xfeff
  ) {
    return SKIP;
  }
  return OTHER;
}

function isLeadSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

/** A trie of the terms' codes; each node has a bit for each list with a term that ends there. */
class CodeTrie {
  /** children[node * CODES + code]: the child node, 0 for none (the root is node 0, its children come first). */
  children = new Int32Array(64 * CODES);
  ends: number[] = [0];

  /** Adds a term's codes; returns the node where it ends. */
  add(codes: readonly number[], bit: number): number {
    let node = 0;
    for (const code of codes) {
      let child = this.children[node * CODES + code]!;
      if (child === 0) {
        child = this.ends.length;
        this.ends.push(0);
        if ((child + 1) * CODES > this.children.length) {
          const grown = new Int32Array(this.children.length * 2);
          grown.set(this.children);
          this.children = grown;
        }
        this.children[node * CODES + code] = child;
      }
      node = child;
    }
    this.ends[node]! |= bit;
    return node;
  }

  /** Gives back the room kept for more nodes (up to half the table, which doubles as it grows). */
  compact(): this {
    if (this.children.length > this.ends.length * CODES) this.children = this.children.slice(0, this.ends.length * CODES);
    return this;
  }

  /** The bits of the lists with a term whose codes the text reads from `start`. */
  walk(text: string, start: number): number {
    const { children, ends } = this;
    let found = 0;
    let node = 0;
    for (let index = start; index < text.length; index++) {
      const unit = text.charCodeAt(index);
      const code = unit < 0x80 ? ASCII_CODES[unit]! : termCode(unit);
      if (code === SKIP) continue;
      node = children[node * CODES + code]!;
      if (node === 0) break;
      found |= ends[node]!;
    }
    return found;
  }

  /** Calls `visit` with each node the text reads from `start` reaches (as `walk` goes). */
  visit(text: string, start: number, visit: (node: number) => void): void {
    let node = 0;
    for (let index = start; index < text.length; index++) {
      const code = termCode(text.charCodeAt(index));
      if (code === SKIP) continue;
      node = this.children[node * CODES + code]!;
      if (node === 0) break;
      visit(node);
    }
  }
}

/** The codes of a term as its matches read (see above); undefined when it has none. */
function termCodes(entry: string, options: TermListOptions): number[] | undefined {
  const parsed = parseTermEntry(entry, options);
  if (!parsed) return undefined;
  const chars = Array.from(entry.trim());
  const codes: number[] = [];
  parsed.atoms.forEach((atom, index) => {
    if (isOptionalTermAtom(atom)) return;
    // A character outside the BMP is two units of the text, two codes.
    const char = chars[index]!;
    for (let unit = 0; unit < char.length; unit++) {
      // (A literal the walk steps over, such as a tab inside a term, is left out as well.)
      const code = termCode(char.charCodeAt(unit));
      if (code !== SKIP) codes.push(code);
    }
  });
  return codes;
}

/**
 * A trie as an Aho–Corasick automaton: fed a text's codes one by one (SKIP left out), `found[state]`
 * holds the bits of every term whose codes end at the code just read. Reading the text once through
 * it finds every term that walking the trie from each position would find, in one step per code
 * instead of a walk per position (the compound lists' terms, such as "nummer", start with common
 * letters, so nearly every position began a walk). Hand-written for the same reason as the trie.
 */
class SubstringAutomaton {
  /** next[state * CODES + code]: the state after reading `code`. */
  readonly next: Int32Array;
  readonly found: Int32Array;

  constructor(trie: CodeTrie) {
    const { children, ends } = trie;
    const states = ends.length;
    const next = new Int32Array(states * CODES);
    const found = Int32Array.from(ends);
    // The state of the longest proper suffix of a state's codes that is also a path of the trie.
    const fallback = new Int32Array(states);
    const queue: number[] = [];
    for (let code = 0; code < CODES; code++) {
      const child = children[code]!;
      next[code] = child;
      if (child !== 0) queue.push(child);
    }
    // Breadth first: a state's fallback is shallower, so its transitions and bits are complete.
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      const back = fallback[state]!;
      found[state]! |= found[back]!;
      for (let code = 0; code < CODES; code++) {
        const child = children[state * CODES + code]!;
        if (child !== 0) {
          fallback[child] = next[back * CODES + code]!;
          next[state * CODES + code] = child;
          queue.push(child);
        } else {
          next[state * CODES + code] = next[back * CODES + code]!;
        }
      }
    }
    this.next = next;
    this.found = found;
  }
}

// ---------------------------------------------------------------------------------------------
// Expressions of a few terms at a time.
//
// Where the walk finds that terms may start, only those terms can match there: a term the walk does
// not reach from a position cannot match at it. So a list's expression at one position (sticky, its
// look-behind checked apart) is built from the terms reached, in the list's order, and finds what the
// list's whole expression finds there. The whole expression of the customer-data vocabulary is
// hundreds of kilobytes of machine code, compiled in every thread and kept in every process, while
// a post only ever reaches a handful of its terms — and posts repeat the same few.

/** One term list's terms, reachable through a trie of their codes, and expressions of some of them. */
class TermIndex {
  /** The list's terms, parsed, in the order of its expression (longest first). */
  private readonly terms: ParsedEntry[];
  private readonly trie = new CodeTrie();
  /** The terms (indices into `terms`) whose codes end at each node of the trie. */
  private readonly termsEndingAt = new Map<number, number[]>();
  /** Terms the walk cannot read (nothing but characters it steps over): reached everywhere. */
  readonly unreadable: number[] = [];
  /** The expression of each set of terms asked for, by their indices. */
  private readonly expressions = new Map<string, RegExp>();

  constructor(
    entries: readonly string[],
    private readonly options: TermListOptions,
  ) {
    this.terms = longestFirst(entries.flatMap((entry) => parseTermEntry(entry, { caseSensitive: options.caseSensitive }) ?? []));
    this.terms.forEach((term, position) => {
      const codes = termCodes(term.source, options)!;
      if (codes.length === 0) {
        this.unreadable.push(position);
        return;
      }
      const node = this.trie.add(codes, 1);
      this.termsEndingAt.set(node, [...(this.termsEndingAt.get(node) ?? []), position]);
    });
    this.trie.compact();
  }

  /** Adds to `reached` the terms whose codes the text reads from `start`. */
  reach(text: string, start: number, reached: Set<number>): void {
    this.trie.visit(text, start, (node) => {
      const ending = this.termsEndingAt.get(node);
      if (ending) for (const term of ending) reached.add(term);
    });
  }

  /**
   * The length of the list's match at `start` (sticky, its look-behind checked apart) among the terms
   * `reached`, or -1 when there is none; with `compoundHead`, a compound's head may come first.
   *
   * The look-ahead after a term — no letter or digit, nor a hyphen and one — costs its expression
   * about 0.7 ms to compile with Unicode's classes of letters and digits, and posts reach dozens of
   * sets of terms in every thread. So the expression tried first says "no ASCII letter or digit"
   * (0.03 ms), and the match it finds stands when the full look-ahead holds at its end too. It is
   * then the full expression's match: both try the same ways of matching in the same order, and any
   * way the full look-ahead accepts, the ASCII one accepts as well (it rejects fewer characters), so
   * no way before this one could have been the full expression's. Otherwise — a letter beyond ASCII
   * right after the term — the full expression decides.
   */
  matchLength(text: string, start: number, reached: ReadonlySet<number>, compoundHead = false): number {
    const quick = compoundHead ? undefined : this.expression(reached, false, ASCII_NOT_BEFORE_WORD);
    if (quick !== undefined) {
      quick.lastIndex = start;
      const match = quick.exec(text);
      if (match === null) return -1;
      if (this.boundaryHolds(text, start + match[0].length)) return match[0].length;
    }
    const full = this.expression(reached, compoundHead, NOT_BEFORE_WORD);
    full.lastIndex = start;
    const match = full.exec(text);
    return match === null ? -1 : match[0].length;
  }

  /** Whether the full look-ahead holds at `offset` (with the list's flags: case folding widens the classes). */
  private boundaryHolds(text: string, offset: number): boolean {
    const next = text.charCodeAt(offset);
    // The end of the text, or an ASCII character that is no hyphen (letters and digits were rejected already).
    if (Number.isNaN(next) || (next < 0x80 && next !== 0x2d)) return true;
    const lookahead = this.options.caseSensitive ? (boundaryAfterTerm ??= new RegExp(NOT_BEFORE_WORD, 'uy')) : (boundaryAfterTermIgnoringCase ??= new RegExp(NOT_BEFORE_WORD, 'iuy'));
    lookahead.lastIndex = offset;
    return lookahead.test(text);
  }

  /** The sticky expression of the terms `reached` (the list's expression for them) with `boundary` after them. */
  private expression(reached: ReadonlySet<number>, compoundHead: boolean, boundary: string): RegExp {
    const terms = [...reached].sort((a, b) => a - b);
    const key = `${Number(compoundHead)}${Number(boundary === NOT_BEFORE_WORD)}${terms.join(',')}`;
    let regex = this.expressions.get(key);
    if (!regex) {
      const source = termListSourceOf(terms.map((term) => this.terms[term]!), { ...this.options, compounds: compoundHead }, boundary);
      regex = new RegExp(source, this.options.caseSensitive ? 'uy' : 'iuy');
      // Posts reach a few sets of terms again and again; a bound keeps odd texts from piling up more.
      if (this.expressions.size >= 1000) this.expressions.clear();
      this.expressions.set(key, regex);
    }
    return regex;
  }
}

/** NOT_BEFORE_WORD for ASCII letters and digits only (TermIndex.matchLength). */
const ASCII_NOT_BEFORE_WORD = '(?![A-Za-z0-9]|[-‐‑][A-Za-z0-9])';
/** NOT_BEFORE_WORD alone, sticky: does it hold at lastIndex? Compiled on first need. */
let boundaryAfterTerm: RegExp | undefined;
let boundaryAfterTermIgnoringCase: RegExp | undefined;

interface SearchedList {
  entries: readonly string[];
  options: TermListOptions;
  /** The list's terms for the expressions tried where the walk says a term may start (built on first use). */
  index: TermIndex | undefined;
  /** The list's full expression, global: a list with `compounds` is searched whole with it (compiled on first use). */
  global: RegExp | undefined;
}

/**
 * Term lists (each with its options) searched together: `findAll(text)[i]` holds what
 * `text.matchAll(compileWordList(lists[i].entries, lists[i].options))` finds, in a fraction of the
 * time (see above).
 */
export class TermLists {
  private readonly lists: SearchedList[];
  /** Terms of lists without `compounds`, walked from word starts only. */
  private readonly wordStartTrie = new CodeTrie();
  /** The compound lists' terms as an automaton, when there are any. */
  private readonly anywhere: SubstringAutomaton | undefined;
  /** Bits of the lists with a term the walk cannot read (nothing but characters it steps over): searched whole. */
  private readonly searchedWhole: number;
  private readonly searchedTo: Int32Array;
  private readonly reached = new Set<number>();

  constructor(lists: ReadonlyArray<{ entries: readonly string[]; options?: TermListOptions }>) {
    if (lists.length > 30) throw new RangeError('TermLists: at most 30 lists');
    let hasAnywhere = false;
    let searchedWhole = 0;
    // Terms of lists with `compounds`, found anywhere: only their automaton is kept.
    const anywhereTrie = new CodeTrie();
    this.lists = lists.map(({ entries, options = {} }, index) => {
      const trie = options.compounds ? anywhereTrie : this.wordStartTrie;
      const terms = entries.map((entry) => termCodes(entry, options)).filter((codes) => codes !== undefined);
      if (terms.some((codes) => codes.length === 0)) {
        searchedWhole |= 1 << index;
      } else {
        for (const codes of terms) trie.add(codes, 1 << index);
        if (options.compounds && terms.length > 0) hasAnywhere = true;
      }
      // Built when first needed: most texts need none.
      return { entries, options, index: undefined, global: undefined };
    });
    this.wordStartTrie.compact();
    this.anywhere = hasAnywhere ? new SubstringAutomaton(anywhereTrie) : undefined;
    this.searchedWhole = searchedWhole;
    this.searchedTo = new Int32Array(lists.length);
  }

  /** Per list, every match in `text`, left to right. */
  findAll(text: string): Span[][] {
    const { lists, wordStartTrie, anywhere } = this;
    const found: Span[][] = [];
    for (let list = 0; list < lists.length; list++) found.push([]);
    this.searchedTo.fill(0);
    // The word-start trie's root children, and the compound terms' automaton state: read inline,
    // since this loop runs for every character. What happens where a term may start is rare and
    // left to other methods, which keeps this one small for the optimising compiler.
    const wordStartRoot = wordStartTrie.children;
    let anywhereState = 0;
    const length = text.length;
    let searchWhole = this.searchedWhole;
    let afterWordUnit = false;
    for (let index = 0; index < length; index++) {
      const unit = text.charCodeAt(index);
      const code = unit < 0x80 ? ASCII_CODES[unit]! : termCode(unit);
      if (code === SKIP) {
        afterWordUnit = false;
        continue;
      }
      const atWordStart = !afterWordUnit;
      afterWordUnit = code < OTHER && unit < 0x80;
      if (anywhere !== undefined) {
        anywhereState = anywhere.next[anywhereState * CODES + code]!;
        searchWhole |= anywhere.found[anywhereState]!;
      }
      if (!atWordStart || wordStartRoot[code] === 0) continue;
      // The expressions (flag u) never start inside a surrogate pair.
      if (unit >= 0xdc00 && unit <= 0xdfff && index > 0 && isLeadSurrogate(text.charCodeAt(index - 1))) continue;
      const bits = wordStartTrie.walk(text, index);
      if (bits !== 0) this.matchAt(text, index, bits, found);
    }
    if (searchWhole !== 0) this.searchWhole(text, searchWhole, found);
    return found;
  }

  /** Adds to `found` the match at `index` of each list in `bits`, whose terms the walk reaches from there. */
  private matchAt(text: string, index: number, bits: number, found: Span[][]): void {
    const { lists, searchedTo, reached } = this;
    for (let list = 0; bits !== 0; list++, bits >>>= 1) {
      // A list's next match starts where its last one ended, or later.
      if ((bits & 1) === 0 || index < searchedTo[list]!) continue;
      const searched = lists[list]!;
      if (followsWordPart(text, index, searched.options.caseSensitive === true)) continue;
      const terms = (searched.index ??= new TermIndex(searched.entries, searched.options));
      reached.clear();
      terms.reach(text, index, reached);
      const matched = terms.matchLength(text, index, reached);
      if (matched < 0) continue;
      found[list]!.push({ start: index, end: index + matched });
      searchedTo[list] = index + matched;
    }
  }

  /**
   * A compound's head runs back to the start of its word: a list with a possible compound (or with
   * a term the walk cannot read) is searched whole, with its expression. Adds to `found` the
   * matches of each list in `bits`.
   */
  private searchWhole(text: string, bits: number, found: Span[][]): void {
    for (let list = 0; bits !== 0; list++, bits >>>= 1) {
      if ((bits & 1) === 0) continue;
      const searched = this.lists[list]!;
      const global = (searched.global ??= compileWordList(searched.entries, searched.options));
      global.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = global.exec(text)) !== null) found[list]!.push({ start: match.index, end: match.index + match[0].length });
    }
  }
}

// The TermIndex of each list isWholeEntry has seen, by the list itself: finding it by content means
// joining the whole list into a key on every call, and classifying a post's terms calls it for
// every term and list. (The lists are the vocabulary's, which nothing changes.)
const wholeEntryIndexes = new WeakMap<readonly string[], Map<string, TermIndex>>();

/** True when `text` as a whole is one term of the list (same matching rules). */
export function isWholeEntry(text: string, entries: readonly string[], options: TermListOptions = {}): boolean {
  const optionsKey = `${Number(options.caseSensitive ?? false)}${Number(options.compounds ?? false)}${Number(options.inflect ?? true)}`;
  let byOptions = wholeEntryIndexes.get(entries);
  if (!byOptions) {
    byOptions = new Map();
    wholeEntryIndexes.set(entries, byOptions);
  }
  let index = byOptions.get(optionsKey);
  if (!index) {
    index = new TermIndex(entries, options);
    byOptions.set(optionsKey, index);
  }
  // The list's expression tried at the start of the text only (sticky), where its look-behind
  // always holds; a compound's term may start at any position after its head.
  const reached = new Set(index.unreadable);
  const starts = options.compounds ? text.length : Math.min(1, text.length);
  for (let start = 0; start < starts; start++) index.reach(text, start, reached);
  if (reached.size === 0) return false;
  return index.matchLength(text, 0, reached, options.compounds) === text.length;
}
