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
// word list.)

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
  const regex = expressions.get(key, () => {
    const parsed: ParsedEntry[] = [];
    for (const entry of entries) {
      const result = parseTermEntry(entry, { caseSensitive });
      if (result) parsed.push(result);
    }
    // A plain alternation, longest term first. (Not the matcher's shared-prefix trie: where a term's
    // optional dot or separator sits at a branch, the trie would prefer a shorter term.) An entry
    // that matches nothing keeps the expression valid when a list is empty.
    const alternatives = parsed.length > 0 ? longestFirst(parsed).map((entry) => entry.pattern).join('|') : '(?!)';
    const source = `${NOT_AFTER_WORD}${compounds ? COMPOUND_HEAD : ''}(?:${alternatives})${inflect ? INFLECTION : ''}${NOT_BEFORE_WORD}`;
    return new RegExp(source, caseSensitive ? 'gu' : 'giu');
  });
  regex.lastIndex = 0;
  return regex;
}

/**
 * The alternation of the entries (in the order given) with entries that start alike grouped under
 * their first letter — "k(?:undennummer|unden-nr|…)|v(?:ertragsnummer|…)" — so that at each
 * position the engine tries one group, not every entry. Exact: within a group the entries keep
 * their order, and a position can only start entries of one group (letters that match the same
 * characters, like "k" and "K", share a group). Undefined when an entry starts with a separator or
 * dot, which could start anywhere.
 */
function groupedAlternation(entries: readonly ParsedEntry[], flags: string): string | undefined {
  const groups: Array<{ first: string; char: string; rests: string[] }> = [];
  for (const entry of entries) {
    const first = entry.atoms[0];
    if (!first || isOptionalTermAtom(first)) return undefined;
    const char = Array.from(entry.source.trim())[0]!;
    const group = groups.find((candidate) => new RegExp(`^(?:${candidate.first})$`, flags).test(char));
    const rest = entry.atoms.slice(1).map((atom) => atom.source).join('');
    if (group) group.rests.push(rest);
    else groups.push({ first: first.source, char, rests: [rest] });
  }
  // Groups whose first letters match each other's characters would overlap: then stay plain.
  for (const group of groups) {
    if (groups.some((other) => other !== group && new RegExp(`^(?:${group.first})$`, flags).test(other.char))) return undefined;
  }
  return groups.map((group) => `${group.first}(?:${group.rests.join('|')})`).join('|');
}

/**
 * Finds the terms of a list: the same matches, left to right, as `text.matchAll` with the expression
 * of `compileWordList`, several times faster. That expression starts with a look-behind (no match
 * inside a word), which the engine evaluates at every position of the text; here the expression has
 * no look-behind and its entries are grouped by first letter, and the look-behind's condition is
 * checked on each match instead — a match inside a word is dropped and the search goes on one
 * character further, as the full expression would.
 */
export class TermSearch {
  private readonly regex: RegExp;
  /** True when `regex` leaves the look-behind to findAll. */
  private readonly checksBoundary: boolean;
  private readonly prefilter: RegExp | undefined;

  constructor(entries: readonly string[], options: TermListOptions = {}) {
    const { caseSensitive = false, compounds = false, inflect = true } = options;
    this.prefilter = termListPrefilter(entries, options);
    const flags = caseSensitive ? 'u' : 'iu';
    const parsed = longestFirst(entries.flatMap((entry) => parseTermEntry(entry, { caseSensitive }) ?? []));
    const grouped = compounds || parsed.length === 0 ? undefined : groupedAlternation(parsed, flags);
    this.checksBoundary = grouped !== undefined;
    // A compound's head runs back to the start of its word: its expression keeps the look-behind.
    this.regex = grouped !== undefined ? new RegExp(`(?:${grouped})${inflect ? INFLECTION : ''}${NOT_BEFORE_WORD}`, `g${flags}`) : compileWordList(entries, options);
  }

