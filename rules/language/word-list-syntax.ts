// The syntax of word-list entries: how the lists under rules/words/ and the config's word lists are
// written. Nothing in a list ever reaches `new RegExp` as a pattern: this module turns each entry
// into atoms of regular-expression source it emits itself from escaped literal pieces, so a list
// cannot inject regex syntax or make matching hang. matcher.ts compiles the atoms of a whole list
// into one expression.
//
// Word lists (tone, competitor, sign-off, `words.rude` / `words.allowed`): every character is
// literal except
//   Idiot*      `*` at the end of a word: word prefix — Idiot, Idioten, idiotisch, Idiotenverein
//   *pfosten    `*` at the start of a word: word suffix — Vollpfosten, Hohlpfosten
//   shut up     a space: one or more whitespace characters between the words
//   you're      an apostrophe: ' or ’ (phones type the curly one)
//   f\*ck       `\*` is a literal asterisk, `\\` a literal backslash
// Matching is case-insensitive and whole-word: an entry never matches inside a longer word unless
// a `*` says so ("Telekom" does not match "Telekommunikation"). Each word of a phrase may carry its
// own `*` ("kein* dumm* Frage*"). Names (`competitors`) are read with `literal`: `*` is a star.
//
// Term lists (customer data, rules/words/customer-data.json) name things German spells many ways:
//   Kunden-nummer   a hyphen or a space matches a hyphen, whitespace or nothing
//                   (Kundennummer, Kunden-Nummer, Kunden Nummer)
//   Kunden-Nr.      a dot matches a dot or nothing (Kundennr, Kunden-Nr.)
// and every other character is literal. A term matches as a whole word and not as the first part
// of a hyphenated compound ("Passwort" not in "Passwort-Manager"), with an optional inflection
// ending ("Kundennummern", "Passworts", "IBANs"); see term-list.ts.

import { escapeRegExp } from '../text/regexp';

/** Letters, digits and the underscore count as word characters (so `@Telekom_hilft` stays one word). */
export const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}_]';
const WORD_CHAR_TEST = /[\p{L}\p{M}\p{N}_]/u;

// A prefix wildcard may consume any rest of the word: greedy and linear.
const WILD_PREFIX = `${WORD_CHAR}*`;
// A suffix wildcard is bounded: an unbounded `[…]*literal` backtracks quadratically on a long run of
// letters, and no German compound puts more than 40 letters in front of an insult.
const WILD_SUFFIX = `${WORD_CHAR}{0,40}`;

/** One unit of an entry's pattern; entries that share leading atoms share a branch of the trie. */
export interface Atom {
  /** Regular-expression source of the atom. */
  readonly source: string;
  /** Identity for sharing: equal keys match the same text (letters compare case-insensitively unless a term list is case-sensitive). */
  readonly key: string;
}

export interface ParsedEntry {
  /** The entry as written in the list. */
  source: string;
  /** The entry's pattern as a sequence of atoms, without boundaries. */
  atoms: Atom[];
  /** Regular-expression source for this entry, without boundaries. */
  pattern: string;
  /** Needs a word boundary before / after (the entry starts / ends with a word character; always for terms). */
  boundaryBefore: boolean;
  boundaryAfter: boolean;
  /**
   * Ends in a word prefix (`Idiot*`): the last atom is the wildcard, and a match runs on to the
   * end of the word. The matcher leaves that atom out and extends the match itself (cheaper).
   */
  prefix: boolean;
  /** Length of the literal text, used to try longer entries first. */
  literalLength: number;
}

const WHITESPACE: Atom = { source: '\\s+', key: '\\s+' };
const APOSTROPHE: Atom = { source: "['’]", key: "'" };

/** A character that matches itself (letters in either case unless `caseSensitive`). */
function literalAtom(char: string, caseSensitive = false): Atom {
  // The lists spell their twenty thousand characters with a few dozen: one atom per character.
  const atoms = caseSensitive ? caseSensitiveAtoms : literalAtoms;
  let atom = atoms.get(char);
  if (atom === undefined) {
    // Only syntax characters may be escaped under the `u` flag (`\-` would be a syntax error).
    atom = { source: escapeRegExp(char), key: caseSensitive ? char : char.toLowerCase() };
    atoms.set(char, atom);
  }
  return atom;
}

const literalAtoms = new Map<string, Atom>();
const caseSensitiveAtoms = new Map<string, Atom>();

