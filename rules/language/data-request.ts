// Does a post ASK the reader for customer data? "Schick uns bitte deine Kundennummer", "Wie lautet
// deine Vertragsnummer?", "Can you DM us your phone number?" do; "Gib niemals dein Passwort weiter",
// "Deine Kundennummer findest du auf der Rechnung", "We'll never ask for your PIN" do not.
//
// No parser understands informal German and English social-media text, so this is a careful set of
// heuristics over sentences, clauses and words:
//   1. find the data terms (data-terms.ts) and keep those that name the reader's data ("deine
//      Adresse", not "unsere Adresse" or "die Adresse des Events");
//   2. group the clauses of a sentence into units: a main or subordinate clause plus the clauses
//      that only continue its list ("Name, Adresse und Kundennummer") or sit inside it
//      ("Schick uns, wenn du magst, deine Kundennummer");
//   3. a unit asks for its terms when it has a request cue — an imperative of a "give" verb
//      (schick, nenn, send, tell …), an infinitive with a frame (kannst du …, bitte …, could you …),
//      a need ("wir brauchen", "we need") or a question for the value ("wie lautet", "what's your");
//   4. … and no negation, no fraud warning, no other place for the data (form, app, phone) and no
//      referral to customer care.

import vocabulary from '../words/customer-data.json';
import { splitClauses, type Clause } from './clauses';
import { findDataTerms, type DataTerm } from './data-terms';
import { maskRanges } from './mask';
import { findNegations } from './negation';
import { splitSentences, type Sentence } from './sentences';
import type { Span } from './span';
import { isCapitalized, isLowerCase, PhraseList, tokenize, type Word } from './words';
import type { Locale } from '../types';
import { escapeRegExp } from '../text/regexp';

