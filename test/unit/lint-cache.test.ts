// Incremental linting (rules/engine/lint-cache.ts): a document linted again and again with its
// LintCache, edit after edit, gets exactly the findings of a fresh lint of each version; and the
// rules declared paragraph-scoped find per paragraph exactly what they find in the whole post.
// fast-check, seeded.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ALL_RULES, lint, type PostlintConfig, type Rule } from '../../rules';
import { LintCache } from '../../rules/engine/lint-cache';
import { splitParagraphs } from '../../rules/engine/paragraphs';
import { postDocument, SEED } from '../support/arbitraries';

const RUNS = Number(process.env.POSTLINT_PROPERTY_RUNS ?? 300);

/** Text a writer types or pastes: words, blank lines, tokens, address forms, markup. */
const SNIPPETS = [
  'a', ' ', '\n', '\n\n', '\n\n\n', 'Sie', 'du', 'dich', 'Ihre Kundennummer', 'Wie lautet dein Passwort?', 'Idiot', 'DAS IST NEU',
  '!!!', '#Sommer', '#5G', '@sipgate', 'https://example.com/x', '**fett**', '𝗯𝗼𝗹𝗱', '„Zitat', '“', 'Telekom', 'schlecht',
  '<!-- postlint-disable tone -->', '<!-- postlint-enable -->', '---\n', '\r\n', '😀', 'Unsere Techniker sind unterwegs.',
];

interface Edit {
  /** Where, as a fraction of the text's length. */
  at: number;
  /** How many characters to remove. */
  remove: number;
  insert: string;
}

const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 80 })),
  insert: fc.oneof(fc.constant(''), fc.constantFrom(...SNIPPETS), fc.string({ maxLength: 6 })),
});

function applyEdit(text: string, { at, remove, insert }: Edit): string {
  const start = Math.floor(at * text.length);
  return text.slice(0, start) + insert + text.slice(Math.min(text.length, start + remove));
}

/** Configurations a session switches between: the cache must never serve findings of another. */
const CONFIGS: PostlintConfig[] = [
  {},
  { signOff: '^SeSe', competitors: ['Telekom', 'Vodafone'] },
  { address: 'sie', channels: ['instagram', 'x'] },
  { rules: { tone: ['warning', { shouting: false }], 'customer-data': ['error', { allowPrivate: true }] }, words: { allowed: ['Idiot'] } },
  { rules: { markdown: 'off' }, lang: 'en' },
];

const findingsOf = (text: string, config: PostlintConfig, cache?: LintCache) =>
  lint(text, { config, suggestions: false, locale: 'de', cache }).findings;

describe('incremental linting', () => {
  it('gives the findings of a fresh lint after every edit of a random editing session', () => {
    fc.assert(
      fc.property(postDocument, fc.array(fc.tuple(edit, fc.nat(CONFIGS.length - 1)), { minLength: 1, maxLength: 12 }), (start, steps) => {
        const cache = new LintCache();
        let text = start;
        assert.deepEqual(findingsOf(text, CONFIGS[0], cache), findingsOf(text, CONFIGS[0]));
        for (const [change, configIndex] of steps) {
          text = applyEdit(text, change);
          const config = CONFIGS[configIndex];
          assert.deepEqual(findingsOf(text, config, cache), findingsOf(text, config), JSON.stringify({ text, config }));
        }
      }),
      { seed: SEED + 10, numRuns: RUNS },
    );
  });

  it('gives the same findings with suggestions whether or not a cache is passed', () => {
    fc.assert(
      fc.property(postDocument, fc.array(edit, { minLength: 1, maxLength: 6 }), (start, edits) => {
        const cache = new LintCache();
        let text = start;
        for (const change of edits) {
          // A diagnostics lint fills the cache; the code actions' lint (with suggestions) follows it.
          findingsOf(text, CONFIGS[1], cache);
          const withCache = lint(text, { config: CONFIGS[1], cache }).findings;
          assert.deepEqual(withCache, lint(text, { config: CONFIGS[1] }).findings);
          text = applyEdit(text, change);
        }
      }),
      { seed: SEED + 11, numRuns: Math.ceil(RUNS / 3) },
    );
  });

  it('keeps only the paragraphs of the latest lint', () => {
    const cache = new LintCache();
    lint('Erster Absatz.\n\nZweiter Absatz.\n\nDritter Absatz.', { suggestions: false, cache });
    assert.equal(cache.size, 3);
    lint('Erster Absatz.\n\nNeu.', { suggestions: false, cache });
    assert.equal(cache.size, 2);
  });
});

/**
 * Long posts of many short paragraphs about forms of address, where a keystroke changes a small part:
 * the lint re-reads only the paragraphs around it (engine/paragraph-spans.ts).
 */
