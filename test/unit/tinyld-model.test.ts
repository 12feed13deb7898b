// dist/tinyld.js carries tinyld's language model cut down to German and English at build time
// (build.mjs): Postlint only ever asks tinyld to choose between the two, and with `only` the rest of
// the model cannot change an answer. Checked here against the full package on the examples, the
// fixtures and generated texts in many languages and scripts: the same detection, the same scores.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import * as fullModel from 'tinyld';
import { SEED } from '../support/arbitraries';

const ROOT = path.resolve(__dirname, '../../..');
const RUNS = Number(process.env.POSTLINT_PROPERTY_RUNS ?? 2000);
const ONLY = { only: ['de', 'en'] };

// The bundle as shipped; the CLI and the server require it the same way.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const reducedModel = require(path.join(ROOT, 'dist/tinyld.js')) as typeof fullModel;

function postsUnder(folder: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.post.md'))
    .map((entry) => fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8'));
}

function assertSameAnswers(text: string): void {
  assert.equal(reducedModel.detect(text, ONLY), fullModel.detect(text, ONLY), text);
  assert.deepEqual(reducedModel.detectAll(text, ONLY), fullModel.detectAll(text, ONLY), text);
}

const word = fc.constantFrom(
  // German, English and their neighbours (Dutch, Danish, Swedish share grams with both)
  'Hallo', 'zusammen', 'wir', 'freuen', 'uns', 'über', 'Straße', 'Kundennummer', 'bitte', 'the', 'thanks', 'customer', 'we',
  'looking', 'forward', 'dank', 'je', 'wel', 'tak', 'för', 'hjälpen', 'jeg', 'og', 'het', 'een',
  // other Latin-script languages, other scripts, emoji, digits and punctuation
  'merci', 'beaucoup', 'gracias', 'amigo', 'obrigado', 'grazie', 'dziękuję', 'köszönöm', 'teşekkürler', 'спасибо', 'привет',
  'ευχαριστώ', 'شكرا', 'תודה', 'धन्यवाद', 'ありがとう', '谢谢', '감사합니다', 'ขอบคุณ', '😀', '🇩🇪', '#launch', '@team', '2026', '!', '?', ',', '…',
);

describe('tinyld model cut down to German and English', () => {
  it('gives the full model’s answers on every example and fixture post', () => {
    const posts = [...postsUnder('examples'), ...postsUnder('test/fixtures')];
    assert.ok(posts.length > 50, `expected the examples and fixtures, found ${posts.length} posts`);
    for (const post of posts) assertSameAnswers(post);
  });

  it('gives the full model’s answers on generated texts in many languages and scripts', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 24 }).map((words) => words.join(' ')), assertSameAnswers),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('gives the full model’s answers on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), assertSameAnswers), { seed: SEED, numRuns: RUNS });
  });

  it('is a small part of the full model', () => {
    const bundle = fs.statSync(path.join(ROOT, 'dist/tinyld.js')).size;
    assert.ok(bundle < 200_000, `dist/tinyld.js is ${bundle} bytes: the model was not cut down`);
  });
});
