// Compiling word lists (data, never code) into matchers. Every entry is escaped: no text from a list
// or from a user's configuration ever reaches `new RegExp` as a pattern. Compiled matchers are
// cached by list content, so built-in lists compile once and config lists once per distinct value.
//
// Entry syntax, kept deliberately small:
//   - a hyphen or a space inside an entry matches a hyphen, a space or nothing
//     ("Kunden-nummer" finds "Kundennummer", "Kunden-Nummer" and "Kunden Nummer");
//   - a dot matches a dot or nothing ("Kunden-Nr." finds "Kundennr" and "Kunden-Nr.");
//   - an entry matches only as a whole word, and not as the first part of a hyphenated compound
//     ("Passwort" does not match in "Passwort-Manager"), with an optional inflection ending
//     (-s, -n, -en, -e, -es, -er: "Kundennummern", "Passworts", "IBANs").

export interface WordListOptions {
  /** Match case exactly ("PIN" but not "pin"). Default: ignore case. */
  caseSensitive?: boolean;
  /** Also match the entries as the last part of a compound ("WLAN-Passwort", "SIM-PIN"). */
  compounds?: boolean;
  /** Allow the inflection endings. Default: true. */
  inflect?: boolean;
}

const cache = new Map<string, RegExp>();
// Built-in lists are the same array objects on every call: find them without serialising.
const byIdentity = new WeakMap<readonly string[], Map<string, RegExp>>();

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

/** The regular-expression source for one entry (escaped, with the separator rules above). */
export function entrySource(entry: string): string {
  const parts: string[] = [];
  for (const char of entry.trim()) {
    if (char === '-' || char === ' ' || char === '‐' || char === '‑') parts.push('(?:[-‐‑]|\\s+)?');
    else if (char === '.') parts.push('\\.?');
    else parts.push(escapeRegExp(char));
  }
  return parts.join('');
}

/**
 * One global regular expression that finds any entry of `entries` in a text. Longer entries are
 * tried first, so "E-Mail-Adresse" wins over "E-Mail".
 */
export function compileWordList(entries: readonly string[], options: WordListOptions = {}): RegExp {
  const optionsKey = `${options.caseSensitive ?? false}/${options.compounds ?? false}/${options.inflect ?? true}`;
  let known = byIdentity.get(entries);
  const identical = known?.get(optionsKey);
  if (identical) {
    identical.lastIndex = 0;
    return identical;
  }
  const key = JSON.stringify([entries, optionsKey]);
  const cached = cache.get(key) ?? compile(entries, options);
  cache.set(key, cached);
  if (!known) {
    known = new Map();
    byIdentity.set(entries, known);
  }
  known.set(optionsKey, cached);
  cached.lastIndex = 0;
  return cached;
}

function compile(entries: readonly string[], options: WordListOptions): RegExp {
  const sources = [...new Set(entries.map((entry) => entry.trim()).filter((entry) => entry.length > 0))]
    .sort((a, b) => b.length - a.length)
    .map(entrySource);
  // An entry that matches nothing keeps the expression valid when a list is empty.
  const alternatives = sources.length > 0 ? sources.join('|') : '(?!)';
  const prefix = options.compounds ? '(?:[\\p{L}\\p{N}]+[-‐‑]?)??' : '';
  const ending = options.inflect === false ? '' : '(?:s|n|en|e|es|er)?';
  const source = `(?<![\\p{L}\\p{N}][-‐‑]?)${prefix}(?:${alternatives})${ending}(?![\\p{L}\\p{N}]|[-‐‑][\\p{L}\\p{N}])`;
  return new RegExp(source, options.caseSensitive ? 'gu' : 'giu');
}

/** True when `text` as a whole is one entry of the list (same matching rules). */
export function isWholeEntry(text: string, entries: readonly string[], options: WordListOptions = {}): boolean {
  const regex = compileWordList(entries, options);
  regex.lastIndex = 0;
  const match = regex.exec(text);
  regex.lastIndex = 0;
  return match !== null && match.index === 0 && match[0].length === text.length;
}
