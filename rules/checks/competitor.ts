// `competitor`: negative wording about a configured competitor. From the guides: "Sie sollten sich
// niemals in einem sozialen Netzwerk negativ über ihre Mitbewerber äußern" — while congratulating
// a competitor (Microsoft to Sony) is welcome. A mention is reported when its sentence (or, for
// merely descriptive words, its clause) also holds a cue: a judging word ("Abzocke", "lahm",
// "sucks"), a put-down comparison ("besser als die Telekom", "im Gegensatz zu Vodafone", "keine
// Funklöcher wie bei X"), a call to leave them, or mockery ("lol", 🤡) outside a congratulation.
// Neutral mentions — partnerships, porting a number — carry no cue and pass.

import type { Rule, RuleContext } from '../engine/rule';
import {
  blankOut,
  clauses,
  compileWordList,
  firstFrom,
  isNegator,
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
import type { Token } from '../post/tokens';
import { escapeRegExp } from '../text/regexp';
import lists from '../words/competitor.json';

const EVALUATIVE = compileWordList(lists.evaluative);
const DESCRIPTIVE = compileWordList(lists.descriptive);
const MOCKING = compileWordList(lists.mocking);
const SWITCHING = compileWordList(lists.switching);
const CONTRAST = compileWordList(lists.contrast);
const CONGRATULATION = compileWordList(lists.congratulation);
const FAREWELL = compileWordList(lists.farewell);
const SUBJECT_CUES = compileWordList(lists.subjectCues);
const NEUTRALIZERS = compileWordList(lists.neutralizers);
const COMPARATIVES = lowerSet(lists.comparatives);
const COMPARISON_WORDS = lowerSet(lists.comparisonWords);
const MULTIPLIERS = lowerSet(lists.multipliers);
const SIMILARITY = lowerSet(lists.similarity);
const CONNECTORS = lowerSet(lists.connectors);
const POSITIVES = lowerSet(lists.positives);
const TAG_AFFIXES = lowerSet(lists.tagAffixes);
const NEGATORS = negatorSet(lists.negators, lists.notNegating);
const SEPARABLE = lists.separable.map((entry) => ({
  verbs: lowerSet(entry.verbs),
  particle: entry.particle.toLowerCase(),
  kind: entry.kind as 'evaluative' | 'descriptive',
}));
// "so"/"as" of "doppelt so schnell wie", "twice as fast as".
const SO_AS = new Set(['so', 'as']);
// "wie"/"like" mean similarity only before a preposition or the name itself ("wie bei X"), not as
// the "how" of an indirect question ("…, wie die Telekom das macht").
const SIMILARITY_PREPOSITIONS = new Set(['bei', 'beim', 'mit', 'im', 'von', 'at', 'with', 'on', 'from']);
// Words a negated positive may skip: "nicht gerade schnell", "not very reliable".
const INTENSIFIERS = new Set(['so', 'sehr', 'gerade', 'besonders', 'wirklich', 'sonderlich', 'allzu', 'very', 'really', 'that', 'too', 'particularly', 'exactly', 'ganz', 'immer']);

function lowerSet(items: readonly string[]): ReadonlySet<string> {
  return new Set(items.map((item) => item.toLowerCase()));
}

/** A place where the post names a competitor. */
interface Mention extends Span {
  competitor: string;
  /** For a hashtag or @mention: the rest of the tag besides the name ("Fail" of #TelekomFail). */
  tagRest?: string;
}

type CueKind = 'anchored' | 'evaluative' | 'descriptive' | 'subject' | 'switching' | 'mocking' | 'tag';

interface Cue extends Span {
  kind: CueKind;
  text: string;
}

// Cue kinds in the order they are preferred as the finding's `word`.
const PRIORITY: readonly CueKind[] = ['anchored', 'tag', 'evaluative', 'descriptive', 'subject', 'switching', 'mocking'];

export const competitor: Rule = {
  meta: {
    id: 'competitor',
    description: {
      en: 'Never speak badly of competitors (a congratulation is fine).',
      de: 'Nie schlecht über Mitbewerber sprechen (ein Glückwunsch ist in Ordnung).',
    },
    defaultSeverity: 'warning',
    fixable: 'none',
    messages: {
      negative: {
        en: 'Negative wording about the competitor {competitor} (“{word}”): if you have nothing nice to say about competitors, say nothing.',
        de: 'Negative Äußerung über den Mitbewerber {competitor} („{word}“): Wenn du nichts Nettes über Mitbewerber zu sagen hast, sag lieber nichts.',
      },
    },
  },
  check(context) {
    const names = competitorNames(context);
    if (names.length === 0) return;
    const text = context.content;
    const tokens = context.post.tokens;
    const mentions = findMentions(text, tokens.all, names);
    if (mentions.length === 0) return;

    // Cues are searched with URLs and @mentions blanked out (a cue word inside a link is no
    // wording); hashtags stay, "#fail" is a cue.
    const scan = blankOut(text, [...tokens.urls, ...tokens.mentions]);
    const allWords = words(scan);
    for (const sentence of joinFragments(text, sentences(text), allWords, mentions)) {
      const inSentence = within(mentions, sentence);
      if (inSentence.length === 0) continue;
      const sentenceClauses = clauses(scan, sentence);
      const sentenceWords = within(allWords, sentence);
      // A warning about fraud in a competitor's name is about the fraudsters: only cues that point
      // at the name count there.
      const neutral = NEUTRALIZERS.findAll(scan, sentence.start, sentence.end).length > 0;
      const cues = neutral ? [] : findCues(scan, sentence, sentenceClauses, sentenceWords);
      const congratulates = CONGRATULATION.findAll(scan, sentence.start, sentence.end).length > 0;
      const reported = new Set<string>();
      for (const mention of inSentence) {
        if (reported.has(mention.competitor)) continue;
        const clause = spanAt(sentenceClauses, mention.start);
        const applicable = [
          ...anchoredCues(scan, mention, sentenceWords, sentenceClauses),
          ...tagCues(mention),
          ...cues.filter((cue) => {
            const inClause = clause !== undefined && cue.start >= clause.start && cue.end <= clause.end;
            if (cue.kind === 'descriptive') return inClause;
            if (cue.kind === 'subject') return inClause && cue.start >= mention.end;
            if (cue.kind === 'mocking') return !congratulates;
            return true;
          }),
        ];
        const best = pickCue(applicable);
        if (!best) continue;
        reported.add(mention.competitor);
        context.report({
          messageId: 'negative',
          data: { competitor: mention.competitor, word: best.text },
          start: mention.start,
          end: mention.end,
        });
      }
    }
  },
};

function competitorNames(context: RuleContext): string[] {
  const configured = context.settings.config.competitors;
  if (!Array.isArray(configured)) return [];
  const names: string[] = [];
  for (const name of configured) {
    if (typeof name !== 'string') continue;
    const trimmed = name.trim();
    if (trimmed !== '' && !names.some((other) => other.toLowerCase() === trimmed.toLowerCase())) names.push(trimmed);
  }
  return names;
}

/**
 * Sentences, with fragments joined to their neighbour: a mention asked about on its own ("Die
 * Telekom? Viel zu teuer!", "Noch bei Vodafone? Tschüss Funkloch!") joins the next sentence, a short comment ("… Störung. LOL.") the one
 * before.
 */
function joinFragments(text: string, spans: readonly Span[], allWords: readonly Word[], mentions: readonly Mention[]): Span[] {
  const joined: Span[] = [];
  let pending: Span | undefined;
  for (const span of spans) {
    const current: Span = pending ? { start: pending.start, end: span.end } : { ...span };
    pending = undefined;
    const wordCount = within(allWords, span).length;
    const named = within(mentions, span).length > 0;
    // "Vodafone?", "Noch bei der Telekom?": a short question about the competitor, answered next.
    const question = /\?[^\p{L}\p{N}]*$/u.test(text.slice(span.start, span.end));
    if (named && (wordCount <= 2 || (question && wordCount <= 4)) && span !== spans[spans.length - 1]) {
      pending = current;
    } else if (wordCount <= 2 && !named && joined.length > 0) {
      joined[joined.length - 1].end = current.end;
    } else {
      joined.push(current);
    }
  }
  if (pending) joined.push(pending);
  return joined;
}

/** Mentions in the text ("Telekom", "Telekoms", "Vodafone-Kunden") and in hashtags and @mentions. */
function findMentions(text: string, tokens: readonly Token[], names: readonly string[]): Mention[] {
  const { matcher, variants, mayName } = nameMatcher(names);
  const mentions: Mention[] = [];
  // Nearly all posts name no competitor: those are done after one quick search.
  if (mayName === undefined || mayName.test(text)) {
    // Tokens are read as tags below, never as running text (no "Telekom" inside a URL).
    const body = blankOut(text, tokens);
    for (const match of matcher.findAll(body)) {
      const competitor = variants.get(variantKey(match.text));
      if (competitor) mentions.push({ start: match.start, end: match.end, competitor });
    }
  }
  for (const token of tokens) {
    if (token.kind !== 'hashtag' && token.kind !== 'mention') continue;
    for (const name of names) {
      const rest = tagRest(token.value, name);
      if (rest === undefined) continue;
      mentions.push({ start: token.start, end: token.end, competitor: name, tagRest: rest });
      break;
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

export interface NameMatcher {
  matcher: WordMatcher;
  /** Each spelling ("telekom's") to the configured name ("Telekom"). */
  variants: Map<string, string>;
  /**
   * Finds where a spelling may be: any of their first parts (up to a space or apostrophe), which a
   * match of the matcher holds as written, case aside. Undefined when a spelling has no such part.
   */
  mayName: RegExp | undefined;
}

// One matcher per list of names, kept while the configuration stays the same.
let lastNames: { key: string; value: NameMatcher } | undefined;

export function nameMatcher(names: readonly string[]): NameMatcher {
  const key = names.join('\u0000');
  if (lastNames?.key === key) return lastNames.value;
  // Names are literal (a "*" in a name is a star); the genitive "s" is part of the mention.
  const variants = new Map<string, string>();
  for (const name of names) {
    for (const variant of [name, `${name}s`, `${name}'s`]) variants.set(variantKey(variant), name);
  }
  const spellings = [...variants.keys()];
  // As the matcher reads a literal entry (parseEntry): trimmed, NFC, a space or apostrophe is no literal.
  const firstParts = [...new Set(spellings.map((spelling) => spelling.trim().normalize('NFC').split(/[\s'’]/)[0]!))];
  const mayName = firstParts.includes('') ? undefined : new RegExp(firstParts.map(escapeRegExp).join('|'), 'iu');
  const value = { matcher: compileWordList(spellings, { literal: true }), variants, mayName };
  lastNames = { key, value };
  return value;
}

function variantKey(name: string): string {
  return name.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
}

/**
 * When `tag` names the competitor — the whole tag or a clear part of it — the rest of the tag ("" for
 * the whole tag); else undefined. Clear parts: #TelekomFail, @Telekom_hilft, @VodafoneDE, @o2de,
 * @deutschetelekom (a known affix), never the "telekom" inside #Telekommunikation.
 */
export function tagRest(tag: string, name: string): string | undefined {
  const key = tagKey(name);
  const lower = tag.toLowerCase();
  if (key === '' || !lower.includes(key)) return undefined;
  if (lower === key) return '';
  if (lower.startsWith(key)) {
    const rest = tag.slice(key.length).replace(/^_+/, '');
    if (isClearBoundary(tag, key.length) || TAG_AFFIXES.has(rest.toLowerCase()) || isCueWord(rest)) return rest;
  }
  if (lower.endsWith(key)) {
    const at = tag.length - key.length;
    const rest = tag.slice(0, at).replace(/_+$/, '');
    if (isClearBoundary(tag, at) || TAG_AFFIXES.has(rest.toLowerCase()) || isCueWord(rest)) return rest;
  }
  return undefined;
}

const tagKeys = new Map<string, string>();

/** A name as it can appear in a tag: "Deutsche Telekom" → "deutschetelekom". */
function tagKey(name: string): string {
  let key = tagKeys.get(name);
  if (key === undefined) {
    key = name.toLowerCase().replace(/[\s\-_.]/g, '');
    if (tagKeys.size > 256) tagKeys.clear();
    tagKeys.set(name, key);
  }
  return key;
}

/** A camel-case, underscore or digit boundary at `index` of a tag. */
function isClearBoundary(tag: string, index: number): boolean {
  const before = tag[index - 1] ?? '';
  const after = tag[index] ?? '';
  if (before === '_' || after === '_') return true;
  if (/\p{N}/u.test(before) !== /\p{N}/u.test(after)) return true;
  return /\p{Lu}/u.test(after) && /\p{Ll}/u.test(before);
}

function isCueWord(word: string): boolean {
  return word !== '' && (EVALUATIVE.matchesWhole(word) || MOCKING.matchesWhole(word) || DESCRIPTIVE.matchesWhole(word));
}

/** Cues of a sentence that do not depend on where the competitor stands in it. */
function findCues(scan: string, sentence: Span, sentenceClauses: readonly Span[], sentenceWords: readonly Word[]): Cue[] {
  const cues: Cue[] = [];
  const add = (kind: CueKind, matches: WordMatch[], negatable: boolean) => {
    for (const match of matches) {
      if (negatable) {
        const clause = spanAt(sentenceClauses, match.start) ?? sentence;
        if (negatorBefore(sentenceWords, match.start, clause.start, 3, NEGATORS)) continue; // "nicht schlecht"
      }
      cues.push({ kind, start: match.start, end: match.end, text: match.text });
    }
  };
  add('evaluative', EVALUATIVE.findAll(scan, sentence.start, sentence.end), true);
  add('descriptive', DESCRIPTIVE.findAll(scan, sentence.start, sentence.end), true);
  add('subject', SUBJECT_CUES.findAll(scan, sentence.start, sentence.end), true);
  add('switching', SWITCHING.findAll(scan, sentence.start, sentence.end), false);
  add('mocking', MOCKING.findAll(scan, sentence.start, sentence.end), false);
  // "bricht das Netz ständig zusammen", "zockt dich ab": verb and particle in one clause.
  for (const clause of sentenceClauses) {
    const clauseWords = within(sentenceWords, clause);
    clauseWords.forEach((word, index) => {
      const verb = word.text.toLowerCase();
      const entry = SEPARABLE.find((candidate) => candidate.verbs.has(verb));
      const particle = entry && clauseWords.slice(index + 1).find((later) => later.text.toLowerCase() === entry.particle);
      if (!entry || !particle || negatorBefore(sentenceWords, word.start, clause.start, 3, NEGATORS)) return;
      const between = clauseWords.slice(index + 1).filter((later) => later.end <= particle.start);
      if (between.some((later) => isNegator(later.text, NEGATORS))) return; // "bricht nie zusammen"
      cues.push({ kind: entry.kind, start: word.start, end: particle.end, text: scan.slice(word.start, particle.end) });
    });
  }
  // A negated positive is descriptive: "nicht gerade zuverlässig", "kein Empfang", "not very fast".
  sentenceWords.forEach((word, index) => {
    if (!NEGATORS.negators.has(word.text.toLowerCase()) && !/n['’]t$/i.test(word.text)) return;
    for (let next = index + 1; next < sentenceWords.length && next <= index + 3; next++) {
      const candidate = sentenceWords[next].text.toLowerCase();
      if (NEGATORS.notNegating.has(candidate)) return;
      if (POSITIVES.has(candidate)) {
        cues.push({ kind: 'descriptive', start: word.start, end: sentenceWords[next].end, text: scan.slice(word.start, sentenceWords[next].end) });
        return;
      }
      if (!INTENSIFIERS.has(candidate)) return;
    }
  });
  return cues;
}

/** The words between `from` and `to`, if there are at most `max` and all are connectors. */
function onlyConnectorsBetween(sentenceWords: readonly Word[], from: number, to: number, max: number): boolean {
  const between = within(sentenceWords, { start: from, end: to });
  return between.length <= max && between.every((word) => CONNECTORS.has(word.text.toLowerCase()));
}

/** Cues that point at this mention: "besser als X", "im Gegensatz zu X", "keine … wie bei X". */
function anchoredCues(scan: string, mention: Mention, sentenceWords: readonly Word[], sentenceClauses: readonly Span[]): Cue[] {
  const cues: Cue[] = [];
  // The few words before the mention are all that is read.
  const index = firstFrom(sentenceWords, mention.start);
  const before = sentenceWords.slice(Math.max(0, index - 12), index);
  // Walk back over connectors ("als das Netz der Telekom") to the word that governs the mention.
  let g = before.length - 1;
  let skipped = 0;
  while (g >= 0 && skipped < 3 && CONNECTORS.has(before[g].text.toLowerCase())) {
    g--;
    skipped++;
  }
  const governor = before[g];
  const clause = spanAt(sentenceClauses, mention.start);
  if (governor) {
    const lower = governor.text.toLowerCase();
    // "besser als X", "mehr Speed als X", "more reliable than X" — unless negated ("nicht besser als").
    if (COMPARISON_WORDS.has(lower)) {
      for (let c = g - 1; c >= 0 && c >= g - 3; c--) {
        if (!COMPARATIVES.has(before[c].text.toLowerCase())) continue;
        if (!negatorBefore(before, before[c].start, clause?.start ?? 0, 2, NEGATORS)) {
          cues.push({ kind: 'anchored', start: before[c].start, end: governor.end, text: scan.slice(before[c].start, governor.end) });
        }
        break;
      }
    }
    // "doppelt so schnell wie X", "twice as fast as X".
    if ((lower === 'wie' || lower === 'as') && g >= 3 && SO_AS.has(before[g - 2].text.toLowerCase()) && MULTIPLIERS.has(before[g - 3].text.toLowerCase())) {
      cues.push({ kind: 'anchored', start: before[g - 3].start, end: governor.end, text: scan.slice(before[g - 3].start, governor.end) });
    }
    // "keine Funklöcher wie bei X", "no hidden fees like at X", "nicht wie X": a negator earlier in the clause.
    const directlyBefore = skipped === 0 || SIMILARITY_PREPOSITIONS.has(before[g + 1]?.text.toLowerCase() ?? '');
    const negatedRightBefore = g > 0 && negatorBefore(before, governor.start, before[g - 1].start, 1, NEGATORS) !== undefined; // "nicht wie die Telekom"
    if (SIMILARITY.has(lower) && (directlyBefore || negatedRightBefore) && clause && governor.start >= clause.start) {
      const negator = negatorBefore(before, governor.start, clause.start, 6, NEGATORS);
      if (negator) cues.push({ kind: 'anchored', start: negator.start, end: governor.end, text: scan.slice(negator.start, governor.end) });
    }
  }
  // "im Gegensatz zu X", "unlike X", "anders als bei X"; "Tschüss Vodafone", "nie wieder Telekom".
  // Searched in the 12 words before the mention, not from the sentence's start (that is quadratic in
  // the mentions of a long sentence): a phrase counts only when at most 3 connectors follow it, and
  // the lists' phrases have at most 4 words, so one that counts lies well inside the window.
  const windowStart = before[0]?.start ?? mention.start;
  for (const [matcher, max] of [[CONTRAST, 3], [FAREWELL, 2]] as const) {
    for (const match of matcher.findAll(scan, windowStart, mention.start)) {
      if (onlyConnectorsBetween(sentenceWords, match.end, mention.start, max)) cues.push({ kind: 'anchored', start: match.start, end: match.end, text: match.text });
    }
  }
  return cues;
}

/** #TelekomFail, #VodafoneSucks: the tag itself is the cue. */
function tagCues(mention: Mention): Cue[] {
  if (!mention.tagRest || !isCueWord(mention.tagRest)) return [];
  return [{ kind: 'tag', start: mention.start, end: mention.end, text: mention.tagRest }];
}

function pickCue(cues: readonly Cue[]): Cue | undefined {
  let best: Cue | undefined;
  for (const cue of cues) {
    if (!best) best = cue;
    else {
      const rank = PRIORITY.indexOf(cue.kind) - PRIORITY.indexOf(best.kind);
      if (rank < 0 || (rank === 0 && cue.start < best.start)) best = cue;
    }
  }
  return best;
}
