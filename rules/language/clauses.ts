// Clauses of a sentence, split at punctuation. Good enough to keep a negation in one clause from
// flipping the meaning of another ("Kein Problem, schick uns …") without a parser. Two cuts, which
// the rules were tuned on (their results differ, so both stay):
//   - `splitClauses` (customer-data): at comma, semicolon, colon, brackets, dashes, ellipses,
//     bullets, line breaks, "+++" and " / "; clauses without a letter or digit are dropped;
//   - `clauses` (tone, competitor): at comma, semicolon, colon, round and square brackets and dashes
//     between spaces, and before a contrasting conjunction ("…, aber", "but", "während", "whereas"),
//     which starts the next clause; every non-blank clause is kept ("🙄"), as a span.
// Neither splits at a comma or colon between digits ("4,99 €", "18:00").

import { trimSpan, type Span } from './span';

export interface Clause extends Span {
  text: string;
}

// A hyphen counts only between spaces ("Danke - wir …"), never inside "E-Mail".
const PUNCTUATION = /[,;:()[\]{}–—…•\n]|\s-\s|\.{2,}|\+{2,}|\s\/\s/gu;
const CONTRAST = ['aber', 'doch', 'sondern', 'während', 'wohingegen', 'but', 'while', 'whereas'];
const PUNCTUATION_OR_CONTRAST = new RegExp(`\\s*(?:[,;:()\\[\\]]|\\s[–—-]\\s)\\s*|\\s(?=(?:${CONTRAST.join('|')})\\s)`, 'giu');
// How far past a span's end that separator may have to read to decide on a match inside the span:
// the space before a conjunction, the longest conjunction, the space after it. (A match may run on
// further, through a run of spaces, but what lies past the end is no clause of the span.)
const CONTRAST_READS_PAST_END = 2 + Math.max(...CONTRAST.map((word) => word.length));

/** Clauses of `text.slice(start, end)` at punctuation, with offsets into `text` (see above). */
export function splitClauses(text: string, start = 0, end = text.length): Clause[] {
  const found: Clause[] = [];
  for (const clause of cut(text, start, end, PUNCTUATION, 0)) {
    const clauseText = text.slice(clause.start, clause.end);
    if (/[\p{L}\p{N}]/u.test(clauseText)) found.push({ start: clause.start, end: clause.end, text: clauseText });
  }
  return found;
}

/** Clauses of `text[span]` at punctuation and before a contrasting conjunction (see above). */
export function clauses(text: string, span: Span): Span[] {
  // A conjunction counts only before a space: the separator may read past the end of the span.
  return cut(text, span.start, span.end, PUNCTUATION_OR_CONTRAST, CONTRAST_READS_PAST_END);
}

/**
 * The non-blank stretches of `text[start, end)` between the matches of `separator`, trimmed. The
 * separator sees the text up to `readsPastEnd` characters past the end, never further: searching
 * on to the end of the whole text for the next separator made every sentence of a long text cost
 * the rest of the text (a 288 KB post of short sentences took seconds).
 */
function cut(text: string, start: number, end: number, separator: RegExp, readsPastEnd: number): Span[] {
  const found: Span[] = [];
  const push = (from: number, to: number) => {
    const clause = trimSpan(text, from, to);
    if (clause) found.push(clause);
  };
  // Searching a prefix of the text from `start` finds what searching the range itself finds (the
  // separators look at nothing before them), without copying the range.
  const scope = text.slice(0, Math.min(text.length, end + readsPastEnd));
  separator.lastIndex = start;
  let from = start;
  let match: RegExpExecArray | null;
  while ((match = separator.exec(scope)) !== null && match.index < end) {
    const at = match.index;
    // A colon inside a time ("18:00") or a comma inside a number ("1,5") is no clause boundary.
    if ((match[0] === ':' || match[0] === ',') && /\d/.test(text[at - 1] ?? '') && /\d/.test(text[at + 1] ?? '')) continue;
    push(from, at);
    from = at + match[0].length;
  }
  push(from, end);
  return found;
}
