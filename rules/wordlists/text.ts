// Small text scanners shared by the guideline rules: blanking out ranges (URLs, mentions) without
// moving offsets, words with their offsets, sentences and clauses.
//
// Hand-written rather than Intl.Segmenter's sentence mode: a social post's sentences end at line
// breaks and emoji ("lahm. 🙄 Wir …" — the emoji belongs to the sentence before), and German
// abbreviations and ordinals ("z. B.", "am 5. Mai") must not end a sentence.

export interface Span {
  start: number;
  end: number;
}

/** `text` with every range replaced by spaces: same length, so offsets stay valid. */
export function blankOut(text: string, ranges: readonly Span[]): string {
  if (ranges.length === 0) return text;
  let result = '';
  let cursor = 0;
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    if (range.start < cursor) continue;
    result += text.slice(cursor, range.start) + ' '.repeat(range.end - range.start);
    cursor = range.end;
  }
  return result + text.slice(cursor);
}

export interface Word extends Span {
  text: string;
}

// A word: letters/digits with inner apostrophes ("don't", "geht's"); hyphens split words, so the
// parts of "Vodafone-Kunden" are separate words.
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}_]|['’](?=\p{L}))*/gu;

export function words(text: string, from = 0, to = text.length): Word[] {
  const found: Word[] = [];
  WORD.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = WORD.exec(text)) !== null && match.index < to) {
    const end = Math.min(match.index + match[0].length, to);
    found.push({ start: match.index, end, text: text.slice(match.index, end) });
  }
  return found;
}

// Abbreviations after which a period does not end a sentence (compared in lower case).
const ABBREVIATIONS = new Set([
  'z', 'b', 'bzw', 'ca', 'd', 'h', 'u', 'a', 'usw', 'etc', 'inkl', 'exkl', 'ggf', 'evtl', 'vgl', 'nr', 'str', 'tel',
  'mio', 'mrd', 'dr', 'prof', 'hr', 'fr', 'mr', 'mrs', 'ms', 'st', 'e', 'g', 'i', 'vs', 'approx', 'no', 'jan', 'feb',
  'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'oct', 'nov', 'dez', 'dec', 'mo', 'di', 'mi', 'do', 'sa', 'so',
]);

const TERMINATOR = /[.!?…]+/g;

/** Sentences of `text`: split at line breaks and at . ! ? … followed by a space. */
export function sentences(text: string): Span[] {
  const spans: Span[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    splitLine(text, lineStart, lineEnd, spans);
    lineStart = lineEnd + 1;
  }
  return spans;
}

function splitLine(text: string, from: number, to: number, spans: Span[]): void {
  let start = from;
  TERMINATOR.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = TERMINATOR.exec(text)) !== null && match.index < to) {
    let end = match.index + match[0].length;
    if (end >= to) break;
    if (!/\s/.test(text[end])) continue; // "3.5", "sipgate.de", "?!"
    if (match[0] === '.' && !endsSentence(text, start, match.index)) continue;
    // Emoji, closing quotes and brackets right after the mark belong to this sentence.
    let next = end;
    while (next < to && !/[\p{L}\p{N}@#＠＃]/u.test(text[next])) next++;
    const tail = text.slice(end, next);
    if (/[^\s]/.test(tail)) end = end + tail.trimEnd().length;
    pushTrimmed(text, start, end, spans);
    start = end;
    TERMINATOR.lastIndex = end;
  }
  pushTrimmed(text, start, to, spans);
}

/** False for the period of an abbreviation ("z.B.", "ca.") or an ordinal ("am 5. Mai"). */
function endsSentence(text: string, sentenceStart: number, period: number): boolean {
  let start = period;
  while (start > sentenceStart && LETTER_OR_DIGIT.test(text[start - 1])) start--;
  if (start === period) return true;
  const word = text.slice(start, period);
  if (/^\d+$/.test(word)) return false;
  return !ABBREVIATIONS.has(word.toLowerCase());
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function pushTrimmed(text: string, start: number, end: number, spans: Span[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) spans.push({ start, end });
}

// Clause boundaries: punctuation that separates statements, and conjunctions that start a contrast
// ("…, aber", "but", "während", "whereas"). The conjunction starts the next clause.
const CLAUSE_BREAK = /\s*(?:[,;:()\[\]]|\s[–—-]\s)\s*|\s(?=(?:aber|doch|sondern|während|wohingegen|but|while|whereas)\s)/giu;

/** Clauses of `text[span]`. */
export function clauses(text: string, span: Span): Span[] {
  const spans: Span[] = [];
  let start = span.start;
  CLAUSE_BREAK.lastIndex = span.start;
  let match: RegExpExecArray | null;
  while ((match = CLAUSE_BREAK.exec(text)) !== null && match.index < span.end) {
    if (match[0].length === 0) {
      CLAUSE_BREAK.lastIndex++;
      continue;
    }
    // A comma or colon inside a number ("4,99 €", "18:00") is no clause break.
    if (/^[,:]$/.test(match[0].trim()) && /\d/.test(text[match.index - 1] ?? '') && /\d/.test(text[match.index + 1] ?? '')) continue;
    pushTrimmed(text, start, match.index, spans);
    start = match.index + match[0].length;
  }
  pushTrimmed(text, start, span.end, spans);
  return spans;
}

/** Index of the first span in sorted `spans` that starts at or after `offset` (binary search). */
export function firstFrom(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid].start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The spans of sorted, non-overlapping `spans` that lie inside `range`. */
export function within<T extends Span>(spans: readonly T[], range: Span): T[] {
  const found: T[] = [];
  for (let i = firstFrom(spans, range.start); i < spans.length && spans[i].end <= range.end; i++) found.push(spans[i]);
  return found;
}

/** The span of sorted, non-overlapping `spans` that contains `offset`. */
export function spanAt<T extends Span>(spans: readonly T[], offset: number): T | undefined {
  const index = firstFrom(spans, offset + 1) - 1;
  const span = spans[index];
  return span && span.start <= offset && offset < span.end ? span : undefined;
}
