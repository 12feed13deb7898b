// Clauses of a sentence, split at punctuation. Good enough to keep a negation in one clause from
// flipping the meaning of another ("Kein Problem, schick uns …") without a parser. Two cuts, which
// the rules were tuned on (their results differ, so both stay):
//   - `splitClauses` (customer-data): at comma, semicolon, colon, brackets, dashes, ellipses,
//     bullets, line breaks, "+++" and " / "; clauses without a letter or digit are dropped;
//   - `clauses` (tone, competitor): at comma, semicolon, colon, round and square brackets and dashes
//     between spaces, and before a contrasting conjunction ("…, aber", "but", "während", "whereas"),
//     which starts the next clause; every non-blank clause is kept ("🙄").
// Neither splits at a comma or colon between digits ("4,99 €", "18:00").

import { trimSpan, type Span } from './span';

export interface Clause extends Span {
  text: string;
}

interface ClauseCut {
  separator: RegExp;
  /**
   * The separator may read the text after the range: a conjunction counts only before a space, and
   * the last word of a sentence is followed by one.
   */
  readsPastEnd: boolean;
  /** Keep clauses without a letter or digit (an emoji, a price). */
  keepWordless: boolean;
}

const PUNCTUATION: ClauseCut = {
  // A hyphen counts only between spaces ("Danke - wir …"), never inside "E-Mail".
  separator: /[,;:()[\]{}–—…•\n]|\s-\s|\.{2,}|\+{2,}|\s\/\s/gu,
  readsPastEnd: false,
  keepWordless: false,
};

const CONTRAST: ClauseCut = {
  separator: /\s*(?:[,;:()\[\]]|\s[–—-]\s)\s*|\s(?=(?:aber|doch|sondern|während|wohingegen|but|while|whereas)\s)/giu,
  readsPastEnd: true,
  keepWordless: true,
};

/** Clauses of `text.slice(start, end)` at punctuation, with offsets into `text` (see above). */
export function splitClauses(text: string, start = 0, end = text.length): Clause[] {
  return cut(text, start, end, PUNCTUATION);
}

/** Clauses of `text[span]` at punctuation and before a contrasting conjunction (see above). */
export function clauses(text: string, span: Span): Clause[] {
  return cut(text, span.start, span.end, CONTRAST);
}

function cut(text: string, start: number, end: number, { separator, readsPastEnd, keepWordless }: ClauseCut): Clause[] {
  const found: Clause[] = [];
  const push = (from: number, to: number) => {
    const clause = trimSpan(text, from, to);
    if (!clause) return;
    const clauseText = text.slice(clause.start, clause.end);
    if (keepWordless || /[\p{L}\p{N}]/u.test(clauseText)) found.push({ ...clause, text: clauseText });
  };
  // Searching a prefix of the text from `start` is the same as searching the range itself (the
  // separators look at nothing before them), without copying it.
  const scope = readsPastEnd ? text : text.slice(0, end);
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
