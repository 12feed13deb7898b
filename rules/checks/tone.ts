// `tone`: be polite and respectful ("Seien Sie höflich und respektvoll", "Seien Sie nett zu
// anderen" — 10 Social-Media-Benimmregeln). Reports
//   - insults, profanity and dismissive phrases (German and English word lists, rules/words/),
//   - harsh words ("dumm", "stupid", "lächerlich") only where they are aimed at a person or at what
//     a person said ("dumme Frage", "du bist doch blöd") — "Das ist natürlich blöd gelaufen" and
//     "Es gibt keine dummen Fragen" are friendly,
//   - SHOUTING: a run of capitalised words ("DAS STEHT IN DEN FAQ"); a single word in capitals is
//     emphasis, as in the guide's own post "+++ HEUTE ab 18:00 Uhr …", and acronyms are no shouting,
//   - runs of three or more ! or ? ("!!!", "?!?!").
// URLs and @mentions are never read; hashtags are read for rude words but not for shouting (#WTF is
// rude, #IFA is a tag).

import type { Rule, RuleContext } from '../engine/rule';
import {
  blankOut,
  clauses,
  compileWordList,
  insideAnyOf,
  isNegator,
  mayHoldShouting,
  negatorBefore,
  negatorSet,
  sentences,
  spanAt,
  within,
  words,
  type Span,
  type Word,
  type WordMatch,
  type WordMatcher,
} from '../language';
import acronymData from '../words/tone.acronyms.json';
import de from '../words/tone.de.json';
import en from '../words/tone.en.json';

// Both languages always: German posts borrow English swearing ("WTF", "Bullshit") and vice versa.
const RUDE_WORDS = [...de.insults, ...de.profanity, ...de.dismissive, ...en.insults, ...en.profanity, ...en.dismissive];
const RUDE = compileWordList(RUDE_WORDS);
// Words that contain a rude word but are none: "idiotensicher" (foolproof), "Shitstorm".
const NOT_RUDE = compileWordList([...de.notRude, ...en.notRude]);
const SWEAR_INTENSIFIERS = compileWordList([...de.swearIntensifiers, ...en.swearIntensifiers]);
const INTENSIFIED = new Set([...de.intensified, ...en.intensified].map((word) => word.toLowerCase()));
const HARSH = compileWordList([...de.harsh, ...en.harsh]);
// The three lists above in one: a paragraph none of whose words is in it (nearly all) is searched
// once, not once per list. Every entry starts a word with a letter, so a match of any one list is
// a match of this one.
const ANY_LISTED = compileWordList([...RUDE_WORDS, ...de.swearIntensifiers, ...en.swearIntensifiers, ...de.harsh, ...en.harsh]);
const HARSH_TARGETS = compileWordList([...de.harshTargets, ...en.harshTargets]);
const ADDRESSEES = compileWordList([...de.addressees, ...en.addressees]);
const ADDRESSEES_AFTER = compileWordList([...de.addresseesAfter, ...en.addresseesAfter]);
const NEGATORS = negatorSet([...de.negators, ...en.negators], ['nur', 'only', 'just', 'bloß']);
const ACRONYMS = new Set(acronymData.acronyms.map((word) => word.toUpperCase()));

const PUNCTUATION_RUN = /[!?！？]{3,}1*/g;
const ROMAN_NUMERAL = /^[IVXLCDM]+$/;
const EMOTICON_WORD = /^X+D+$/; // XD, XDDD
// What may stand between two words of one shouted run: spaces, commas, hyphens, quotes, "&", "+".
const RUN_GAP = /^[ \t,&+\-/'"„“”‚‘’«»]*$/;
// Determiners after which a German word is a noun and keeps its capital in the suggestion.
const GERMAN_DETERMINERS = /^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|kein|keine|keinen|keinem|keiner|mein|meine|dein|deine|deinen|unser|unsere|unseren|euer|eure|euren|ihr|ihre|ihren|diese|dieser|dieses|diesen|im|am|zum|zur|beim|vom)$/i;