export interface DataRequest {
  sentence: Sentence;
  /** The terms asked for, in order. */
  terms: DataTerm[];
  /** `private` when the sentence asks for the data by direct message or e-mail. */
  channel: 'public' | 'private';
  /** What a referral replaces: from the request (with the clauses leading into it) to the end of the sentence. */
  replace: Span;
  /**
   * What a replacement starts with to join what stays before it in the sentence: "" when nothing
   * stays, "! " after a greeting ("Hallo Max! …"), ". " after a clause ("Das tut uns leid. …"),
   * ": " or " – " where the writer had a colon or a dash.
   */
  joiner: string;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary, prepared once.

interface VerbEntry {
  imperative?: string[];
  second?: string[];
  infinitive?: string[];
  base?: string[];
  ing?: string[];
  needs: string[];
  messageLike?: boolean;
}

type VerbForm = 'imperative' | 'second' | 'infinitive' | 'base' | 'ing';

const VERB_FORMS = new Map<string, { entry: VerbEntry; form: VerbForm; lang: Locale }>();
for (const lang of ['de', 'en'] as const) {
  for (const entry of vocabulary.verbs[lang] as VerbEntry[]) {
    for (const form of ['imperative', 'second', 'infinitive', 'base', 'ing'] as const) {
      for (const word of entry[form] ?? []) {
        // German and English share some spellings ("send"); the first language listed wins, and
        // both treat it as an imperative.
        if (!VERB_FORMS.has(word)) VERB_FORMS.set(word, { entry, form, lang });
      }
    }
  }
}

const FRAMES_DE = new PhraseList(vocabulary.frames.de);
const FRAMES_DE_FORMAL = new Set(vocabulary.frames.deFormal);
const FRAMES_EN = new PhraseList(vocabulary.frames.en);
const IMPERATIVE_LEAD_EN = new Set(vocabulary.imperativeLead.en);
const NEED_SUBJECTS = new Set([...vocabulary.needs.de.subjects, ...vocabulary.needs.en.subjects]);
const NEED_VERBS = new Set([...vocabulary.needs.de.verbs, ...vocabulary.needs.en.verbs]);
const NEED_PHRASES = new PhraseList([...vocabulary.needs.de.phrases, ...vocabulary.needs.en.phrases]);
const QUESTIONS = new PhraseList([...vocabulary.questions.de, ...vocabulary.questions.en]);
const PRIVATE = new PhraseList([...vocabulary.private.de, ...vocabulary.private.en]);
const PUBLIC = new PhraseList([...vocabulary.public.de, ...vocabulary.public.en]);
const CARE = new PhraseList([...vocabulary.care.de, ...vocabulary.care.en]);
const CARE_PREPOSITIONS = new Set(vocabulary.carePrepositions);
const ELSEWHERE = new PhraseList([...vocabulary.elsewhere.de, ...vocabulary.elsewhere.en]);
const WARNINGS = new PhraseList([...vocabulary.warnings.de, ...vocabulary.warnings.en]);
const THIRD_PARTY_WHO = new Set(vocabulary.thirdParty.who);
const THIRD_PARTY_ASKS = new Set(vocabulary.thirdParty.asks);
const CALLBACK = new PhraseList(vocabulary.callback);
const COORDINATION = new PhraseList(vocabulary.coordination);
const MODIFIER_OF = new Set(vocabulary.modifierOf.words);
const GREETINGS = new Set(vocabulary.greetings);
const POLITE = new Set(vocabulary.elliptic.polite);

// Closed word classes of German and English grammar.
const POSSESSIVE_2ND = new Set(['dein', 'deine', 'deinen', 'deinem', 'deiner', 'deines', 'euer', 'eure', 'euren', 'eurem', 'eurer', 'eures', 'your', 'ur', 'yr', 'yer']);
// "Ihr(e)" is the formal "your" only when capitalised; lower-case "ihre" is "her/their".
const POSSESSIVE_FORMAL = new Set(['Ihr', 'Ihre', 'Ihren', 'Ihrem', 'Ihrer', 'Ihres']);
const POSSESSIVE_OTHER = new Set(['unser', 'unsere', 'unseren', 'unserem', 'unserer', 'unseres', 'our', 'mein', 'meine', 'meinen', 'meinem', 'meiner', 'meines', 'my', 'sein', 'seine', 'seinen', 'seinem', 'seiner', 'his', 'their', 'folgende', 'folgenden', 'following', 'this', 'that', 'diese', 'dieser', 'diesen']);
const ARTICLES = new Set(['die', 'der', 'das', 'den', 'dem', 'des', 'the', 'eine', 'einen', 'einer', 'ein', 'a', 'an']);
const INTERROGATIVE = /^(welche[rsnm]?|which|what)$/u;
const DEFINITE = new Set(['die', 'der', 'das', 'den', 'the']);
const RECIPIENTS = new Set(['uns', 'mir', 'us', 'me']);
const NOT_SUBJECT_OF_REQUEST = new Set(['ich', 'er', 'es', 'man', 'wir', 'we', 'i', 'they', 'he', 'she', 'it', "we'll", "i'll", "we're", "i'm", "they'll"]);
const CONJUNCTIONS = new Set(['und', 'oder', 'sowie', 'bzw', 'plus', 'and', 'or', '&', 'sowohl', 'als', 'auch', 'also', 'as', 'well']);
const SUBORDINATORS = new Set(['to', 'wenn', 'falls', 'damit', 'sodass', 'weil', 'da', 'ob', 'sobald', 'bevor', 'nachdem', 'um', 'sofern', 'obwohl', 'während', 'dass', 'if', 'because', 'since', 'when', 'once', 'before', 'after', 'unless', 'while', 'so', 'that', 'though', 'although']);
const CONDITIONAL = new Set(['wenn', 'falls', 'sobald', 'sofern', 'if', 'once', 'when']);
const SECOND_PERSON = new Set(['du', 'you', 'u', 'ihr']);
// Words a list item may contain besides its data terms ("und deine aktuelle Adresse schicken?").
const LIST_FILLER = new Set([
  'bitte', 'noch', 'auch', 'gern', 'gerne', 'kurz', 'mal', 'einfach', 'per', 'via', 'dm', 'pn', 'mit', 'an', 'durch', 'zu', 'zukommen', 'lassen',
  'please', 'too', 'also', 'as', 'well', 'by', 'in', 'pm', 'a', 'the', 'to', 'us', 'uns', 'mir', 'me', 'just',
]);

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;

// ---------------------------------------------------------------------------------------------

export interface FindOptions {
  /** Language for sentence splitting (default German). */
  locale?: Locale;
}

/** The sentences of `text` that ask for customer data. `text` should already be masked (see mask.ts). */
export function findDataRequests(original: string, options: FindOptions = {}): DataRequest[] {
  // E-mail addresses are no words ("an service@…" names no service team).
  const text = original.includes('@')
    ? maskRanges(original, [...original.matchAll(EMAIL)].map((match) => ({ start: match.index, end: match.index + match[0].length })))
    : original;
  // Most posts name no customer data at all and stop here: without a term no sentence can ask.
  const terms = findDataTerms(text);
  if (terms.length === 0) return [];
  if (!mayNameReadersData(text, terms)) return [];
  const within = (range: Span) => termsWithin(terms, range);
  const sentences = joinListSentences(text, splitSentences(text, options.locale ?? 'de'), within).map((sentence) =>
    readSentence(text, sentence, within(sentence)),
  );
  const requests: DataRequest[] = [];
  let previousAsked = false;
  sentences.forEach((sentence, index) => {
    // A pronoun may refer to data named in the sentence before — unless that sentence already
    // asked for it ("Wie lautet deine Kundennummer? Schick sie uns per DM." is one request).
    const previous = previousAsked ? undefined : sentences[index - 1];
    const request = analyseSentence(text, sentence, previous, sentences[index + 1]);
    if (request) requests.push(request);
    previousAsked = request !== undefined;
  });
  return requests;
}

// ---------------------------------------------------------------------------------------------
// Before the sentences: can any term name the reader's data?
//
// Most texts with terms name only ambiguous ones ("Adresse", "Nummer", "email"), and such a term
// names the reader's data (namesReadersData) only when its sentence has one of a few words: the
// reader ("deine", "dir", "you"), a call-back ("zurückrufen") or a list of names ("Name"). Without
// any such word in the whole text no sentence can ask, and the text is not split. The test is on
// the text, not on its words: a sentence starts and ends next to no letter or digit (ICU breaks
// only after a terminator, closing quote, space or line break, maybe with combining marks), so a
// word of a sentence is a run of the text with no letter or digit right before it and no letter,
// digit or mark right after it, and the words of a phrase have neither between them — which the
// expressions below allow (and more: the test is necessary, not sufficient).

/** The words of each phrase, in lower case, as PhraseList compares them. */
function phraseWords(phrases: readonly string[]): string[][] {
  return phrases.map((phrase) => tokenize(phrase).map((word) => word.lower)).filter((words) => words.length > 0);
}

/**
 * An expression that finds each phrase where the text's words could hold it: its words with none
 * of a few letters and digits right before or after them, and none between them. (Only a few: with
 * the flag `i`, classes such as \p{L} cost tens of milliseconds to compile. Fewer excluded
 * characters only let the test pass more often.)
 */
function phraseExpression(phrases: ReadonlyArray<readonly string[]>, flags: string): RegExp {
  const alternatives = [...new Set(phrases.map((words) => words.map(escapeRegExp).join(`[^${SOME_WORD_CHARACTERS}]+`)))];
  return new RegExp(`(?<![${SOME_WORD_CHARACTERS}])(?:${alternatives.join('|')})(?![${SOME_WORD_CHARACTERS}])`, flags);
}

const SOME_WORD_CHARACTERS = 'a-zA-Z0-9äöüÄÖÜß';

// Every word whose presence lets an ambiguous term (not one that needs a call-back) name the reader's
// data: the reader's possessives and pronouns — "Sie", "Ihnen" and the formal "Ihr" only capitalised,
// as namesReadersData compares them — and the coordination phrases.
const READER_OR_LIST_WORD = phraseExpression(
  [...POSSESSIVE_2ND, 'du', 'dir', 'dich', 'you', 'ihr', 'euch'].map((word) => [word]).concat(phraseWords(vocabulary.coordination)),
  'iu',
);
const FORMAL_READER_WORD = phraseExpression([...POSSESSIVE_FORMAL, 'Sie', 'Ihnen'].map((word) => [word]), 'u');
const CALLBACK_PHRASE = phraseExpression(phraseWords(vocabulary.callback), 'iu');

/** False when no term of `terms` can name the reader's data in any sentence of `text` (see above). */
function mayNameReadersData(text: string, terms: readonly DataTerm[]): boolean {
  let needsReaderWord = false;
  let needsCallbackWord = false;
  for (const term of terms) {
    if (!term.ambiguous) return true;
    if (term.needsCallback) needsCallbackWord = true;
    else needsReaderWord = true;
  }
  return (
    (needsReaderWord && (READER_OR_LIST_WORD.test(text) || FORMAL_READER_WORD.test(text))) ||
    (needsCallbackWord && CALLBACK_PHRASE.test(text))
  );
}

/**
 * The terms that lie inside `range`. Terms are sorted and do not overlap, so they form one run from
 * the first that starts in the range: found by binary search, so long posts stay linear.
 */
function termsWithin(terms: readonly DataTerm[], range: Span): DataTerm[] {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (terms[mid]!.start < range.start) low = mid + 1;
    else high = mid;
  }
  const found: DataTerm[] = [];
  for (let index = low; index < terms.length && terms[index]!.end <= range.end; index++) found.push(terms[index]!);
  return found;
}

