// A cheap "is this German?" for rules that only make sense in German (du/Sie), used when a post is
// marked or detected as English: a German sentence inside it still counts. Function words are
// reliable on the short texts of social posts, where statistical detectors often guess.

import { trieSource } from './matcher';
import { parseEntry } from './word-list-syntax';

// Function words; "dein…" counts in every form ("deine", "deinem").
const GERMAN_WORDS = [
  'und', 'der', 'die', 'das', 'nicht', 'ist', 'sind', 'wir', 'ich', 'du', 'dich', 'dir', 'euch', 'eur', 'eure', 'ihr', 'Sie', 'Ihnen', 'bitte',
  'danke', 'hallo', 'mit', 'für', 'auf', 'schon', 'gern', 'gerne', 'heute', 'uns', 'auch', 'noch', 'oder', 'aber', 'wenn', 'kannst', 'können',
  'habt', 'hast', 'haben',
];
const ENGLISH_WORDS = [
  'and', 'the', 'not', 'is', 'are', 'we', 'you', 'your', 'please', 'thank', 'thanks', 'hello', 'with', 'for', 'our', 'today', 'will', 'this',
  'can', 'have', 'what', 'it',
];

/** The words as one alternation that shares their prefixes: the engine tries alternatives one by one. */
function alternation(words: readonly string[]): string {
  return trieSource(words.map((word) => parseEntry(word)!));
}

// The function words in a capture group, each followed by a non-letter; "no letter before" is
// checked per match in `count` rather than with a look-behind, which the engine would evaluate at
// every position of the text (twice as slow on the benchmark corpus). Every match of the group runs
// to the end of a run of letters, so the order of the alternatives does not change what matches.
const GERMAN = new RegExp(`((?:${alternation(GERMAN_WORDS)}|dein\\p{L}*)(?![\\p{L}]))|[äöüß]`, 'giu');
const ENGLISH = new RegExp(`(${alternation(ENGLISH_WORDS)}(?![\\p{L}]))`, 'giu');
const LETTER_AT_END = /\p{L}$/u;

/**
 * How many times `regex` matches in `text`, up to `limit`, where a match of its first group must not
 * follow a letter — as `(?<![\p{L}])` before that group would have it: such a match is dropped and
 * the search goes on one character further.
 */
function count(regex: RegExp, text: string, limit = Infinity): number {
  let found = 0;
  regex.lastIndex = 0;
  let match: RegExpExecArray | null;
  while (found < limit && (match = regex.exec(text)) !== null) {
    const at = match.index;
    if (match[1] !== undefined && at > 0 && LETTER_AT_END.test(text.slice(Math.max(0, at - 2), at))) {
      regex.lastIndex = at + (text.codePointAt(at)! > 0xffff ? 2 : 1);
      continue;
    }
    found++;
  }
  return found;
}

/** True when `text` has clearly more German than English function words (and at least two). */
export function looksGerman(text: string): boolean {
  const german = count(GERMAN, text);
  // Fewer than two German words decide (most English posts): the English ones need not be counted,
  // and else only as far as they decide.
  if (german < 2) return false;
  return count(ENGLISH, text, german) < german;
}