const FORMAL_ADDRESS = /^(?:sie|ihnen|ihre|ihren|ihrem|ihrer|ihres)$/i;

export const tone: Rule = {
  meta: {
    id: 'tone',
    description: {
      en: 'Be polite and respectful: no insults or rude words, no shouting, no !!!.',
      de: 'Höflich und respektvoll bleiben: keine Beleidigungen oder Kraftausdrücke, kein Schreien, kein !!!.',
    },
    defaultSeverity: 'warning',
    fixable: 'both',
    scope: 'paragraph',
    messages: {
      rude: {
        en: '“{word}” is rude or insulting — be polite and respectful, even when you disagree.',
        de: '„{word}“ ist unhöflich oder beleidigend – bleib höflich und respektvoll, auch wenn du anderer Meinung bist.',
      },
      harsh: {
        en: '“{word}” belittles the person you are talking to — be polite and respectful.',
        de: '„{word}“ wertet dein Gegenüber ab – bleib höflich und respektvoll.',
      },
      shouting: {
        en: '“{word}” is shouting: text in capitals reads as yelling.',
        de: '„{word}“ ist geschrien: Text in Großbuchstaben wirkt wie Anschreien.',
      },
      punctuation: {
        en: '“{punctuation}” sounds agitated: use a single mark.',
        de: '„{punctuation}“ wirkt aufgeregt: Ein Zeichen genügt.',
      },
      fixPunctuation: { en: 'Replace “{punctuation}” with “{replacement}”', de: '„{punctuation}“ durch „{replacement}“ ersetzen' },
      fixLowercase: { en: 'Write “{replacement}”', de: '„{replacement}“ schreiben' },
    },
    defaultOptions: {
      /** Report rude words and harsh words aimed at a person. */
      rudeWords: true,
      /** Report runs of capitalised words. */
      shouting: true,
      /** Report !!! and ???. */
      punctuation: true,
    },
  },
  check(context) {
    const text = context.content;
    const tokens = context.post.tokens;
    // Offsets stay valid: blanked ranges become spaces of the same length.
    const readable = blankOut(text, [...tokens.urls, ...tokens.mentions, ...tokens.all.filter((token) => token.kind === 'cashtag')]);
    const allowed = compileWordList(stringList(context.settings.config.words?.allowed));
    // Looked for on the first question: most paragraphs have nothing to allow. (A binary search per
    // question: an allowed entry and a rude one can both match thousands of times in a long text.)
    let insideAllowed: ((span: Span) => boolean) | undefined;
    const isAllowed = (span: Span) => {
      insideAllowed ??= insideAnyOf([...NOT_RUDE.findAll(readable), ...allowed.findAll(readable)]);
      return insideAllowed(span);
    };

    if (context.options.rudeWords !== false) reportRudeWords(context, readable, isAllowed);
    // Shouting needs two capitals in a row somewhere, and a word that could be shouted: most posts
    // are skipped at once.
    if (context.options.shouting !== false && mayHoldShouting(readable)) {
      reportShouting(context, blankOut(readable, tokens.hashtags), allowed, isAllowed);
    }
    if (context.options.punctuation !== false) reportPunctuation(context, readable);
  },
};

function reportRudeWords(context: RuleContext, readable: string, isAllowed: (span: Span) => boolean): void {
  const extra = compileWordList(stringList(context.settings.config.words?.rude));
  const listed = ANY_LISTED.findAll(readable).length > 0;
  if (!listed && extra.isEmpty) return;
  const rude = [...(listed ? RUDE.findAll(readable) : []), ...extra.findAll(readable), ...(listed ? swearing(readable) : [])].map((match) => ({ match, messageId: 'rude' }));
  const harsh = (listed ? aimedHarshWords(readable) : []).map((match) => ({ match, messageId: 'harsh' }));
  // Left to right, the longest first where matches overlap ("Vollidiot" once, not also "idiot");
  // a rude word wins over a harsh one at the same place.
  const candidates = [...rude, ...harsh].sort((a, b) => a.match.start - b.match.start || b.match.end - a.match.end);
  let reportedUpTo = 0;
  for (const { match, messageId } of candidates) {
    if (match.start < reportedUpTo || isAllowed(match)) continue;
    reportedUpTo = match.end;
    context.report({ messageId, data: { word: match.text }, start: match.start, end: match.end });
  }
}