interface ReadSentence {
  sentence: Sentence;
  readonly words: Word[];
  /** Terms that name the reader's data ("deine Adresse", not "unsere Adresse"). */
  terms: DataTerm[];
}

function readSentence(text: string, sentence: Sentence, allTerms: readonly DataTerm[]): ReadSentence {
  // Most sentences of a post name no data and are never analysed: their words are read only when
  // asked for (a sentence with terms, or the neighbour of one).
  let words: Word[] | undefined;
  const read: ReadSentence = {
    sentence,
    get words() {
      words ??= tokenize(text, sentence.start, sentence.end);
      return words;
    },
    terms: [],
  };
  if (allTerms.length > 0) read.terms = allTerms.filter((term) => namesReadersData(term, read.words, allTerms, text));
  return read;
}

/**
 * "Bitte schick uns per DM:\n- deine Kundennummer\n- deine Adresse": line-broken list items that
 * consist of data terms belong to the sentence whose colon introduces them.
 */
function joinListSentences(text: string, sentences: Sentence[], termsWithin: (range: Span) => DataTerm[]): Sentence[] {
  const joined: Sentence[] = [];
  let listOpen = false;
  for (const sentence of sentences) {
    const previous = joined[joined.length - 1];
    if (previous && (listOpen || previous.text.slice(previous.text.lastIndexOf('\n') + 1).trim().endsWith(':'))) {
      const words = tokenize(text, sentence.start, sentence.end);
      const terms = termsWithin(sentence);
      if (terms.length > 0 && isListOnly(words, terms)) {
        previous.end = sentence.end;
        previous.text = text.slice(previous.start, previous.end);
        listOpen = true;
        continue;
      }
    }
    listOpen = false;
    joined.push({ ...sentence });
  }
  return joined;
}

// ---------------------------------------------------------------------------------------------
// One sentence.

interface Unit {
  /** Words of the unit's clauses, in order. */
  words: Word[];
  /** Index into `words` of each clause's first word (clause starts). */
  clauseStarts: Set<number>;
  /** Index into `words` of each clause's last word. */
  clauseEnds: Set<number>;
  terms: DataTerm[];
  subordinate: boolean;
  /** The sentence's clause index of the unit's first clause. */
  firstClause: number;
}

