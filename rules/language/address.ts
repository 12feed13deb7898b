// How a German text addresses its reader: informal ("du", "dich", "euch", "Schau vorbei!") or
// formal ("Sie", "Ihnen", "Ihr Paket"). The hard part is that "Sie", "Ihr" and "Ihnen" also mean
// she/they/her/their, and that German capitalises every word at the start of a sentence:
//   - "Sie"/"Ihnen"/"Ihre" capitalised in the middle of a sentence are formal address (the third
//     person is written lower case there);
//   - at the start of a sentence "Sie ist …" (third person singular verb) is "she/it"; with a plural
//     verb it is formal unless the sentence before names a plural the pronoun can refer to
//     ("Unsere Techniker sind unterwegs. Sie melden sich …");
//   - "ihr"/"Ihr" next to a plural verb ("habt ihr", "Ihr seid") or in a greeting ("Ihr Lieben") is
//     the informal plural; before a noun it is a possessive (formal only when capitalised mid-
//     sentence); after a preposition ("mit ihr") it is "her".
// Callers mask quotations, links and hashtags first (mask.ts): a quoted customer is not our address.

import vocabulary from '../words/address-form.json';
import { extractTokens } from '../post/tokens';
import { maskRanges, quotedRanges } from './mask';
import { startsSentence } from './sentences';
import { isAllCaps, isCapitalized, isLowerCase, type Word } from './words';

export type AddressFormId = 'du' | 'sie';

export interface AddressMark {
  form: AddressFormId;
  /** The word as written ("Sie", "dich", "Schau"). */
  word: string;
  start: number;
  end: number;
}

export interface AddressOptions {
  /**
   * Customer text (`in-reply-to`): customers often write the formal "sie" in lower case ("können
   * sie mir sagen …"); count those too.
   */
  lenient?: boolean;
}

