// Negation in German and English ("nie", "keine", "never", "don't"), read two ways:
//   - around a word: `negatorBefore` finds a negator among the few words before a match ("nicht
//     schlecht", "keine dumme Frage", "isn't bad") — tone and competitor, with the negators of their
//     own word lists (`negatorSet`);
//   - in a clause: `findNegations` finds every negation cue, minus the set phrases that contain a
//     negation word but negate nothing the writer asks for ("kein Problem", "no worries", "vergiss
//     nicht") — customer-data. These are closed word classes of the two languages, not configurable
//     vocabulary, so they live here rather than in a word list.

import { firstFrom } from './span';
import { PhraseList, type Word } from './words';

export interface NegatorSet {
  /** Negating words in lower case ("nicht", "kein", "not"); "n't" stands for every word ending in n't. */
  negators: ReadonlySet<string>;
  /** Words after a negator that cancel it ("nicht nur gut" = "not only good"). */
  notNegating: ReadonlySet<string>;
}

export function negatorSet(negators: readonly string[], notNegating: readonly string[] = []): NegatorSet {
  return {
    negators: new Set(negators.map((word) => word.toLowerCase())),
    notNegating: new Set(notNegating.map((word) => word.toLowerCase())),
  };
}

/** True when `word` (any case, either apostrophe) is a negator of `set`. */
export function isNegator(word: string, set: NegatorSet): boolean {
  return isNormalizedNegator(word.toLowerCase().replace('’', "'"), set);
}

/** `isNegator` for a word already in lower case with a plain apostrophe. */
function isNormalizedNegator(lower: string, set: NegatorSet): boolean {
  return set.negators.has(lower) || (set.negators.has("n't") && lower.endsWith("n't"));
}

/**
 * The negator among the `window` words before `start` (all inside `[from, start)`), or undefined.
 * `words` are the words of the text in order.
 */
export function negatorBefore(words: readonly Word[], start: number, from: number, window: number, set: NegatorSet): Word | undefined {
  const index = firstFrom(words, start);
  for (let i = index - 1, seen = 0; i >= 0 && seen < window; i--, seen++) {
    const word = words[i];
    if (word.start < from) break;
    if (!isNegator(word.text, set)) continue;
    const next = words[i + 1];
    if (next && next.start < start && set.notNegating.has(next.text.toLowerCase())) continue;
    return word;
  }
  return undefined;
}

// The single negating words of both languages, contractions included ("don't", "won't" via "n't").
const NEGATION_WORDS = negatorSet([
  // German
  'nicht', 'nie', 'niemals', 'nimmer', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines',
  'niemand', 'niemandem', 'niemanden', 'nirgends', 'nirgendwo', 'nichts', 'ohne', 'keinesfalls',
  'weder', 'statt', 'anstatt', 'anstelle', 'nö', 'nee',
  // English
  'not', 'never', 'no', 'none', 'nobody', 'nothing', 'without', 'neither', 'nor', 'nowhere',
  'dont', 'doesnt', 'didnt', 'wont', 'cant', 'cannot', 'shouldnt', 'wouldnt', 'couldnt', 'isnt',
  'arent', 'wasnt', 'werent', 'mustnt', 'neednt', 'havent', 'hasnt', "n't",
]);

// Multi-word negations that none of the single words above catch.
const NEGATION_PHRASES = new PhraseList(['no one', 'instead of', 'rather than', 'auf keinen fall']);

/**
 * Phrases with a negation word that do not negate the rest of the clause. "vergiss nicht" and
 * "don't forget" are reminders: they make a request stronger, not weaker.
 */
export const NON_NEGATING_IDIOMS = new PhraseList([
  'kein problem', 'keine sorge', 'keine sorgen', 'kein stress', 'keine panik', 'kein ding',
  'nichts zu danken', 'nicht vergessen', 'vergiss nicht', 'vergesst nicht', 'vergessen sie nicht',
  'nicht nur', 'oder nicht', 'gar nicht so schwer',
  'no problem', 'no worries', 'no stress', 'not a problem', "don't worry", 'dont worry',
  "don't forget", 'dont forget', 'not only', 'no need to worry', 'no rush',
]);

/** True for a single negating word from `tokenize`: "nie", "keine", "never", "don't", "won't". */
export function isNegationWord(word: Word): boolean {
  return isNormalizedNegator(word.lower, NEGATION_WORDS);
}

/**
 * Indexes of the negations in `words[from..to)` (words from `tokenize`): each negating word, or the
 * first word of a negating phrase, skipping the words of non-negating idioms.
 */
export function findNegations(words: readonly Word[], from = 0, to = words.length): number[] {
  const skip = new Set<number>();
  for (const { index, length } of NON_NEGATING_IDIOMS.all(words, from, to)) {
    for (let offset = 0; offset < length; offset++) skip.add(index + offset);
  }
  const found: number[] = [];
  for (let index = from; index < to; index++) {
    if (skip.has(index)) continue;
    if (isNegationWord(words[index])) {
      if (!isStattfinden(words, from, index)) found.push(index);
      continue;
    }
    if (NEGATION_PHRASES.at(words, index, to)) found.push(index);
  }
  return found;
}

// "Das Event findet morgen statt": the particle of "stattfinden", not "instead of".
const FINDEN = new Set(['findet', 'finden', 'fand', 'fanden', 'fände']);

function isStattfinden(words: readonly Word[], from: number, index: number): boolean {
  if (words[index].lower !== 'statt') return false;
  for (let cursor = index - 1; cursor >= from; cursor--) if (FINDEN.has(words[cursor].lower)) return true;
  return false;
}

/** True when `words[from..to)` contains a negation (idioms aside). */
export function hasNegation(words: readonly Word[], from = 0, to = words.length): boolean {
  return findNegations(words, from, to).length > 0;
}
