// The tone rule's quick test for shouting (rules/checks/tone.ts), read in one pass over the text. It answers exactly what
// `/\p{Lu}{2}/u.test(text) && MAY_BE_SHOUTED.test(text)` answers (property-tested against the two
// expressions): two capitals in a row somewhere, and four letters that are not lower-case with
// nothing but marks, underscores and apostrophes between them, or one such letter outside the BMP.
// Hand-written because it runs on every paragraph of every post, and the two Unicode-class
// expressions read each character through a table of ranges: about 10 µs a post, a tenth of that
// here, where most characters are ASCII and the others are classified once and remembered.

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

/** The class of each BMP code point, 0 until first seen (a lone surrogate is OTHER, as with flag u). */
const bmpClasses = new Uint8Array(0x10000);
for (let unit = 0; unit < 0x80; unit++) bmpClasses[unit] = classify(unit);
const astralClasses = new Map<number, number>();

function classOfAstral(codePoint: number): number {
  let found = astralClasses.get(codePoint);
  if (found === undefined) {
    found = classify(codePoint);
    // Bounded: a text of many distinct astral characters must not grow it without end.
    if (astralClasses.size >= 4096) astralClasses.clear();
    astralClasses.set(codePoint, found);
  }
  return found;
}

/** True when `text` may hold a shouted word (see above); false means it certainly holds none. */
export function mayHoldShouting(text: string): boolean {
  let twoCapitals = false;
  let previousWasCapital = false;
  let notLowerLetters = 0;
  let notLowerRun = false;
  const length = text.length;
  for (let index = 0; index < length; ) {
    const unit = text.charCodeAt(index);
    let kind: number;
    let astral = false;
    if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < length && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00) {
      kind = classOfAstral(((unit - 0xd800) << 10) + (text.charCodeAt(index + 1) - 0xdc00) + 0x10000);
      astral = true;
      index += 2;
    } else {
      kind = bmpClasses[unit] || (bmpClasses[unit] = classify(unit));
      index++;
    }
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
