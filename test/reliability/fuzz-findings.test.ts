// Documents the fuzzer (fuzz.test.ts) once failed on, kept as fixtures so that they are checked on
// every run whatever the generators draw. Each with the date and what it was.

import { describe, it } from 'node:test';
import { checkDocument, newFigures } from './invariants';

/** A sequence nested one level deeper on each line, `depth` levels. */
function deepSequence(depth: number): string {
  const lines = Array.from({ length: depth }, (_, level) => `${' '.repeat(level)}- `);
  return `---\nchannels:\n${lines.join('\n')}\n${' '.repeat(depth)}- x\n---\n`;
}

/** A frontmatter whose block scalar says "Sie" 65 times, twice: the body is the second one. */
const TWICE_SIE = `---\n"k": |\n  ${'Sie '.repeat(65)}|\n  \n---\n`.repeat(2);

const FINDINGS: Array<[string, string, string?]> = [
  // 2026-11-22, `npm run fuzz`: the message quotes the value `reply {0}` as written, and the check
  // took the quoted `{0}` for an unfilled placeholder (the check was wrong, not the message).
  ['a value that looks like a placeholder', '---\nkind: reply\n {0}\n---\n\n'],
  // 2026-11-22, `npm run fuzz`: 1,012 ms of wall-clock time on a loaded machine (the budget is now CPU time).
  ['a sequence nested 386 levels deep (75,000 characters)', deepSequence(386)],
  // 2026-11-22, `npm run fuzz` (document 34,774 of 100,000): the length rule's tooLong finding
  // offered "split into a thread" (fixSplit) with no edits — a quick fix that did nothing.
  ['a post whose body is a second frontmatter block', TWICE_SIE],
  // 2026-11-22, `npm run fuzz` (document 37,245 of 100,000): tone's punctuation fix collapsed the
  // "!!!!" of "<!!!!--" to "!", which opened a note that hid the rest of the post.
  ['a run of marks between "<" and "--"', '<!!!!-- postlint-e->\uFEFF\uFEFF\uFEFF\uFEFF\r\n'],
  // 2026-11-22, `npm run fuzz` (document 94,380 of 100,000): the sign-off `<!--^SeSe` from the
  // frontmatter, added by the sign-off fix, opened a note that hid the rest of the post.
  ['a sign-off that opens a note', '\uFEFF---\n\nchannel: X\nx: &a [1]\nsignoff: <!--^SeSe\nkind: reply\n---\n日本語 sie schick #engineering\n'],
];

describe('fuzz findings', () => {
  for (const [name, text, todo] of FINDINGS) {
    it(name, { todo }, () => {
      checkDocument(text, {}, newFigures());
    });
  }
});