function analyseSentence(text: string, read: ReadSentence, previous: ReadSentence | undefined, next: ReadSentence | undefined): DataRequest | undefined {
  const { sentence, terms } = read;
  // A sentence without terms can still ask by pronoun: "… deine Kundennummer? Schick sie uns."
  if (terms.length === 0 && (previous === undefined || previous.terms.length === 0)) return undefined;
  const words = read.words;
  if (hasWarning(words)) return undefined;

  const clauses = splitClauses(text, sentence.start, sentence.end);
  const units = buildUnits(clauses, words, terms);
  const sentencePrivate = hasPrivateCue(words) || (next !== undefined && isShortPrivateFollowUp(next));
  const isQuestion = sentence.text.trimEnd().endsWith('?');

  const asked: DataTerm[] = [];
  let firstUnit: Unit | undefined;
  let channelPrivate = sentencePrivate;
  units.forEach((unit, index) => {
    let verdict: Verdict | undefined;
    const before = units[index - 1];
    let asking = unit;
    if (unit.terms.length > 0) {
      verdict = unitAsks(unit, unit.terms, 'own', before, sentencePrivate, isQuestion);
      // "Magst du uns sagen, wie deine Kundennummer lautet?": the verb is in the clause before.
      if (!verdict && before && before.terms.length === 0 && isIndirectQuestion(unit) && findNegations(unit.words).length === 0) {
        verdict = unitAsks(before, unit.terms, 'indirect', units[index - 2], sentencePrivate, isQuestion);
        asking = before;
      }
    } else {
      // "schick sie uns", "send it to us": the data named in an earlier clause or sentence.
      const antecedent = [...units.slice(0, index)].reverse().find((other) => other.terms.length > 0)?.terms ?? previous?.terms ?? [];
      if (antecedent.length > 0) verdict = unitAsks(unit, antecedent, 'pronoun', before, sentencePrivate, isQuestion);
    }
    if (!verdict) return;
    asked.push(...verdict.terms);
    if (verdict.private) channelPrivate = true;
    if (!firstUnit || asking.firstClause < firstUnit.firstClause) firstUnit = asking;
  });
  if (asked.length === 0 || !firstUnit) return undefined;
  const unique = [...new Set(asked)].sort((a, b) => a.start - b.start);

  // A term named in the sentence before ("… Kundennummer? Schick sie uns.") ends before this sentence.
  const lastTermEnd = Math.max(sentence.start, unique[unique.length - 1]!.end);
  const { replace, joiner } = replacementRange(text, sentence, clauses, units, firstUnit, lastTermEnd);
  return { sentence, terms: unique, channel: channelPrivate ? 'private' : 'public', replace, joiner };
}

/** A fraud warning, or a third party who asks ("Wenn jemand nach deiner PIN fragt …"). */
function hasWarning(words: readonly Word[]): boolean {
  if (WARNINGS.occursIn(words)) return true;
  const who = words.findIndex((word) => THIRD_PARTY_WHO.has(word.lower));
  return who >= 0 && words.slice(who + 1).some((word) => THIRD_PARTY_ASKS.has(word.lower));
}

function hasPrivateCue(words: readonly Word[], from = 0, to = words.length): boolean {
  return PRIVATE.occursIn(words, from, to);
}

/** "Schick uns deine Kundennummer. Am besten per DM!" — a short next sentence that names the channel. */
function isShortPrivateFollowUp(next: ReadSentence): boolean {
  return next.words.length <= 6 && hasPrivateCue(next.words) && next.terms.length === 0;
}

// ---------------------------------------------------------------------------------------------
// Which terms name the reader's data.

function namesReadersData(term: DataTerm, words: readonly Word[], allTerms: readonly DataTerm[], text: string): boolean {
  const before = determinerOf(term, words);
  if (isSomeoneElses(before)) return false;
  // "password manager", "address book": the term only describes the next word.
  const after = words.find((word) => word.start >= term.end);
  if (after && MODIFIER_OF.has(after.lower) && /^[\t ]+$/u.test(text.slice(term.end, after.start))) return false;
  if (!term.ambiguous) return true;
  if (term.needsCallback) return CALLBACK.occursIn(words);
  if (before && isReadersPossessive(before)) return true;
  // "Welche Adresse ist bei dir hinterlegt?", "the email on your account": the reader is named
  // later in the same clause.
  if (before && (INTERROGATIVE.test(before.lower) || DEFINITE.has(before.lower))) {
    const rest = words.filter((word) => word.start >= term.end).slice(0, 5);
    const clauseEnd = rest.findIndex((word) => /[,;:.!?]/u.test(text.slice(term.end, word.start)));
    const sameClause = clauseEnd < 0 ? rest : rest.slice(0, clauseEnd);
    if (sameClause.some((word) => /^(du|dir|dich|you|ihr|euch)$/u.test(word.lower) || word.text === 'Sie' || word.text === 'Ihnen' || isReadersPossessive(word))) return true;
  }
  if (after && /^(von|from)$/u.test(after.lower)) {
    const owner = words[words.indexOf(after) + 1];
    if (owner && /^(dir|ihnen|euch|you)$/u.test(owner.lower)) return true;
  }
  // "Name, Adresse und Kundennummer": a bare ambiguous word in a list with the reader's data.
  if (before) return false;
  const listed = allTerms.some((other) => other !== term && !other.ambiguous && !isSomeoneElses(determinerOf(other, words)));
  return listed || COORDINATION.occursIn(words);
}

function determinerOf(term: DataTerm, words: readonly Word[]): Word | undefined {
  const index = words.findIndex((word) => word.start >= term.start);
  return precedingDeterminer(words, index < 0 ? words.length : index, term);
}

