// Clauses of a sentence, split at punctuation: comma, semicolon, colon, brackets, dashes, ellipses,
// bullets, line breaks, "+++". Good enough to keep a negation in one clause from flipping the meaning of another
// ("Kein Problem, schick uns …") without a parser.

import type { Range } from './mask';

export interface Clause extends Range {
  text: string;
}

// A hyphen counts only between spaces ("Danke - wir …"), never inside "E-Mail".
const SEPARATOR = /[,;:()[\]{}–—…•\n]|\s-\s|\.{2,}|\+{2,}|\s\/\s/gu;

/** Clauses of `text.slice(start, end)` with offsets into `text`; empty ones are dropped. */
export function splitClauses(text: string, start = 0, end = text.length): Clause[] {
  const clauses: Clause[] = [];
  const push = (from: number, to: number) => {
    while (from < to && /[\s]/u.test(text[from]!)) from++;
    while (to > from && /[\s]/u.test(text[to - 1]!)) to--;
    if (to > from && /[\p{L}\p{N}]/u.test(text.slice(from, to))) clauses.push({ start: from, end: to, text: text.slice(from, to) });
  };
  let from = start;
  const slice = text.slice(start, end);
  for (const match of slice.matchAll(SEPARATOR)) {
    const at = start + match.index;
    // A colon inside a time ("18:00") or a comma inside a number ("1,5") is no clause boundary.
    if ((match[0] === ':' || match[0] === ',') && /\d/u.test(text[at - 1] ?? '') && /\d/u.test(text[at + 1] ?? '')) continue;
    push(from, at);
    from = at + match[0].length;
  }
  push(from, end);
  return clauses;
}
