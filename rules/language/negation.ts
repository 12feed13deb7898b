// Negation and prohibition cues in German and English ("nie", "keine", "never", "don't"), minus the
// set phrases that contain a negation word but negate nothing the writer asks for ("kein Problem",
// "no worries", "vergiss nicht"). These are closed word classes of the two languages, not
// configurable vocabulary, so they live here rather than in a word list.

import { PhraseList, type Word } from './words';

const NEGATION_WORDS = new Set([
  // German
  'nicht', 'nie', 'niemals', 'nimmer', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines',
  'niemand', 'niemandem', 'niemanden', 'nirgends', 'nirgendwo', 'nichts', 'ohne', 'keinesfalls',
  'weder', 'statt', 'anstatt', 'anstelle', 'nö', 'nee',
  // English
  'not', 'never', 'no', 'none', 'nobody', 'nothing', 'without', 'neither', 'nor', 'nowhere',
  'dont', 'doesnt', 'didnt', 'wont', 'cant', 'cannot', 'shouldnt', 'wouldnt', 'couldnt', 'isnt',
  'arent', 'wasnt', 'werent', 'mustnt', 'neednt', 'havent', 'hasnt',
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

/** True for a single negating word: "nie", "keine", "never", "don't", "won't". */
export function isNegationWord(word: Word): boolean {
  if (NEGATION_WORDS.has(word.lower)) return true;
  return /n't$/u.test(word.lower);
}

/**
 * Indexes of the negations in `words[from..to)`: each negating word, or the first word of a
 * negating phrase, skipping the words of non-negating idioms.
 */
export function findNegations(words: readonly Word[], from = 0, to = words.length): number[] {
  const skip = new Set<number>();
  for (const { index, length } of NON_NEGATING_IDIOMS.all(words, from, to)) {
    for (let offset = 0; offset < length; offset++) skip.add(index + offset);
  }
  const found: number[] = [];
  for (let index = from; index < to; index++) {
    if (skip.has(index)) continue;
    if (isNegationWord(words[index]!)) {
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
  if (words[index]!.lower !== 'statt') return false;
  for (let cursor = index - 1; cursor >= from; cursor--) if (FINDEN.has(words[cursor]!.lower)) return true;
  return false;
}

/** True when `words[from..to)` contains a negation (idioms aside). */
export function hasNegation(words: readonly Word[], from = 0, to = words.length): boolean {
  return findNegations(words, from, to).length > 0;
}
