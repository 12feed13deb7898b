// The tone rule's quick test for shouting (rules/checks/tone.ts), read in one pass over the text. It
// answers exactly what `/\p{Lu}{2}/u.test(text) && MAY_BE_SHOUTED.test(text)` answers (property-tested against the two
// expressions): two capitals in a row somewhere, and four letters that are not lower-case with
// nothing but marks, underscores and apostrophes between them, or one such letter outside the BMP.
// Hand-written because it runs on every paragraph of every post, and the two Unicode-class
// expressions read each character through a table of ranges: about 10 µs a post, a tenth of that
// here, where most characters are ASCII and the others are classified once and remembered.

import { CodePointClasses } from '../text/code-point-classes';

/**
 * Where a word of hasShoutedShape may be (tone.ts): four letters that are not lower-case with
 * nothing but marks, underscores and apostrophes between them (what else a word without digits
 * holds), or a letter outside the BMP (two UTF-16 units: two such letters are four). A text without
 * either has no shouted word. The definition mayHoldShouting is tested against.
 */
export const MAY_BE_SHOUTED = /(?:[\p{M}_'’]*[\p{Lu}\p{Lt}\p{Lm}\p{Lo}]){4}|(?=[\u{10000}-\u{10FFFF}])[\p{Lu}\p{Lt}\p{Lm}\p{Lo}]/u;

const OTHER = 1;
/** \p{Lu} */
const CAPITAL = 2;
/** \p{Lt}, \p{Lm}, \p{Lo}: letters without case or title-case ones, which are not lower-case either. */
const NOT_LOWER = 3;
/** \p{M}, `_`, `'`, `’`: what may stand between the letters of a shouted word. */
const INSIDE_WORD = 4;

function classify(codePoint: number): number {
  const char = String.fromCodePoint(codePoint);
  if (/\p{Lu}/u.test(char)) return CAPITAL;
  if (/[\p{Lt}\p{Lm}\p{Lo}]/u.test(char)) return NOT_LOWER;
  return /[\p{M}_'’]/u.test(char) ? INSIDE_WORD : OTHER;
}

const classes = new CodePointClasses(classify);

/**
 * Two UTF-16 units in a row that could each belong to a capital letter: A–Z, or anything outside
 * ASCII (every other \p{Lu} is). Two capitals in a row need such a pair, so a text without one is
 * answered at once by the engine's native scan: about half of all paragraphs (no acronym, no emoji).
 */
const TWO_CAPITALS_POSSIBLE = /[A-Z\u0080-\uffff]{2}/;

/** True when `text` may hold a shouted word (see above); false means it certainly holds none. */
export function mayHoldShouting(text: string): boolean {
  if (!TWO_CAPITALS_POSSIBLE.test(text)) return false;
  let twoCapitals = false;
  let previousWasCapital = false;
  let notLowerLetters = 0;
  let notLowerRun = false;
  const length = text.length;
  for (let index = 0; index < length; ) {
    // A lone surrogate is a code point of its own (OTHER), as with flag u.
    const codePoint = text.codePointAt(index)!;
    const kind = classes.of(codePoint);
    const astral = codePoint > 0xffff;
    index += astral ? 2 : 1;
    if (kind === CAPITAL) {
      if (previousWasCapital) twoCapitals = true;
      previousWasCapital = true;
    } else {
      previousWasCapital = false;
    }
    if (kind === CAPITAL || kind === NOT_LOWER) {
      if (astral || ++notLowerLetters >= 4) notLowerRun = true;
    } else if (kind !== INSIDE_WORD) {
      notLowerLetters = 0;
    }
    if (twoCapitals && notLowerRun) return true;
  }
  return false;
}
