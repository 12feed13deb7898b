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
import { parseTermEntry, type ParsedEntry } from './word-list-syntax';

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

/** True when `text` as a whole is one term of the list (same matching rules). */
export function isWholeEntry(text: string, entries: readonly string[], options: TermListOptions = {}): boolean {
  const regex = compileWordList(entries, options);
  const match = regex.exec(text);
  regex.lastIndex = 0;
  return match !== null && match.index === 0 && match[0].length === text.length;
}