/** The strings of a configured word list (editor settings reach us unvalidated). */
function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** "Verdammt!", "damn it" — but not the intensifier of "verdammt gut", "damn good". */
function swearing(readable: string): WordMatch[] {
  return SWEAR_INTENSIFIERS.findAll(readable).filter((match) => {
    const next = /^[ \t]+([\p{L}]+)/u.exec(readable.slice(match.end, match.end + 40));
    return !(next && INTENSIFIED.has(next[1].toLowerCase()));
  });
}

/**
 * Harsh words aimed at a person or at what they said: before a target noun ("dumme Frage"), after a
 * copula with "du"/"you" ("du bist echt blöd", "you're ridiculous"), or before "bist du"/"are you".
 * Not after a negator ("keine dumme Frage") and not in a clause that denies it ("Dumme Fragen gibt
 * es nicht").
 */
function aimedHarshWords(readable: string): WordMatch[] {
  const matches = HARSH.findAll(readable);
  if (matches.length === 0) return [];
  const allWords = words(readable);
  const sentenceClauses = sentences(readable).flatMap((sentence) => clauses(readable, sentence));
  return matches.filter((match) => {
    const clause = spanAt(sentenceClauses, match.start);
    if (!clause) return false;
    if (negatorBefore(allWords, match.start, clause.start, 5, NEGATORS)) return false;
    const clauseWords = within(allWords, clause);
    const after = clauseWords.filter((word) => word.start >= match.end);
    if (after.some((word) => isNegator(word.text, NEGATORS))) return false;
    const before = clauseWords.filter((word) => word.end <= match.start).slice(-4);
    if (after[0] && HARSH_TARGETS.matchesWhole(after[0].text)) return true;
    if (before.some((word) => HARSH_TARGETS.matchesWhole(word.text))) return true;
    if (before.length > 0 && ADDRESSEES.findAll(readable, before[0].start, match.start).length > 0) return true;
    const following = ADDRESSEES_AFTER.findAll(readable, match.end, clause.end)[0];
    return following !== undefined && readable.slice(match.end, following.start).trim() === '';
  });
}

interface Run extends Span {
  words: Word[];
}

function reportShouting(context: RuleContext, readable: string, allowed: WordMatcher, isAllowed: (span: Span) => boolean): void {
  const isShouted = (word: Word) => {
    return (
      hasShoutedShape(word.text) &&
      !ACRONYMS.has(word.text.toUpperCase()) &&
      !ROMAN_NUMERAL.test(word.text) &&
      !EMOTICON_WORD.test(word.text) &&
      !allowed.matchesWhole(word.text)
    );
  };
  for (const run of capitalRuns(readable)) {
    const shouted = run.words.filter(isShouted).length;
    if (shouted === 0 || (shouted < 2 && run.words.length < 3) || isAllowed(run)) continue;
    const written = readable.slice(run.start, run.end);
    // Acronyms, allowed words, words with digits and "I" keep their capitals.
    const keep = (word: Word) =>
      ACRONYMS.has(word.text.toUpperCase()) || allowed.matchesWhole(word.text) || /\p{N}/u.test(word.text) || word.text.length === 1;
    const replacement = sentenceCase(run, readable, context.settings.lang, keep);
    context.report({
      messageId: 'shouting',
      data: { word: written },
      start: run.start,
      end: run.end,
      suggestions: [{ titleId: 'fixLowercase', data: { replacement }, edits: [{ start: run.start, end: run.end, newText: replacement }] }],
    });
  }
}

