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
import { isAllCaps, isCapitalized, isLowerCase, tokenize, type Word } from './words';

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
const ADDRESS_WORDS = new Set([...INFORMAL, ...POSSESSIVE_FORMAL, ...IMPERATIVES_SINGULAR, ...IMPERATIVES_PLURAL, 'ihr', 'sie', 'ihnen']);

/** Every word of `text` that addresses the reader, in order. */
export function findAddressMarks(text: string, options: AddressOptions = {}): AddressMark[] {
  const reader = new Reader(text, options);
  const marks: AddressMark[] = [];
  reader.words.forEach((word, index) => {
    const form = reader.classify(index);
    if (form) marks.push({ form, word: word.text, start: word.start, end: word.end });
  });
  return marks;
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

class Reader {
  readonly words: Word[];
  /** Whether each word opens a sentence, found on first question: most words are never asked about. */
  private readonly initial: Array<boolean | undefined> = [];

  constructor(
    private readonly text: string,
    private readonly options: AddressOptions,
  ) {
    this.words = tokenize(text);
  }

  private opensSentence(index: number): boolean {
    let initial = this.initial[index];
    if (initial === undefined) {
      const word = this.words[index];
      initial = word !== undefined && startsSentence(this.text, word.start);
      this.initial[index] = initial;
    }
    return initial;
  }

  classify(index: number): AddressFormId | undefined {
    const word = this.words[index]!;
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
    const word = this.words[index];
    const following = this.words[index + 1];
    if (!word || !following) return undefined;
    return /^[ \t\u00a0]+$/u.test(this.text.slice(word.end, following.start)) ? following : undefined;
  }

  private previous(index: number): Word | undefined {
    const word = this.words[index];
    const before = this.words[index - 1];
    if (!word || !before) return undefined;
    return /^[ \t\u00a0]+$/u.test(this.text.slice(before.end, word.start)) ? before : undefined;
  }

  /** Capitalised at the start of a sentence, or written in capitals: position tells nothing. */
  private isAmbiguousPosition(index: number): boolean {
    return this.opensSentence(index) || isAllCaps(this.words[index]!.text);
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
      sentences.unshift(this.words.slice(start, end));
      end = start;
    }
    return sentences;
  }

  // --- du ---------------------------------------------------------------------------------------

  /** "Café du Monde": the French article between two names. */
  private isFrenchDu(index: number): boolean {
    const word = this.words[index]!;
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
      if (!(after.lower === 'uns' && (this.words[index]!.lower === 'lass' || this.words[index]!.lower === 'lasst'))) return false;
    }
    // Walk back over "jetzt", "einfach", "bitte" … to the start of a sentence (or, for the
    // singular, of a clause: "Hallo Anna, schau mal vorbei").
    let cursor = index;
    while (cursor > 0 && !this.opensSentence(cursor) && IMPERATIVE_LEAD.has(this.words[cursor - 1]!.lower) && this.previous(cursor)) cursor--;
    if (this.opensSentence(cursor)) return true;
    if (!IMPERATIVES_SINGULAR.has(this.words[index]!.lower)) return false;
    const before = this.words[cursor - 1];
    return before !== undefined && /^[\s]*,[\s]*$/u.test(this.text.slice(before.end, this.words[cursor]!.start));
  }

  // --- ihr / Ihr ----------------------------------------------------------------------------------

  /** A verb of the second person plural: listed, or a lower-case word ending in -t/-d that is no known non-verb. */
  private isPluralVerb(word: Word | undefined, capitalisedOk = false): boolean {
    if (!word || !(isLowerCase(word.text) || capitalisedOk)) return false;
    if (PLURAL_VERBS.has(word.lower)) return true;
    return /(?:t|d)$/u.test(word.lower) && word.lower.length >= 3 && !NOT_VERBS.has(word.lower) && !THIRD_SINGULAR.has(word.lower);
  }

  private classifyIhr(index: number): AddressFormId | undefined {
    const word = this.words[index]!;
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
      for (let ahead = index + 1, cursor = index; ahead < Math.min(this.words.length, index + 5); ahead++) {
        if (!this.next(cursor)) break;
        if (PLURAL_VERBS.has(this.words[ahead]!.lower)) return 'du';
        cursor = ahead;
      }
      return undefined;
    }
    return this.classifyPossessive(index);
  }

  /** "Ihre Bestellung", "Ihr Paket": formal "your" — or "her/their" where a sentence starts. */
  private classifyPossessive(index: number): AddressFormId | undefined {
    const word = this.words[index]!;
    if (isLowerCase(word.text)) return undefined;
    const after = this.next(index);
    if (!after) return undefined;
    if (!this.isAmbiguousPosition(index)) return 'sie';
    return this.previousSentences(index).some((words) => this.hasFeminineOrPluralSubject(words)) ? undefined : 'sie';
  }

  // --- Sie / Ihnen --------------------------------------------------------------------------------

  private classifySie(index: number): AddressFormId | undefined {
    const word = this.words[index]!;
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
    const word = this.words[index]!;
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
      const sentenceEnd = this.text.slice(this.words[index]!.end).search(/[.!?\n]/u);
      return sentenceEnd >= 0 && this.text[this.words[index]!.end + sentenceEnd] === '?' ? 'sie' : undefined;
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