const ADDRESS_WORDS = [
  'Sie', 'sie', 'Ihre', 'ihr', 'Ihr', 'Ihnen', 'du', 'dich', 'euch', 'Schau', 'melden', 'sich', 'Unsere', 'Techniker', 'sind',
  'unterwegs', 'Die', 'App', 'ist', 'da', 'Frau', 'Lang', 'habt', 'bitte', 'Paket', 'kommt', 'heute', 'Lasst', 'uns', ',', '.',
  '!', '?', ':', '„Sie', 'sagen“', '#Sie', '@sie', '😀', "'", '-', 'Anna',
];
const addressLine = fc.array(fc.constantFrom(...ADDRESS_WORDS), { maxLength: 10 }).map((words) => words.join(' '));
const addressParagraph = fc.array(addressLine, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n'));
const longAddressPost = fc
  .tuple(fc.constantFrom('', '---\naddress: sie\n---\n', '---\nlang: de\n---\n'), fc.array(addressParagraph, { minLength: 30, maxLength: 60 }))
  .map(([front, paragraphs]) => `${front}${paragraphs.join('\n\n')}\n`);
const smallEdit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.integer({ min: 0, max: 12 }),
  insert: fc.oneof(fc.constantFrom(...ADDRESS_WORDS).map((word) => ` ${word}`), fc.constantFrom('\n\n', '\n', '. ', ''), fc.constant('\n\nSie ')),
});

describe('post-scoped rules that read paragraph by paragraph', () => {
  it('re-read a paragraph whose context went away with a removed paragraph', () => {
    const rest = '\n\nGut. Danke.'.repeat(6);
    const before = `---\nlang: de\n---\nUnsere Techniker sind unterwegs.\n\nSie melden sich.${rest}\n`;
    const after = `---\nlang: de\n---\nSie melden sich.${rest}\n`;
    const cache = new LintCache();
    // "Sie" after "Unsere Techniker …" is "they"; at the start of the post it addresses the reader.
    assert.deepEqual(findingsOf(before, {}, cache).filter((finding) => finding.ruleId === 'address-form'), []);
    const found = findingsOf(after, {}, cache);
    assert.deepEqual(found, findingsOf(after, {}));
    assert.deepEqual(found.filter((finding) => finding.ruleId === 'address-form').map((finding) => finding.data.word), ['Sie']);
  });

  it('find after every small edit of a long post what a fresh lint finds', () => {
    fc.assert(
      fc.property(longAddressPost, fc.array(smallEdit, { minLength: 1, maxLength: 10 }), (start, edits) => {
        const cache = new LintCache();
        const config: PostlintConfig = { lang: 'de' };
        let text = start;
        findingsOf(text, config, cache);
        for (const change of edits) {
          text = applyEdit(text, change);
          assert.deepEqual(findingsOf(text, config, cache), findingsOf(text, config), JSON.stringify(text));
        }
      }),
      { seed: SEED + 13, numRuns: RUNS },
    );
  });
});

describe('paragraph-scoped rules', () => {
  const paragraphRules = ALL_RULES.filter((rule) => rule.meta.scope === 'paragraph');
  /** The same rule, run over the whole post at once. */
  const wholePost = (rule: Rule): Rule => ({ meta: { ...rule.meta, scope: 'post' }, check: (context) => rule.check(context) });

  it('are the rules that read one paragraph at a time', () => {
    assert.deepEqual(paragraphRules.map((rule) => rule.meta.id).sort(), ['customer-data', 'instagram-links', 'markdown', 'styled-unicode', 'tone']);
  });

  it('find per paragraph exactly what they find in the whole post', () => {
    fc.assert(
      fc.property(postDocument, fc.nat(CONFIGS.length - 1), (text, configIndex) => {
        const config = CONFIGS[configIndex];
        for (const rule of paragraphRules) {
          const perParagraph = lint(text, { config, rules: [rule] });
          const whole = lint(text, { config, rules: [wholePost(rule)] });
          assert.deepEqual(perParagraph.findings, whole.findings, rule.meta.id);
        }
      }),
      { seed: SEED + 12, numRuns: RUNS },
    );
  });
});

describe('splitParagraphs', () => {
  it('splits at blank lines and leaves out empty paragraphs', () => {
    assert.deepEqual(splitParagraphs('eins\nzwei\n\ndrei\n\n\n\nvier'), [
      { start: 0, text: 'eins\nzwei' },
      { start: 11, text: 'drei' },
      { start: 19, text: 'vier' },
    ]);
    assert.deepEqual(splitParagraphs('a\n\n\nb'), [
      { start: 0, text: 'a' },
      { start: 3, text: '\nb' },
    ]);
    assert.deepEqual(splitParagraphs(''), []);
  });
});