/**
 * A word (as `words` cuts them) written as a shouted one, before the exceptions (acronyms, Roman
 * numerals, allowed words): at least four UTF-16 units of letters, none of them lower-case, no digit.
 */
export function hasShoutedShape(word: string): boolean {
  return word.replace(/[^\p{L}]/gu, '').length >= 4 && !/\p{N}/u.test(word) && !/\p{Ll}/u.test(word);
}

/** Runs of consecutive words in capitals, broken by any lower-case word or sentence punctuation. */
function capitalRuns(readable: string): Run[] {
  const runs: Run[] = [];
  let current: Word[] = [];
  const flush = () => {
    if (current.length > 0) runs.push({ start: current[0].start, end: current[current.length - 1].end, words: current });
    current = [];
  };
  for (const word of words(readable)) {
    // Hyphenated words are split by words(); "E-MAIL" and "DSL-ANSCHLUSS" join a run through the gap.
    // (A word that starts with a lower-case ASCII letter is no capital: most words, without a regex.)
    const first = word.text.charCodeAt(0);
    const capital = !(first >= 0x61 && first <= 0x7a) && /\p{L}/u.test(word.text) && !/\p{Ll}/u.test(word.text);
    if (!capital) {
      flush();
      continue;
    }
    const previous = current[current.length - 1];
    if (previous && !RUN_GAP.test(readable.slice(previous.end, word.start))) flush();
    current.push(word);
  }
  flush();
  return runs;
}

/**
 * The run in lower case: acronyms and other words to keep stay as written; the first word gets a
 * capital at the start of a sentence, and in German a word after a determiner keeps its capital
 * (it is a noun: "DIE RECHNUNG" → "die Rechnung").
 */
function sentenceCase(run: Run, readable: string, lang: string, keep: (word: Word) => boolean): string {
  let result = '';
  let cursor = run.start;
  // A sentence starts at the start of the post or after a line break, a sentence mark or a teaser
  // mark ("+++ HEUTE"); the characters just before the run tell.
  const lead = readable.slice(Math.max(0, run.start - 12), run.start);
  const atSentenceStart = run.start === 0 || /[.!?:\n+*#>][ \t]*$/u.test(lead);
  run.words.forEach((word, index) => {
    result += readable.slice(cursor, word.start);
    cursor = word.end;
    if (keep(word)) {
      result += word.text;
      return;
    }
    const lower = word.text.toLocaleLowerCase(lang);
    const previous = run.words[index - 1];
    // "DAS STEHT …" at a sentence start is a pronoun, not an article.
    const afterArticle = previous !== undefined && GERMAN_DETERMINERS.test(previous.text) && !(index === 1 && atSentenceStart);
    const noun = lang === 'de' && afterArticle;
    // "BITTE LESEN SIE" addresses the reader: the formal "Sie" keeps its capital.
    const formal = lang === 'de' && FORMAL_ADDRESS.test(word.text);
    const capital = (index === 0 && atSentenceStart) || noun || formal;
    result += capital ? lower.charAt(0).toLocaleUpperCase(lang) + lower.slice(1) : lower;
  });
  return result;
}

function reportPunctuation(context: RuleContext, readable: string): void {
  PUNCTUATION_RUN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = PUNCTUATION_RUN.exec(readable)) !== null) {
    const written = match[0];
    const replacement = collapse(written);
    context.report({
      messageId: 'punctuation',
      data: { punctuation: written },
      start: match.index,
      end: match.index + written.length,
      fix: { titleId: 'fixPunctuation', data: { punctuation: written, replacement }, edits: [{ start: match.index, end: match.index + written.length, newText: replacement }] },
    });
  }
}

/** "!!!" → "!", "???" → "?", "?!?!" → "?!", "!!!111" → "!". */
export function collapse(run: string): string {
  const marks = run.replace(/1+$/, '').replace(/！/g, '!').replace(/？/g, '?');
  const first = marks[0];
  const other = first === '!' ? '?' : '!';
  return marks.includes(other) ? first + other : first;
}
