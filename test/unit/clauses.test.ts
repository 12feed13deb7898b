// Clauses of a sentence (rules/language/clauses.ts). `clauses` reads past the end of its span (a
// contrasting conjunction may start right after it), but only as far as a separator needs, not to
// the end of the text: it must cut as the search over the whole rest of the text did — checked on
// generated texts of punctuation, dashes, conjunctions and long runs of spaces — and stay linear.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { clauses } from '../../rules/language/clauses';
import { trimSpan, type Span } from '../../rules/language/span';
import { SEED, textWithWindow } from '../support/arbitraries';

/** The cut as it was: the separator searched from the span's start through the whole rest of the text. */
function clausesSearchingToTheEnd(text: string, span: Span): Span[] {
  const separator = /\s*(?:[,;:()\[\]]|\s[–—-]\s)\s*|\s(?=(?:aber|doch|sondern|während|wohingegen|but|while|whereas)\s)/giu;
  const found: Span[] = [];
  const push = (from: number, to: number) => {
    const clause = trimSpan(text, from, to);
    if (clause) found.push(clause);
  };
  separator.lastIndex = span.start;
  let from = span.start;
  let match: RegExpExecArray | null;
  while ((match = separator.exec(text)) !== null && match.index < span.end) {
    const at = match.index;
    if ((match[0] === ':' || match[0] === ',') && /\d/.test(text[at - 1] ?? '') && /\d/.test(text[at + 1] ?? '')) continue;
    push(from, at);
    from = at + match[0].length;
  }
  push(from, span.end);
  return found;
}

const piece = fc.constantFrom('Das', 'ist', 'gut', ' ', ' ', '  ', ' '.repeat(20), '\n', ',', ';', ':', '(', ')', ' - ', ' – ', '—', 'aber', 'WÄHREND', 'wohingegen', 'whereas', 'but', '4', '18:00', '1,5', '.', '🙄');
const texts = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''));

describe('clauses', () => {
  it('cuts as searching the whole rest of the text did', () => {
    let cuts = 0;
    fc.assert(
      fc.property(textWithWindow(texts), ({ text, start, end }) => {
        const expected = clausesSearchingToTheEnd(text, { start, end });
        if (expected.length > 1) cuts++;
        assert.deepEqual(clauses(text, { start, end }), expected, JSON.stringify({ text, start, end }));
      }),
      { seed: SEED, numRuns: 5000 },
    );
    assert.ok(cuts > 250, `${cuts} spans with more than one clause`);
  });

  it('reads each sentence of a long text, not the rest of the text', () => {
    // 13,000 sentences without a separator: each search used to run to the end of the text.
    const text = 'Die Telekom ist mies. '.repeat(13_000);
    const spans: Span[] = [];
    for (let start = 0; start < text.length; start += 22) spans.push({ start, end: start + 21 });
    const cut = spans.map((span) => clauses(text, span));
    assert.deepEqual(cut[5_000], [{ start: 110_000, end: 110_021 }]);
  });
});