const INFORMAL = new Set(vocabulary.informal);
const IMPERATIVES_SINGULAR = new Set(vocabulary.imperativesSingular);
const IMPERATIVES_PLURAL = new Set(vocabulary.imperativesPlural);
const IMPERATIVE_LEAD = new Set(vocabulary.imperativeLead);
const NOT_AFTER_IMPERATIVE = new Set(vocabulary.imperativeNotBefore.words);
const PLURAL_VERBS = new Set(vocabulary.pluralVerbs);
const NOT_VERBS = new Set(vocabulary.notPluralVerbs.words);
const VOCATIVES = new Set(vocabulary.vocatives.words);
const PREPOSITIONS = new Set(vocabulary.prepositions);
const THIRD_SINGULAR = new Set(vocabulary.thirdSingularVerbs);
const PLURAL_QUANTIFIERS = new Set(vocabulary.pluralQuantifiers);
const DETERMINERS = new Set(vocabulary.determiners);
const FEMININE_ENDING = new RegExp(`(?:${vocabulary.feminineEndings.join('|')})$`, 'u');
const PLURAL_VERBS_THIRD = new Set(vocabulary.pluralVerbsThird);
const FORMAL_MODALS = new Set(vocabulary.formalModals);
const POSSESSIVE_FORMAL = new Set(['ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'ihres']);
const PERSONAL_PRONOUNS = new Set(['wir', 'ihr', 'sie', 'du', 'ich', 'er', 'es']);
/** Every word `classify` looks at further. */
export const ADDRESS_WORDS = new Set([...INFORMAL, ...POSSESSIVE_FORMAL, ...IMPERATIVES_SINGULAR, ...IMPERATIVES_PLURAL, 'ihr', 'sie', 'ihnen']);

/** Every word of `text` that addresses the reader, in order. */
export function findAddressMarks(text: string, options: AddressOptions = {}): AddressMark[] {
  const candidates: number[] = [];
  const count = cutWords(text, candidates);
  const marks: AddressMark[] = [];
  // Most posts hold a few words of ADDRESS_WORDS or none: only those are classified.
  if (candidates.length === 0) return marks;
  const reader = new Reader(text, options, count);
  for (const index of candidates) {
    const form = reader.classify(index);
    if (form) {
      const word = reader.word(index)!;
      marks.push({ form, word: word.text, start: word.start, end: word.end });
    }
  }
  reader.release();
  return marks;
}

/**
 * The words of `text` as findAddressMarks cuts them, and which of them it classifies: for the test
 * that checks them against `tokenize` and the vocabulary.
 */
export function addressReading(text: string): { words: Array<{ start: number; end: number }>; candidates: number[] } {
  const candidates: number[] = [];
  const count = cutWords(text, candidates);
  const words = [];
  for (let index = 0; index < count; index++) words.push({ start: wordStarts[index]!, end: wordEnds[index]! });
  return { words, candidates };
}

/** How many words of `text` open a sentence (see `startsSentence`). */
export function countSentenceStarts(text: string): number {
  const count = cutWords(text);
  let starts = 0;
  for (let index = 0; index < count; index++) if (opensSentenceAt(text, wordStarts[index]!)) starts++;
  return starts;
}

/**
 * `startsSentence(text, offset)`, answered at once where most words stand: after spaces that
 * follow a letter, a digit or a comma, none of which ends a sentence. (startsSentence tests
 * expressions at each character of its walk back.)
 */
function opensSentenceAt(text: string, offset: number): boolean {
  let index = offset - 1;
  while (index >= 0 && text.charCodeAt(index) === 0x20) index--;
  if (index >= 0) {
    const unit = text.charCodeAt(index);
    const folded = unit | 0x20;
    // A comma, ASCII letters and digits, and the letters of Latin-1 (not × and ÷).
    if (unit === 0x2c || (folded >= 0x61 && folded <= 0x7a) || (unit >= 0x30 && unit <= 0x39) || (unit >= 0xc0 && unit <= 0xff && unit !== 0xd7 && unit !== 0xf7)) return false;
  }
  return startsSentence(text, offset);
}

/**
 * The form a whole message uses (quotations, links, mentions and hashtags aside), or undefined
 * when it addresses nobody. For a customer's message pass `lenient`.
 */
export function addressFormOf(text: string, options: AddressOptions = {}): AddressFormId | undefined {
  const masked = maskRanges(text, [...quotedRanges(text), ...extractTokens(text).all]);
  return dominantForm(findAddressMarks(masked, options));
}

/** The form most of `marks` use; a tie counts as formal (the polite reading of a mixed message). */
export function dominantForm(marks: readonly AddressMark[]): AddressFormId | undefined {
  if (marks.length === 0) return undefined;
  const formal = marks.filter((mark) => mark.form === 'sie').length;
  return formal * 2 >= marks.length ? 'sie' : 'du';
}

// --- cutting words ----------------------------------------------------------------------------------
//
// The words are cut as `tokenize` cuts them (a unit test checks that), but only their offsets are
// kept, in buffers reused from one text to the next: a post has some thirty words for every word of
// address, and making an object and a lower-case string for each was most of this rule's cost. The
// loop is hand-written because it replaces `tokenize`'s allocations, which no library avoids.

/** Offsets of the words of the text being read; valid until the next `cutWords`. */
let wordStarts = new Int32Array(0);
let wordEnds = new Int32Array(0);

// What the loop needs to know of a UTF-16 code unit, in one look-up: its kind (the two low bits)
// and, above them, 1 + its lower case when that occurs in a word of ADDRESS_WORDS, else 0.
const WORD_UNIT = 1;
const OTHER_UNIT = 2;
/** A high surrogate: the code point it starts decides. */
const SURROGATE_UNIT = 3;
/** Per code unit, found on first sight (0: not yet). */
const unitInfos = new Uint16Array(0x10000);
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;
const astralWordCharacters = new Map<number, boolean>();

function unitInfo(unit: number): number {
  const info = unitInfos[unit]!;
  return info === 0 ? learnUnit(unit) : info;
}

function learnUnit(unit: number): number {
  if (!addressLetters) indexAddressWords();
  let kind: number;
  if (unit < 0x80) {
    const folded = unit | 0x20;
    kind = (unit >= 0x30 && unit <= 0x39) || (folded >= 0x61 && folded <= 0x7a) ? WORD_UNIT : OTHER_UNIT;
  } else if (unit >= 0xd800 && unit <= 0xdbff) {
    kind = SURROGATE_UNIT;
  } else {
    kind = WORD_CHARACTER.test(String.fromCharCode(unit)) ? WORD_UNIT : OTHER_UNIT;
  }
  // tokenize reads a typographic apostrophe as "'"; a word's lower case is that of its characters.
  const lower = unit === 0x2019 ? "'" : String.fromCharCode(unit).toLowerCase();
  const address = lower.length === 1 && addressLetters!.has(lower.charCodeAt(0)) ? lower.charCodeAt(0) + 1 : 0;
  const info = (address << 2) | kind;
  unitInfos[unit] = info;
  return info;
}

/** UTF-16 length of the word character that starts with the high surrogate at `index`, or 0. */
function astralWidth(text: string, index: number): number {
  const codePoint = text.codePointAt(index)!;
  if (codePoint <= 0xffff) return 0; // a lone surrogate
  let isWord = astralWordCharacters.get(codePoint);
  if (isWord === undefined) {
    isWord = WORD_CHARACTER.test(String.fromCodePoint(codePoint));
    astralWordCharacters.set(codePoint, isWord);
  }
  return isWord ? 2 : 0;
}

/** UTF-16 length of the word character at `index` (as in words.ts), or 0 when it is none. */
function wordCharacterLength(text: string, index: number): number {
  const kind = unitInfo(text.charCodeAt(index)) & 3;
  return kind === WORD_UNIT ? 1 : kind === SURROGATE_UNIT ? astralWidth(text, index) : 0;
}

/** ' ’ - ‐ ‑: they join two words into one. */
function isJoiner(unit: number): boolean {
  return unit === 0x27 || unit === 0x2019 || unit === 0x2d || unit === 0x2010 || unit === 0x2011;
}

// A word is looked up in ADDRESS_WORDS only when a hash of its lower case, taken while it is cut,
// hits a bit set by one of them: no string is made for the other words.
const HASH_BITS = 0xffff;
const ADDRESS_HASHES = new Uint8Array(HASH_BITS + 1);
let addressLetters: Set<number> | undefined;
let shortestAddressWord = Infinity;
let longestAddressWord = 0;

function indexAddressWords(): void {
  addressLetters = new Set();
  for (const word of ADDRESS_WORDS) {
    let hash = 0;
    for (let index = 0; index < word.length; index++) {
      addressLetters.add(word.charCodeAt(index));
      hash = (Math.imul(hash, 31) + word.charCodeAt(index)) | 0;
    }
    ADDRESS_HASHES[hash & HASH_BITS] = 1;
    shortestAddressWord = Math.min(shortestAddressWord, word.length);
    longestAddressWord = Math.max(longestAddressWord, word.length);
  }
}

/**
 * Cuts `text` into words (offsets in `wordStarts`/`wordEnds`) and returns how many there are; the
 * index of every word that may be one of ADDRESS_WORDS goes to `candidates`.
 */
function cutWords(text: string, candidates?: number[]): number {
  if (!addressLetters) indexAddressWords();
  const length = text.length;
  // Words are one character or more, with one or more between them.
  if (wordStarts.length <= length >> 1) {
    wordStarts = new Int32Array((length >> 1) + 1);
    wordEnds = new Int32Array((length >> 1) + 1);
  }
  let count = 0;
  let index = 0;
  for (;;) {
    // To the next word character.
    while (index < length && wordCharacterLength(text, index) === 0) index++;
    if (index >= length) break;
    const start = index;
    let hash = 0;
    // Whether every unit so far occurs in a word of ADDRESS_WORDS.
    let addressLike = true;
    for (;;) {
      while (index < length) {
        const info = unitInfo(text.charCodeAt(index));
        const kind = info & 3;
        if (kind === WORD_UNIT) {
          if (info < 4) addressLike = false;
          else hash = (Math.imul(hash, 31) + (info >> 2) - 1) | 0;
          index++;
        } else if (kind === SURROGATE_UNIT) {
          const width = astralWidth(text, index);
          if (width === 0) break;
          addressLike = false;
          index += width;
        } else {
          break;
        }
      }
      // A joiner between two word characters continues the word ("E-Mail", "geht's").
      if (index + 1 < length && isJoiner(text.charCodeAt(index)) && wordCharacterLength(text, index + 1) > 0) {
        const info = unitInfo(text.charCodeAt(index));
        if (info < 4) addressLike = false;
        else hash = (Math.imul(hash, 31) + (info >> 2) - 1) | 0;
        index++;
      } else {
        break;
      }
    }
    wordStarts[count] = start;
    wordEnds[count] = index;
    if (candidates && addressLike && index - start >= shortestAddressWord && index - start <= longestAddressWord && ADDRESS_HASHES[hash & HASH_BITS] === 1) {
      candidates.push(count);
    }
    count++;
  }
  return count;
}

// What a Reader learnt of each word, kept in buffers reused from one text to the next and valid
// while their stamp is the Reader's: most words are never asked about.
let readerStamp = 0;
const wordObjects: Array<Word | undefined> = [];
let wordStamps = new Int32Array(1024);
/** `readerStamp` where the word opens a sentence, its negative where it does not. */
let sentenceOpenings = new Int32Array(1024);

/** Reads the words cut last by `cutWords`, making a Word of those it is asked about. */
class Reader {
  private readonly stamp = ++readerStamp;
  /** The words made, to let go of when done (a long word's text keeps the whole text alive). */
  private readonly made: number[] = [];

  constructor(
    private readonly text: string,
    private readonly options: AddressOptions,
    private readonly count: number,
  ) {
    if (wordStamps.length < count) {
      wordStamps = new Int32Array(wordStarts.length);
      sentenceOpenings = new Int32Array(wordStarts.length);
    }
    while (wordObjects.length < count) wordObjects.push(undefined);
  }

  word(index: number): Word | undefined {
    if (index < 0 || index >= this.count) return undefined;
    if (wordStamps[index] === this.stamp) return wordObjects[index];
    const start = wordStarts[index]!;
    const end = wordEnds[index]!;
    const found = this.text.slice(start, end);
    // As tokenize writes it: a typographic apostrophe as "'".
    const written = found.includes('’') ? found.replace(/’/g, "'") : found;
    const word = { text: written, lower: written.toLowerCase(), start, end };
    wordObjects[index] = word;
    wordStamps[index] = this.stamp;
    this.made.push(index);
    return word;
  }

  release(): void {
    for (const index of this.made) wordObjects[index] = undefined;
  }

  private opensSentence(index: number): boolean {
    if (index < 0 || index >= this.count) return false;
    const known = sentenceOpenings[index]!;
    if (known === this.stamp) return true;
    if (known === -this.stamp) return false;
    const opens = opensSentenceAt(this.text, wordStarts[index]!);
    sentenceOpenings[index] = opens ? this.stamp : -this.stamp;
    return opens;
  }

  classify(index: number): AddressFormId | undefined {
    const word = this.word(index)!;
    const lower = word.lower;
    // Most words are none of the words below: one look-up instead of five.
    if (!ADDRESS_WORDS.has(lower)) return undefined;
    if (INFORMAL.has(lower)) return this.isFrenchDu(index) ? undefined : 'du';
    if (lower === 'ihr') return this.classifyIhr(index);
    if (POSSESSIVE_FORMAL.has(lower)) return this.classifyPossessive(index);
    if (lower === 'sie') return this.classifySie(index);
    if (lower === 'ihnen') return this.classifyIhnen(index);
    if (IMPERATIVES_SINGULAR.has(lower) || IMPERATIVES_PLURAL.has(lower)) return this.isImperative(index) ? 'du' : undefined;
    return undefined;
  }

  // --- neighbours ------------------------------------------------------------------------------

  /** The next word if only spaces separate them (same clause). */
  private next(index: number): Word | undefined {
    const word = this.word(index);
    const following = this.word(index + 1);
    if (!word || !following) return undefined;
    return this.onlySpacesBetween(word.end, following.start) ? following : undefined;
  }

  private previous(index: number): Word | undefined {
    const word = this.word(index);
    const before = this.word(index - 1);
    if (!word || !before) return undefined;
    return this.onlySpacesBetween(before.end, word.start) ? before : undefined;
  }

  /** /^[ \t\u00a0]+$/ on the text from `from` to `to`, without cutting it out. */
  private onlySpacesBetween(from: number, to: number): boolean {
    if (from >= to) return false;
    for (let index = from; index < to; index++) {
      const unit = this.text.charCodeAt(index);
      if (unit !== 0x20 && unit !== 0x09 && unit !== 0xa0) return false;
    }
    return true;
  }

  private wordsBetween(start: number, end: number): Word[] {
    const words: Word[] = [];
    for (let index = start; index < end; index++) words.push(this.word(index)!);
    return words;
  }

  /** Capitalised at the start of a sentence, or written in capitals: position tells nothing. */
  private isAmbiguousPosition(index: number): boolean {
    return this.opensSentence(index) || isAllCaps(this.word(index)!.text);
  }

  /**
   * The sentences before the one starting at `index` — two of them, because a colon or an emoji
   * splits a thought ("Unsere Kunden sagen: Die App ist top. Sie nutzen sie täglich.").
   */
  private previousSentences(index: number): Word[][] {
    const sentences: Word[][] = [];
    let end = index;
    for (let count = 0; count < 2 && end > 0; count++) {
      let start = end - 1;
      while (start > 0 && !this.opensSentence(start)) start--;
      sentences.unshift(this.wordsBetween(start, end));
      end = start;
    }
    return sentences;
  }

  // --- du ---------------------------------------------------------------------------------------

  /** "Café du Monde": the French article between two names. */
  private isFrenchDu(index: number): boolean {
    const word = this.word(index)!;
    if (word.text !== 'du') return false;
    const before = this.previous(index);
    const after = this.next(index);
    return before !== undefined && after !== undefined && isCapitalized(before.text) && isCapitalized(after.text) && !this.opensSentence(index - 1);
  }

  private isImperative(index: number): boolean {
    const after = this.next(index);
    if (!after) return false;
    if (NOT_AFTER_IMPERATIVE.has(after.lower) || THIRD_SINGULAR.has(after.lower) || after.text === 'Sie' || /^\p{N}/u.test(after.text)) {
      // "Lass uns …" is an imperative all the same.
      if (!(after.lower === 'uns' && (this.word(index)!.lower === 'lass' || this.word(index)!.lower === 'lasst'))) return false;
    }
    // Walk back over "jetzt", "einfach", "bitte" … to the start of a sentence (or, for the
    // singular, of a clause: "Hallo Anna, schau mal vorbei").
    let cursor = index;
    while (cursor > 0 && !this.opensSentence(cursor) && IMPERATIVE_LEAD.has(this.word(cursor - 1)!.lower) && this.previous(cursor)) cursor--;
    if (this.opensSentence(cursor)) return true;
    if (!IMPERATIVES_SINGULAR.has(this.word(index)!.lower)) return false;
    const before = this.word(cursor - 1);
    return before !== undefined && /^[\s]*,[\s]*$/u.test(this.text.slice(before.end, this.word(cursor)!.start));
  }

  // --- ihr / Ihr ----------------------------------------------------------------------------------

  /** A verb of the second person plural: listed, or a lower-case word ending in -t/-d that is no known non-verb. */
  private isPluralVerb(word: Word | undefined, capitalisedOk = false): boolean {
    if (!word || !(isLowerCase(word.text) || capitalisedOk)) return false;
    if (PLURAL_VERBS.has(word.lower)) return true;
    return /(?:t|d)$/u.test(word.lower) && word.lower.length >= 3 && !NOT_VERBS.has(word.lower) && !THIRD_SINGULAR.has(word.lower);
  }

  private classifyIhr(index: number): AddressFormId | undefined {
    const word = this.word(index)!;
    const before = this.previous(index);
    const after = this.next(index);
    // "mit ihr", "von ihr": her.
    if (before && PREPOSITIONS.has(before.lower) && isLowerCase(before.text)) return undefined;
    // "Habt ihr …?", "Seid Ihr dabei?", "ihr könnt", "Ihr Lieben": the informal plural.
    if (before && PLURAL_VERBS.has(before.lower)) return 'du';
    if (after && (VOCATIVES.has(after.text) || this.isPluralVerb(after))) return 'du';
    // Before a noun or an adjective: a possessive ("Ihr Paket", "Anna und ihr Team").
    const adjectiveNoun = after !== undefined && isAdjective(after) && isCapitalized(this.next(index + 1)?.text ?? '');
    if (after && (isCapitalized(after.text) || adjectiveNoun)) return this.classifyPossessive(index);
    // "erreicht ihr", "Erreicht ihr": a verb in -t before it.
    if (before && /t$/u.test(before.lower) && this.isPluralVerb(before, this.opensSentence(index - 1))) return 'du';
    if (word.text === 'ihr') {
      // "dass ihr nicht kommen könnt": the verb may come later in the clause.
      for (let ahead = index + 1, cursor = index; ahead < Math.min(this.count, index + 5); ahead++) {
        if (!this.next(cursor)) break;
        if (PLURAL_VERBS.has(this.word(ahead)!.lower)) return 'du';
        cursor = ahead;
      }
      return undefined;
    }
    return this.classifyPossessive(index);
  }

  /** "Ihre Bestellung", "Ihr Paket": formal "your" — or "her/their" where a sentence starts. */
  private classifyPossessive(index: number): AddressFormId | undefined {
    const word = this.word(index)!;
    if (isLowerCase(word.text)) return undefined;
    const after = this.next(index);
    if (!after) return undefined;
    if (!this.isAmbiguousPosition(index)) return 'sie';
    return this.previousSentences(index).some((words) => this.hasFeminineOrPluralSubject(words)) ? undefined : 'sie';
  }

  // --- Sie / Ihnen --------------------------------------------------------------------------------

  private classifySie(index: number): AddressFormId | undefined {
    const word = this.word(index)!;
    if (isLowerCase(word.text)) return this.options.lenient ? this.lenientSie(index) : undefined;
    if (!this.isAmbiguousPosition(index)) return 'sie';
    const after = this.next(index);
    // "Sie ist schnell", "Sie kostet 5 €": she/it — the formal "Sie" takes a plural verb.
    // (A verb in -t after "Sie" is third person singular: the formal form never ends in -t.)
    if (after && isLowerCase(after.text) && (THIRD_SINGULAR.has(after.lower) || (/t$/u.test(after.lower) && !NOT_VERBS.has(after.lower)))) {
      return undefined;
    }
    return this.previousSentences(index).some((words) => this.hasPluralAntecedent(words)) ? undefined : 'sie';
  }

  private classifyIhnen(index: number): AddressFormId | undefined {
    const word = this.word(index)!;
    if (isLowerCase(word.text)) {
      // Customers: "ich danke ihnen".
      const before = this.previous(index);
      return this.options.lenient && before && /^(danke|dank)$/u.test(before.lower) ? 'sie' : undefined;
    }
    if (!this.isAmbiguousPosition(index)) return 'sie';
    return this.previousSentences(index).some((words) => this.hasPluralAntecedent(words)) ? undefined : 'sie';
  }

  /** Lower-case "sie" by a customer: "können sie mir sagen …", "haben sie …?". */
  private lenientSie(index: number): AddressFormId | undefined {
    const before = this.previous(index);
    const after = this.next(index);
    if (after && /^(mir|uns|bitte)$/u.test(after.lower)) return 'sie';
    if (before && FORMAL_MODALS.has(before.lower)) {
      const sentenceEnd = this.text.slice(this.word(index)!.end).search(/[.!?\n]/u);
      return sentenceEnd >= 0 && this.text[this.word(index)!.end + sentenceEnd] === '?' ? 'sie' : undefined;
    }
    return undefined;
  }

  // --- antecedents --------------------------------------------------------------------------------

  /** "Unsere Techniker", "die neuen Router", "zwei Kolleginnen", "Neue Router sind da": a plural. */
  private hasPluralAntecedent(words: readonly Word[]): boolean {
    for (let index = 0; index < words.length; index++) {
      const word = words[index]!;
      const following = words[index + 1];
      if (PLURAL_QUANTIFIERS.has(word.lower) && following && isCapitalized(following.text)) return true;
      // "Neue Router sind da": an adjective without determiner, capitalised at the sentence start.
      const leadingAdjective = index === 0 && /(?:e|en)$/u.test(word.lower) && following !== undefined && isCapitalized(following.text);
      if (DETERMINERS.has(word.lower) || isAdjective(word) || leadingAdjective) {
        const phrase = leadingAdjective
          ? { adjectives: [word], noun: following! }
          : nounPhraseAfter(words, DETERMINERS.has(word.lower) ? index + 1 : index);
        // After a determiner an adjective in -en marks the plural ("die neuen Router"); without
        // one it may be any case ("Vielen Dank"), so only the noun counts.
        const weakPlural = DETERMINERS.has(word.lower) && phrase?.adjectives.some((adjective) => /en$/u.test(adjective.lower));
        if (phrase && (weakPlural || looksPlural(phrase.noun))) return true;
      }
    }
    // "Die Router sind da." without a pronoun subject: a third-person plural.
    const hasPronoun = words.some((word) => PERSONAL_PRONOUNS.has(word.lower));
    return !hasPronoun && words.some((word) => PLURAL_VERBS_THIRD.has(word.lower));
  }

  /** The sentence before starts with a feminine or plural subject ("Die App ist da.", "Frau Lang …"). */
  private hasFeminineOrPluralSubject(words: readonly Word[]): boolean {
    if (this.hasPluralAntecedent(words)) return true;
    const first = words[0];
    if (!first) return false;
    if (/^(frau|kollegin|mitarbeiterin)$/u.test(first.lower)) return true;
    if (DETERMINERS.has(first.lower)) {
      const phrase = nounPhraseAfter(words, 1);
      return phrase !== undefined;
    }
    return isCapitalized(first.text) && FEMININE_ENDING.test(first.lower) && first.lower.length > 4;
  }
}

function isAdjective(word: Word): boolean {
  return isLowerCase(word.text) && /(?:e|en|er|es)$/u.test(word.lower) && word.lower.length > 3;
}

/** Up to two adjectives and a capitalised noun from `start`. */
function nounPhraseAfter(words: readonly Word[], start: number): { adjectives: Word[]; noun: Word } | undefined {
  const adjectives: Word[] = [];
  for (let index = start; index < Math.min(words.length, start + 3); index++) {
    const word = words[index]!;
    if (isCapitalized(word.text)) return { adjectives, noun: word };
    if (!isAdjective(word)) return undefined;
    adjectives.push(word);
  }
  return undefined;
}

/** "Techniker", "Kunden", "Apps", "Kolleginnen" — but not "Box", "Nachricht", "Lösung". */
function looksPlural(noun: Word): boolean {
  if (FEMININE_ENDING.test(noun.lower) && !/innen$/u.test(noun.lower)) return false;
  return /(?:en|ern|er|s|eln|innen)$/u.test(noun.lower);
}
