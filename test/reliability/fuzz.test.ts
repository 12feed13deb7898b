// Fuzzing the engine (fast-check, seeded): generated posts mutated at arbitrary UTF-16 positions
// (BOM, CRLF, lone surrogates, NUL, joiners, bidi controls …), hostile frontmatter (unterminated,
// duplicate keys, alias bombs, deep nesting, long scalars) and binary files. For each: no exception,
// no rule failing, every range inside the document, each lint under 1 s, every fix and suggestion
// harmless, Fix All converging (test/reliability/invariants.ts). 10,000 documents in `npm test`;
// `npm run fuzz` runs 100,000 (POSTLINT_FUZZ_RUNS sets the number).
//
// The huge documents (10 MB scalars, megabytes of one character) are cases of their own below: the
// generators keep documents small so that ten thousand of them take seconds.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { lint, type PostlintConfig } from '../../rules';
import { hostileDocument, SEED } from '../support/arbitraries';
import { checkDocument, describeFigures, newFigures } from './invariants';

const RUNS = Number(process.env.POSTLINT_FUZZ_RUNS ?? 10_000);
const CONFIG: PostlintConfig = {
  signOff: '^SeSe',
  competitors: ['Telekom', 'Vodafone', 'O2'],
  words: { rude: ['Mist', 'crap'], allowed: ['Idiot'] },
  rules: { 'hashtag-count': ['warning', { instagramMax: 3 }] },
};

const MB = 1024 * 1024;

/** Documents far past anything the generators make, each a known way to stall a parser or a rule. */
function hugeDocuments(): Array<[string, string]> {
  const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let level = 1; level < 10; level++) laughs.push(`${'abcdefghij'[level]}: &${'abcdefghij'[level]} [${Array(9).fill(`*${'abcdefghij'[level - 1]}`).join(',')}]`);
  const bytes = new Uint8Array(MB);
  for (let index = 0; index < bytes.length; index++) bytes[index] = (Math.imul(index + 1, 2654435761) >>> 24) & 0xff;
  return [
    ['billion laughs (9 levels of 9)', `---\n${laughs.join('\n')}\nchannels: *j\nin-reply-to: *j\n---\nHallo!\n`],
    ['10 MB scalar in closed frontmatter', `---\nin-reply-to: "${'Können Sie mir helfen? '.repeat(Math.ceil((10 * MB) / 23))}"\n---\nHallo!\n`],
    ['10 MB scalar, frontmatter never closed', `---\nsignoff: "${'a'.repeat(10 * MB)}"\nHallo!\n`],
    ['50,000 open brackets', `---\nchannels: ${'['.repeat(50_000)}\n---\nHallo!\n`],
    ['2,000 levels of block nesting', `---\n${Array.from({ length: 2000 }, (_, level) => `${' '.repeat(level)}k${level}:`).join('\n')}\n---\nHallo!\n`],
    ['1 MB of random bytes as UTF-8', new TextDecoder('utf-8').decode(bytes)],
    ['1 MB of random bytes as Latin-1', new TextDecoder('latin1').decode(bytes)],
    ['1 MB of NUL', '\u0000'.repeat(MB)],
    ['1 MB of lone surrogates', '\uDC00\uD800'.repeat(MB / 2)],
    ['1 MB of CR', '\r'.repeat(MB)],
    ['1 MB of zero-width joiners between emoji', '👍\u200D'.repeat(MB / 3)],
    ['1 MB of right-to-left overrides', 'abc\u202E'.repeat(MB / 4)],
    ['1 MB of notes on one line', '<!-- x -->'.repeat(MB / 10)],
    ['1 MB of disable comments and findings', '<!-- postlint-disable-next-line tone -->\nDu Idiot #tag\n'.repeat(MB / 54)],
    ['1 MB of unclosed emphasis', '*a '.repeat(MB / 3)],
    ['1 MB of hashtags', '#tag '.repeat(MB / 5)],
  ];
}

describe('fuzzing the engine', () => {
  it(`${RUNS} generated, mutated and hostile documents: no failure, ranges inside, fixes harmless, each under 1 s`, () => {
    const figures = newFigures();
    fc.assert(
      fc.property(hostileDocument, (text) => {
        checkDocument(text, { config: CONFIG }, figures);
      }),
      { seed: SEED + 6, numRuns: RUNS },
    );
    console.log(`fuzz: ${describeFigures(figures)}`);
    assert.equal(figures.documents >= RUNS, true);
  });

  it('huge and pathological documents: no failure, ranges inside, at most 2 s per megabyte (the CLI’s options)', () => {
    for (const [name, text] of hugeDocuments()) {
      const figures = newFigures();
      // The CLI lints without suggestions, and so does the editor's background lint of a document this
      // large (up to MAX_CHECKED_LENGTH, 2M characters; longer ones are not checked).
      const budgetMs = Math.max(1000, (2000 * text.length) / MB);
      const started = performance.now();
      checkDocument(text, { config: CONFIG, suggestions: false, budgetMs, fixAll: false, maxFixChecks: 20 }, figures);
      console.log(`huge: ${name} (${(text.length / MB).toFixed(1)} M characters): ${(performance.now() - started).toFixed(0)} ms, ${figures.findings} findings`);
    }
  });

  // Intl.Segmenter (Node 20's ICU) is superlinear on a long run without spaces; the chunked
  // segmentation (rules/text/graphemes.ts) must cut such runs at sure cluster boundaries too.
  for (const [name, unit] of [['flags', '🇩🇪'], ['skin-tone emoji', '👍🏽'], ['accented letters (combining marks)', 'e\u0301'], ['CJK ideographs', '漢字']]) {
    it(`80,000 characters of ${name} without a space lint under 1 s`, () => {
      const figures = newFigures();
      checkDocument(unit.repeat(80_000 / unit.length), { config: CONFIG, suggestions: false, fixAll: false }, figures);
    });
  }

  it('an alias bomb is never expanded: the frontmatter reports the aliases as bad values, not a million channels', () => {
    const laughs = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level < 8; level++) laughs.push(`l${level}: &l${level} [${Array(10).fill(level === 1 ? '*a' : `*l${level - 1}`).join(', ')}]`);
    const result = lint(`---\n${laughs.join('\n')}\nchannels: *l7\n---\nHallo!\n`, { config: CONFIG });
    const frontmatter = result.findings.filter((finding) => finding.ruleId === 'frontmatter');
    assert.ok(frontmatter.length > 0 && frontmatter.length < 20, `${frontmatter.length} frontmatter findings`);
  });
});