function charAtom(char: string): Atom {
  return char === "'" || char === '’' ? APOSTROPHE : literalAtom(char);
}

function entry(source: string, atoms: Atom[], boundaryBefore: boolean, boundaryAfter: boolean, literalLength: number): ParsedEntry {
  const prefix = atoms[atoms.length - 1]?.source === WILD_PREFIX;
  return { source, atoms, pattern: atoms.map((atom) => atom.source).join(''), boundaryBefore, boundaryAfter, prefix, literalLength };
}

/**
 * Parses one entry. Returns undefined for entries that would match (nearly) anything: empty or
 * only wildcards.
 */
export function parseEntry(source: string, options: { literal?: boolean } = {}): ParsedEntry | undefined {
  const text = source.trim().normalize('NFC');
  if (text === '') return undefined;
  // Code points, not UTF-16 units: an emoji is one atom.
  const chars = Array.from(text);
  if (options.literal) {
    const atoms: Atom[] = [];
    for (const char of chars) {
      if (!/\s/.test(char)) atoms.push(charAtom(char));
      else if (atoms[atoms.length - 1] !== WHITESPACE) atoms.push(WHITESPACE);
    }
    return entry(source, atoms, WORD_CHAR_TEST.test(chars[0]), WORD_CHAR_TEST.test(chars[chars.length - 1]), text.length);
  }

  const words = text.split(/\s+/);
  const atoms: Atom[] = [];
  let literalLength = 0;
  let boundaryBefore = false;
  let boundaryAfter = false;
  for (let w = 0; w < words.length; w++) {
    const word = Array.from(words[w]);
    // Read the word into literal characters, noting unescaped `*` at either end.
    const literal: string[] = [];
    let leadingWild = false;
    let trailingWild = false;
    for (let i = 0; i < word.length; i++) {
      const char = word[i];
      if (char === '\\' && i + 1 < word.length) {
        literal.push(word[++i]);
      } else if (char === '*' && i === 0) {
        leadingWild = true;
      } else if (char === '*' && i === word.length - 1) {
        trailingWild = true;
      } else {
        literal.push(char);
      }
    }
    if (literal.length === 0) return undefined; // `*` alone would match every word
    literalLength += literal.length;
    if (w > 0) atoms.push(WHITESPACE);
    if (leadingWild) atoms.push({ source: WILD_SUFFIX, key: WILD_SUFFIX });
    atoms.push(...literal.map(charAtom));
    if (trailingWild) atoms.push({ source: WILD_PREFIX, key: WILD_PREFIX });
    if (w === 0) boundaryBefore = leadingWild || WORD_CHAR_TEST.test(literal[0]);
    if (w === words.length - 1) boundaryAfter = trailingWild || WORD_CHAR_TEST.test(literal[literal.length - 1]);
  }
  return entry(source, atoms, boundaryBefore, boundaryAfter, literalLength + words.length - 1);
}

// In a term, a hyphen or space is an optional separator and a dot an optional dot.
const TERM_SEPARATORS = new Set(['-', ' ', '‐', '‑']);
const OPTIONAL_SEPARATOR: Atom = { source: '(?:[-‐‑]|\\s+)?', key: '(?:[-‐‑]|\\s+)?' };
const OPTIONAL_DOT: Atom = { source: '\\.?', key: '\\.?' };

/** A separator or dot of a term, which a match may leave out. */
export function isOptionalTermAtom(atom: Atom): boolean {
  return atom === OPTIONAL_SEPARATOR || atom === OPTIONAL_DOT;
}

/**
 * Parses one entry of a term list. Returns undefined for an entry that could match the empty string
 * (empty, or only separators and dots). The boundaries and the inflection ending are added for the
 * whole list (term-list.ts).
 */
export function parseTermEntry(source: string, options: { caseSensitive?: boolean } = {}): ParsedEntry | undefined {
  const text = source.trim();
  const atoms = Array.from(text, (char) =>
    TERM_SEPARATORS.has(char) ? OPTIONAL_SEPARATOR : char === '.' ? OPTIONAL_DOT : literalAtom(char, options.caseSensitive),
  );
  if (atoms.every((atom) => atom === OPTIONAL_SEPARATOR || atom === OPTIONAL_DOT)) return undefined;
  // UTF-16 length: longer terms are tried first ("E-Mail-Adresse" before "E-Mail").
  return entry(source, atoms, true, true, text.length);
}