/** "unsere Adresse", "my password", "folgende Nummer": not the reader's data. */
function isSomeoneElses(determiner: Word | undefined): boolean {
  return determiner !== undefined && POSSESSIVE_OTHER.has(determiner.lower) && !POSSESSIVE_FORMAL.has(determiner.text);
}

function isReadersPossessive(word: Word): boolean {
  return POSSESSIVE_2ND.has(word.lower) || POSSESSIVE_FORMAL.has(word.text);
}

/** The determiner or possessive before a term, skipping up to two adjectives ("deine neue Adresse"). */
function precedingDeterminer(words: readonly Word[], termIndex: number, term: DataTerm): Word | undefined {
  for (let back = 1; back <= 3; back++) {
    const word = words[termIndex - back];
    if (!word || word.end > term.start) return undefined;
    if (isReadersPossessive(word) || POSSESSIVE_OTHER.has(word.lower) || ARTICLES.has(word.lower) || INTERROGATIVE.test(word.lower)) return word;
    // German adjectives are lower case; a capitalised word in between is a noun the determiner belongs to.
    if (isCapitalized(word.text) && back > 1) return undefined;
    if (/^(und|oder|and|or|of|for|to|with|about|zu|zur|zum|für|mit|von|an|bei|nach)$/u.test(word.lower)) return undefined;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Clauses → units.

type ClauseKind = 'main' | 'subordinate' | 'continuation';

function clauseWords(words: readonly Word[], clause: Clause): Word[] {
  return words.filter((word) => word.start >= clause.start && word.end <= clause.end);
}

function clauseTerms(terms: readonly DataTerm[], clause: Clause): DataTerm[] {
  return terms.filter((term) => term.start >= clause.start && term.end <= clause.end);
}

/** Only data terms, their determiners, conjunctions and a few fillers: a list item. */
function isListOnly(words: readonly Word[], termRanges: readonly Span[]): boolean {
  if (termRanges.length === 0) return false;
  const isTermWord = (word: Word) => termRanges.some((range) => word.start >= range.start && word.end <= range.end);
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    if (isTermWord(word)) continue;
    if (CONJUNCTIONS.has(word.lower) || LIST_FILLER.has(word.lower) || isReadersPossessive(word) || ARTICLES.has(word.lower)) continue;
    if (VERB_FORMS.get(word.lower)?.form === 'infinitive' || VERB_FORMS.get(word.lower)?.form === 'base') continue;
    if (COORDINATION.at([word], 0)) continue;
    // Up to two adjectives right before a term ("deine aktuelle Adresse", "your full home address").
    const next = words[index + 1];
    const afterNext = words[index + 2];
    const beforeTerm = (next && isTermWord(next)) || (next && isLowerCase(next.text) && afterNext && isTermWord(afterNext));
    if (isLowerCase(word.text) && !VERB_FORMS.has(word.lower) && !SECOND_PERSON.has(word.lower) && beforeTerm) continue;
    return false;
  }
  return true;
}

function clauseKind(words: readonly Word[], terms: readonly DataTerm[]): ClauseKind {
  const first = words[0];
  if (!first) return 'main';
  if (terms.length > 0 && isListOnly(words, terms)) return 'continuation';
  // "Your account number, please": a lone "bitte"/"please" belongs to the clause before.
  if (words.every((word) => POLITE.has(word.lower))) return 'continuation';
  if (SUBORDINATORS.has(first.lower)) return 'subordinate';
  return 'main';
}

function buildUnits(clauses: readonly Clause[], words: readonly Word[], terms: readonly DataTerm[]): Unit[] {
  const units: Unit[] = [];
  clauses.forEach((clause, index) => {
    const ownWords = clauseWords(words, clause);
    const ownTerms = clauseTerms(terms, clause);
    const kind = clauseKind(ownWords, ownTerms);
    // A list item continues the nearest unit headed by a main clause ("Schick uns, wenn du magst,
    // deine Kundennummer"), else the previous unit.
    const host =
      kind === 'continuation' && units.length > 0
        ? ([...units].reverse().find((unit) => !unit.subordinate) ?? units[units.length - 1])
        : undefined;
    if (host) {
      host.clauseStarts.add(host.words.length);
      host.words.push(...ownWords);
      host.clauseEnds.add(host.words.length - 1);
      host.terms.push(...ownTerms);
      return;
    }
    units.push({
      words: [...ownWords],
      clauseStarts: new Set([0]),
      clauseEnds: new Set([ownWords.length - 1]),
      terms: [...ownTerms],
      subordinate: kind === 'subordinate',
      firstClause: index,
    });
  });
  return units;
}

// ---------------------------------------------------------------------------------------------
// Does a unit ask?

interface Verdict {
  terms: DataTerm[];
  private: boolean;
}

/** "wie deine Kundennummer lautet", "unter welcher Nummer …", "what your email address is". */
function isIndirectQuestion(unit: Unit): boolean {
  const first = unit.words[0]?.lower ?? '';
  return /^(wie|was|welche[rsnm]?|unter|mit|what|which)$/u.test(first);
}

/**
 * Whether `unit` asks for `terms`: its own (`own`); those of an earlier clause or sentence that a
 * pronoun after the verb refers to (`pronoun`: "schick sie uns"); or those of the indirect question
 * that follows it (`indirect`: "Magst du uns sagen, wie …").
 */
function unitAsks(
  unit: Unit,
  terms: readonly DataTerm[],
  mode: 'own' | 'pronoun' | 'indirect',
  previous: Unit | undefined,
  sentencePrivate: boolean,
  isQuestion: boolean,
): Verdict | undefined {
  const { words } = unit;
  const hasPublic = PUBLIC.occursIn(words);
  let isPrivate = sentencePrivate;

  // Negations, except "nicht öffentlich, sondern per DM" (a negated public place with a private
  // channel named): that asks all the same, privately.
  for (const index of findNegations(words)) {
    const negatesPlace = PUBLIC.at(words, index + 1) !== undefined;
    if (negatesPlace && sentencePrivate) {
      isPrivate = true;
      continue;
    }
    return undefined;
  }
  if (ELSEWHERE.occursIn(words)) return undefined;
  if (!hasPublic && addressesCustomerCare(words)) return undefined;

  const context: CueContext = { words, unit, previous, hasPublic, isPrivate: isPrivate || hasPrivateCue(words), isQuestion };
  const governed = new Set<DataTerm>();
  for (const cue of findCues(context)) {
    if (mode === 'pronoun' && (cue.kind !== 'verb' || !hasObjectPronoun(words, cue.index))) continue;
    if (mode === 'indirect' && cue.kind !== 'verb') continue;
    for (const term of terms) {
      if (cue.messageLike && term.messageLike) continue;
      if (cue.kind === 'question' && !questionFits(term, words)) continue;
      governed.add(term);
    }
  }
  if (governed.size === 0) return undefined;
  return { terms: [...governed], private: context.isPrivate };
}

/** "an unsere Kundenbetreuung", "to our support team": the referral itself. */
function addressesCustomerCare(words: readonly Word[]): boolean {
  return CARE.all(words).some(({ index }) => {
    for (let back = 1; back <= 3 && index - back >= 0; back++) {
      if (CARE_PREPOSITIONS.has(words[index - back]!.lower)) return true;
    }
    return false;
  });
}

/** A question for the value fits a term the reader owns: "Wie lautet deine …", "What's your …". */
function questionFits(term: DataTerm, words: readonly Word[]): boolean {
  const index = words.findIndex((word) => word.start >= term.start);
  const before = precedingDeterminer(words, index < 0 ? words.length : index, term);
  if (before && isReadersPossessive(before)) return true;
  if (term.needsCallback) return true;
  // "Welche Handynummer hast du hinterlegt?", "unter welcher E-Mail-Adresse"
  const direct = words[index - 1];
  if (direct && INTERROGATIVE.test(direct.lower)) return true;
  // "What's the email address on your account?"
  const after = words.slice(index + 1, index + 6);
  if (before && DEFINITE.has(before.lower) && after.some((word) => isReadersPossessive(word) || SECOND_PERSON.has(word.lower))) return true;
  // "Wie lautet die Vertragsnummer?" asks for a value too.
  const wieLautet = words.findIndex((word) => /^laute(t|n|te)$/u.test(word.lower));
  return wieLautet >= 0 && before !== undefined && DEFINITE.has(before.lower);
}

interface CueContext {
  words: readonly Word[];
  unit: Unit;
  previous: Unit | undefined;
  hasPublic: boolean;
  isPrivate: boolean;
  isQuestion: boolean;
}

interface Cue {
  kind: 'verb' | 'need' | 'question';
  messageLike: boolean;
  /** The cue's word index in the unit. */
  index: number;
}

// Object pronouns that can stand for data named before ("schick sie uns", "send it over").
const OBJECT_PRONOUNS = new Set(['sie', 'ihn', 'es', 'die', 'diese', 'den', 'them', 'it', 'those']);

function hasObjectPronoun(words: readonly Word[], verbIndex: number): boolean {
  return words.slice(verbIndex + 1, verbIndex + 4).some((word, offset) => {
    if (!OBJECT_PRONOUNS.has(word.lower)) return false;
    // "die"/"den" before a noun are articles ("schick uns die Rechnung").
    const following = words[verbIndex + 2 + offset];
    return !(word.lower === 'die' || word.lower === 'den') || following === undefined || !isCapitalized(following.text);
  });
}

function findCues(context: CueContext): Cue[] {
  const cues: Cue[] = [];
  const { words } = context;
  words.forEach((word, index) => {
    const verb = VERB_FORMS.get(word.lower);
    if (verb && verbAsks(context, index, verb)) cues.push({ kind: 'verb', messageLike: verb.entry.messageLike === true, index });
  });
  if (hasNeed(words)) cues.push({ kind: 'need', messageLike: false, index: -1 });
  if (isEllipticRequest(context)) cues.push({ kind: 'need', messageLike: false, index: -1 });
  if (hasQuestion(words, context.isQuestion)) cues.push({ kind: 'question', messageLike: false, index: -1 });
  return cues;
}

function hasRecipient(words: readonly Word[]): boolean {
  return words.some((word) => RECIPIENTS.has(word.lower));
}

function verbAsks(context: CueContext, index: number, verb: { entry: VerbEntry; form: VerbForm; lang: Locale }): boolean {
  const { words } = context;
  const word = words[index]!;
  const previousWord = words[index - 1];
  const nextWord = words[index + 1];
  // "ich schicke dir", "wir senden dir", "we send": someone else's action, not a request.
  if (previousWord && NOT_SUBJECT_OF_REQUEST.has(previousWord.lower) && !context.unit.clauseStarts.has(index)) return false;
  // ("Schick es uns" is a request: after an imperative, "es" is the object.)
  const objectEs = verb.form === 'imperative' && nextWord?.lower === 'es';
  if (nextWord && NOT_SUBJECT_OF_REQUEST.has(nextWord.lower) && nextWord.text !== 'Sie' && verb.form !== 'base' && !objectEs) return false;

  let shapeOk: boolean;
  switch (verb.form) {
    case 'imperative':
      shapeOk = true;
      break;
    case 'second':
      shapeOk = hasRecipient(words) || CONDITIONAL.has(words[0]!.lower);
      break;
    case 'infinitive':
      shapeOk = germanInfinitiveAsks(context, index);
      break;
    case 'base':
      shapeOk = englishImperativeAsks(context, index);
      break;
    case 'ing':
      shapeOk = words.slice(Math.max(0, index - 3), index).some((before) => before.lower === 'mind');
      break;
  }
  if (!shapeOk) return false;
  return needsMet(context, verb.entry, word, verb.lang);
}

function germanInfinitiveAsks(context: CueContext, index: number): boolean {
  const { words } = context;
  const next = words[index + 1];
  // "Schicken Sie uns …", "Nennen Sie …": the formal imperative.
  if (next?.text === 'Sie') return true;
  const wirNearby = words.slice(Math.max(0, index - 2), index + 3).some((word) => word.lower === 'wir' || word.lower === 'ich');
  if (wirNearby) return false;
  if (FRAMES_DE.occursIn(words)) return true;
  // "Können Sie uns … senden?", "Wenn Sie uns Ihre Kundennummer schicken"
  const formal = words.some((word) => word.text === 'Sie');
  if (formal && (words.some((word) => FRAMES_DE_FORMAL.has(word.lower)) || hasRecipient(words))) return true;
  // "Wir bitten dich, uns deine Kundennummer zu schicken": the frame is in the clause before.
  const zuInfinitive = words[index - 1]?.lower === 'zu' || /^(an|mit|durch|zu)?zu/u.test(words[index]!.lower) && /zu(schicken|senden|geben|teilen|leiten)$/u.test(words[index]!.lower);
  if (zuInfinitive && context.previous) {
    const before = context.previous.words;
    if (findNegations(before).length > 0) return false;
    return FRAMES_DE.occursIn(before);
  }
  return false;
}

function englishImperativeAsks(context: CueContext, index: number): boolean {
  const { words, unit } = context;
  // Walk back over "please", "just", "kindly" … to the start of the clause or to a frame.
  let cursor = index;
  while (cursor > 0 && !unit.clauseStarts.has(cursor) && IMPERATIVE_LEAD_EN.has(words[cursor - 1]!.lower)) cursor--;
  if (unit.clauseStarts.has(cursor)) return true;
  // "can you (please) send", "feel free to drop": a frame that ends right before the verb.
  for (let start = Math.max(0, cursor - 4); start < cursor; start++) {
    const frame = FRAMES_EN.at(words, start, cursor);
    if (frame && start + frame.length === cursor) return true;
  }
  // "If you send us your account number …"
  const you = words[cursor - 1];
  const conjunction = words[cursor - 2];
  return you !== undefined && conjunction !== undefined && (you.lower === 'you' || you.lower === 'u') && CONDITIONAL.has(conjunction.lower) && hasRecipient(words);
}

function needsMet(context: CueContext, entry: VerbEntry, word: Word, lang: Locale): boolean {
  if (entry.needs.length === 0) return true;
  const { words, unit } = context;
  return entry.needs.some((need) => {
    switch (need) {
      case 'recipient':
        return hasRecipient(words);
      case 'public':
        return context.hasPublic;
      case 'private':
        return context.isPrivate;
      case 'frame':
        return FRAMES_EN.occursIn(words) || FRAMES_DE.occursIn(words) || context.isQuestion;
      case 'with':
        return hasWithBeforeTerm(words, unit.terms);
      case 'with+recipient':
        return hasWithBeforeTerm(words, unit.terms) && hasRecipient(words);
      case 'with+private':
        return hasWithBeforeTerm(words, unit.terms) && context.isPrivate;
      default: {
        if (!need.startsWith('particle:')) return false;
        const particle = need.slice('particle:'.length);
        // "angeben", "mitteilst": the particle is already part of the word.
        if (word.lower.startsWith(particle) && word.lower.length > particle.length + 3) return true;
        // The particle of a separable verb closes its clause ("Gib uns deine Nummer … an"); as a
        // preposition it is followed by its noun ("mit deinem Partner").
        return words.some((candidate, at) => {
          if (candidate.lower !== particle || candidate === word) return false;
          // English "let us know your …" has no separable particle.
          if (lang === 'en') return true;
          const following = words[at + 1];
          return unit.clauseEnds.has(at) || following === undefined || VERB_FORMS.has(following.lower);
        });
      }
    }
  });
}

function hasWithBeforeTerm(words: readonly Word[], terms: readonly DataTerm[]): boolean {
  return terms.some((term) => {
    const index = words.findIndex((word) => word.start >= term.start);
    return words.slice(Math.max(0, index - 3), index).some((word) => word.lower === 'mit' || word.lower === 'with');
  });
}

const ELLIPTIC_BREAKS = new Set(vocabulary.elliptic.breaks);
const ELLIPTIC_FILLERS = new Set(vocabulary.elliptic.fillers);

/**
 * A request without a verb: "Kundennummer bitte per DM 🙏", "Kurz deine Kundennr. hier rein und
 * wir schauen nach", "Account number please?" — up to the first "und"/"dann", data terms with a
 * polite word or a place or channel; without a place the clause must be short.
 */
function isEllipticRequest(context: CueContext): boolean {
  const { words, unit } = context;
  const stop = words.findIndex((word) => ELLIPTIC_BREAKS.has(word.lower));
  const head = stop < 0 ? words : words.slice(0, stop);
  if (head.length === 0 || head.length > vocabulary.elliptic.maxWords) return false;
  const termWord = (word: Word) => unit.terms.some((term) => word.start >= term.start && word.end <= term.end);
  if (!head.some(termWord)) return false;
  // Every word must belong to the request: no verb, no subject ("Deine Nummer bleibt privat").
  const placeWords = new Set<number>();
  for (const list of [PUBLIC, PRIVATE]) {
    for (const { index, length } of list.all(head)) for (let offset = 0; offset < length; offset++) placeWords.add(index + offset);
  }
  const belongs = (word: Word, index: number) =>
    termWord(word) || placeWords.has(index) || POLITE.has(word.lower) || ELLIPTIC_FILLERS.has(word.lower) || LIST_FILLER.has(word.lower) ||
    CONJUNCTIONS.has(word.lower) || isReadersPossessive(word) || ARTICLES.has(word.lower) || COORDINATION.at([word], 0) !== undefined;
  if (!head.every(belongs)) return false;
  const polite = head.some((word) => POLITE.has(word.lower));
  return placeWords.size > 0 || (polite && head.length <= vocabulary.elliptic.maxWordsWithoutPlace);
}

/** "wir brauchen", "brauchen wir", "uns fehlt", "we'll need", "we would like". */
function hasNeed(words: readonly Word[]): boolean {
  if (NEED_PHRASES.occursIn(words)) {
    return words.some((word) => NEED_SUBJECTS.has(word.lower));
  }
  return words.some((word, index) => {
    if (!NEED_VERBS.has(word.lower)) return false;
    return words.slice(Math.max(0, index - 3), index + 3).some((other) => NEED_SUBJECTS.has(other.lower));
  });
}

function hasQuestion(words: readonly Word[], isQuestion: boolean): boolean {
  return QUESTIONS.all(words).some(({ index }) => {
    // "welche"/"which" are questions only in a question ("Welche Vorteile hat die PIN?" is not for the value).
    if (/^(welche[rs]?|which)$/u.test(words[index]!.lower)) return isQuestion;
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// What a referral replaces.

function replacementRange(
  text: string,
  sentence: Sentence,
  clauses: readonly Clause[],
  units: readonly Unit[],
  firstUnit: Unit,
  lastTermEnd: number,
): { replace: Span; joiner: string } {
  // Clauses that lead into the request go with it: "Damit wir helfen können, …" and the verb of
  // an indirect question ("Teile uns mit, unter welcher E-Mail-Adresse …").
  let first = firstUnit.firstClause;
  while (first > 0) {
    const before = units.find((unit) => unit.firstClause === first - 1);
    if (!before || !(before.subordinate || leadsIntoRequest(before))) break;
    first--;
  }
  const end = requestEnd(text, sentence, lastTermEnd);
  const start = clauses[first]?.start ?? sentence.start;
  const prefix = text.slice(sentence.start, start).replace(/[\s,;:–—-]+$/u, '');
  if (!/[\p{L}\p{N}]/u.test(prefix)) return { replace: { start: sentence.start, end }, joiner: '' };
  const prefixEnd = sentence.start + prefix.length;
  const separator = text.slice(prefixEnd, start);
  const prefixWords = tokenize(prefix);
  const isGreeting = GREETINGS.has(prefixWords[0]?.lower ?? '') && prefixWords.length <= 4;
  // Keep the writer's punctuation where it still reads: "Kurze Frage: …", "… loslegen – …".
  const joiner = separator.includes(':') ? ': ' : /[–—-]/u.test(separator) ? ' – ' : isGreeting ? '! ' : '. ';
  return { replace: { start: prefixEnd, end }, joiner };
}

/** A clause without data that carries the request's verb or frame ("Teile uns doch bitte mit"). */
function leadsIntoRequest(unit: Unit): boolean {
  if (unit.terms.length > 0) return false;
  return unit.words.some((word) => VERB_FORMS.has(word.lower)) || FRAMES_DE.occursIn(unit.words);
}

/**
 * Where the replaced request ends: the sentence's end, but before an emoji or a sign-off that
 * follows the last requested term ("… deine Kundennummer 😊 ^SeSe" keeps "😊 ^SeSe").
 */
function requestEnd(text: string, sentence: Sentence, lastTermEnd: number): number {
  let end = sentence.end;
  const tail = text.slice(lastTermEnd, end);
  const stop = tail.search(/\p{Extended_Pictographic}|(?:^|\s)\^/u);
  if (stop >= 0) end = lastTermEnd + stop;
  while (end > sentence.start && !/[\p{L}\p{N}.!?…)\]"“”»«]/u.test(text[end - 1]!)) end--;
  return end;
}