  /** Every match, left to right (only the first with `firstOnly`). */
  findAll(text: string, firstOnly = false): Span[] {
    const found: Span[] = [];
    if (this.prefilter && !this.prefilter.test(text)) return found;
    const regex = this.regex;
    regex.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = regex.exec(text)) !== null) {
      const start = match.index;
      if (this.checksBoundary && followsWordPart(text, start)) {
        regex.lastIndex = start + (text.codePointAt(start)! > 0xffff ? 2 : 1);
        continue;
      }
      found.push({ start, end: start + match[0].length });
      if (firstOnly) break;
    }
    return found;
  }

  /** True when the text holds a term. */
  test(text: string): boolean {
    return this.findAll(text, true).length > 0;
  }
}

/** The look-behind of the full expression: a letter or digit, maybe with a hyphen, right before `offset`. */
const WORD_PART_BEFORE = /[\p{L}\p{N}][-‐‑]?$/u;

function followsWordPart(text: string, offset: number): boolean {
  // The condition needs at most three UTF-16 units: a letter outside the BMP and a hyphen.
  return offset > 0 && WORD_PART_BEFORE.test(text.slice(Math.max(0, offset - 3), offset));
}

/** A prefilter's literal runs must be at least this long to be selective. */
const MIN_PREFILTER_RUN = 3;
const prefilters = new CompiledLists<RegExp | null>();

/**
 * A cheap test that `text` may hold a term of the list, or undefined when the list has none worth
 * it. Every match of a term contains the term's longest run of letters that no separator or dot
 * interrupts ("Pass" of "Pass-wort"), matched the same way; one alternation of those runs, without
 * the boundaries and the compound head, rules out most posts many times faster than the full
 * expression. Lists with a short run ("D.O.B.") get none: it would pass nearly every post.
 */
export function termListPrefilter(entries: readonly string[], options: TermListOptions = {}): RegExp | undefined {
  const { caseSensitive = false } = options;
  const key = `${Number(caseSensitive)}\u0000${entries.join('\u0000')}`;
  const prefilter = prefilters.get(key, () => {
    const runs = new Set<string>();
    for (const entry of entries) {
      const parsed = parseTermEntry(entry, { caseSensitive });
      if (!parsed) continue;
      let longest: string[] = [];
      let run: string[] = [];
      for (const atom of [...parsed.atoms, undefined]) {
        if (atom === undefined || isOptionalTermAtom(atom)) {
          if (run.length > longest.length) longest = run;
          run = [];
        } else {
          run.push(atom.source);
        }
      }
      if (longest.length < MIN_PREFILTER_RUN) return null;
      runs.add(longest.join(''));
    }
    return runs.size > 0 ? new RegExp([...runs].join('|'), caseSensitive ? 'u' : 'iu') : null;
  });
  return prefilter ?? undefined;
}

// The expression of each list isWholeEntry has seen, by the list itself: finding it by content
// means joining the whole list into a key on every call, and classifying a post's terms calls it
// for every term and list. (The lists are the vocabulary's, which nothing changes.)
const wholeEntryExpressions = new WeakMap<readonly string[], Map<string, RegExp>>();

/** True when `text` as a whole is one term of the list (same matching rules). */
export function isWholeEntry(text: string, entries: readonly string[], options: TermListOptions = {}): boolean {
  const optionsKey = `${Number(options.caseSensitive ?? false)}${Number(options.compounds ?? false)}${Number(options.inflect ?? true)}`;
  let byOptions = wholeEntryExpressions.get(entries);
  if (!byOptions) {
    byOptions = new Map();
    wholeEntryExpressions.set(entries, byOptions);
  }
  let regex = byOptions.get(optionsKey);
  if (!regex) {
    regex = compileWordList(entries, options);
    byOptions.set(optionsKey, regex);
  }
  regex.lastIndex = 0;
  const match = regex.exec(text);
  regex.lastIndex = 0;
  return match !== null && match.index === 0 && match[0].length === text.length;
}
