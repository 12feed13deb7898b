// The word-list matcher: entry syntax, Unicode word boundaries, escaping, caching, and the text
// scanners (sentences, clauses, negation) the guideline rules share.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileWordList } from '../../rules/language/matcher';
import { negatorBefore, negatorSet } from '../../rules/language/negation';
import { parseEntry } from '../../rules/language/word-list-syntax';
import { blankOut, clauses, sentences, words } from '../../rules/language';

function found(entries: string[], text: string, literal = false): string[] {
  return compileWordList(entries, { literal }).findAll(text).map((match) => match.text);
}

describe('word list syntax', () => {
  it('matches whole words only, case-insensitively', () => {
    assert.deepEqual(found(['Telekom'], 'Die TELEKOM und die telekom, nicht Telekommunikation.'), ['TELEKOM', 'telekom']);
    assert.deepEqual(found(['dumm'], 'dummerweise Dummy dumm'), ['dumm']);
  });

  it('treats hyphens and sigils as boundaries, but not the underscore', () => {
    assert.deepEqual(found(['Vodafone'], 'Vodafone-Kunden, #Vodafone, @Vodafone_hilft'), ['Vodafone', 'Vodafone']);
  });

  it('uses Unicode letters for boundaries (umlauts, ß)', () => {
    assert.deepEqual(found(['blöd'], 'blöd blöde Blödsinn überblöd'), ['blöd']);
    assert.deepEqual(found(['Scheiß*'], 'Scheißwetter scheiß Scheiße'), ['Scheißwetter', 'scheiß', 'Scheiße']);
  });

  it('reads a trailing * as word prefix and a leading * as word suffix', () => {
    assert.deepEqual(found(['Idiot*'], 'Idiot, Idioten, idiotisch, Vollidiot'), ['Idiot', 'Idioten', 'idiotisch']);
    assert.deepEqual(found(['*pfosten'], 'Vollpfosten Hohlpfosten Pfostenschuh pfosten'), ['Vollpfosten', 'Hohlpfosten', 'pfosten']);
  });

  it('matches phrases across any whitespace, each word with its own wildcard', () => {
    assert.deepEqual(found(['shut up'], 'Shut   up! shut\nup shutup'), ['Shut   up', 'shut\nup']);
    assert.deepEqual(found(['kein* dumm* Frage*'], 'Es gibt keine dummen Fragen.'), ['keine dummen Fragen']);
  });

  it('lets an apostrophe match the typographic one', () => {
    assert.deepEqual(found(["you're"], 'you’re and you\'re'), ['you’re', "you're"]);
  });

  it('prefers the longest entry at a position', () => {
    assert.deepEqual(found(['rip', 'rip-off', 'rip off'], 'What a rip-off. RIP.'), ['rip-off', 'RIP']);
  });

  it('escapes every regular-expression character of an entry', () => {
    assert.deepEqual(found(['1&1', 'a.b', '(x)', 'c++'], '1&1 axb a.b (x) c++ cpp'), ['1&1', 'a.b', '(x)', 'c++']);
    assert.deepEqual(found(['f\\*ck'], 'f*ck fuck'), ['f*ck']);
    assert.deepEqual(found(['E*Trade'], 'E*Trade Etrade', true), ['E*Trade']);
  });

  it('drops entries that would match anything', () => {
    assert.equal(parseEntry('*'), undefined);
    assert.equal(parseEntry('  '), undefined);
    assert.ok(compileWordList(['*', '**']).isEmpty);
    assert.deepEqual(compileWordList(['*', '**']).findAll('anything'), []);
  });

  it('matches emoji entries without word boundaries', () => {
    assert.deepEqual(found(['🤡', 'lol'], 'lol🤡 trololo'), ['lol', '🤡']);
  });

  it('finds matches inside a range while seeing the real neighbours', () => {
    const matcher = compileWordList(['Depp']);
    assert.deepEqual(matcher.findAll('Deppen Depp', 2, 11).map((match) => match.start), [7]);
  });

  it('tells which entry matched', () => {
    const matcher = compileWordList(['Idiot*', 'Depp']);
    assert.equal(matcher.entryOf('Idioten'), 'Idiot*');
    assert.equal(matcher.entryOf('Depp'), 'Depp');
    assert.equal(matcher.entryOf('Deppen'), undefined);
  });

  it('compiles a list once and returns the cached matcher for equal content', () => {
    assert.equal(compileWordList(['alpha', 'beta']), compileWordList(['alpha', 'beta']));
    assert.notEqual(compileWordList(['alpha', 'beta']), compileWordList(['alpha', 'beta'], { literal: true }));
  });

  it('stays fast on a long word with suffix entries (bounded wildcard)', () => {
    const matcher = compileWordList(['*a1', '*b2', '*c3', '*pfosten']);
    const started = process.hrtime.bigint();
    matcher.findAll('x'.repeat(50_000) + ' ' + 'Voll'.repeat(5000));
    const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
    assert.ok(elapsedMs < 500, `took ${elapsedMs} ms`);
  });
});

describe('text scanners', () => {
  it('blanks ranges without moving offsets', () => {
    const text = 'see https://x.de now';
    const blanked = blankOut(text, [{ start: 4, end: 16 }]);
    assert.equal(blanked.length, text.length);
    assert.equal(blanked, 'see              now');
  });

  it('splits words at hyphens and keeps inner apostrophes', () => {
    assert.deepEqual(words("Vodafone-Kunden don't geht's").map((word) => word.text), ['Vodafone', 'Kunden', "don't", "geht's"]);
  });

  it('splits sentences at line breaks and terminators, keeping trailing emoji', () => {
    const text = 'Die Telekom ist lahm. 🙄 Wir nicht!\nz.B. am 5. Mai ab 18.00 Uhr. Ende';
    assert.deepEqual(
      sentences(text).map((span) => text.slice(span.start, span.end)),
      ['Die Telekom ist lahm. 🙄', 'Wir nicht!', 'z.B. am 5. Mai ab 18.00 Uhr.', 'Ende'],
    );
  });

  it('splits clauses at commas, dashes and contrasting conjunctions, not inside numbers', () => {
    const text = 'Nur 4,99 € bei uns, bei Vodafone mehr – aber egal';
    assert.deepEqual(
      clauses(text, { start: 0, end: text.length }).map((span) => text.slice(span.start, span.end)),
      ['Nur 4,99 € bei uns', 'bei Vodafone mehr', 'aber egal'],
    );
  });

  it('finds a negator shortly before a word, but not "nicht nur"', () => {
    const set = negatorSet(['nicht', "n't"], ['nur']);
    const text = "gar nicht so schlecht, nicht nur gut, isn't bad";
    const all = words(text);
    assert.equal(negatorBefore(all, text.indexOf('schlecht'), 0, 3, set)?.text, 'nicht');
    assert.equal(negatorBefore(all, text.indexOf('gut'), text.indexOf('nicht nur'), 3, set), undefined);
    assert.equal(negatorBefore(all, text.indexOf('bad'), 0, 1, set)?.text, "isn't");
  });
});
