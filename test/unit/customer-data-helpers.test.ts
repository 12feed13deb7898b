// The reusable language helpers under rules/language/ that customer-data and address-form are built
// on: word lists, words, sentences, clauses, negation, masking, data terms.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { splitClauses } from '../../rules/language/clauses';
import { findDataRequests } from '../../rules/language/data-request';
import { findDataTerms } from '../../rules/language/data-terms';
import { looksGerman } from '../../rules/language/german';
import { maskRanges, quotedRanges } from '../../rules/language/mask';
import { findNegations, hasNegation } from '../../rules/language/negation';
import { splitSentences, startsSentence } from '../../rules/language/sentences';
import { compileWordList, isWholeEntry } from '../../rules/language/term-list';
import { PhraseList, tokenize } from '../../rules/language/words';
import { SEED } from '../support/arbitraries';

const matches = (text: string, entries: string[], options = {}) => [...text.matchAll(compileWordList(entries, options))].map((match) => match[0]);

describe('word-list', () => {
  it('treats hyphen, space and nothing alike, and a dot as optional', () => {
    assert.deepEqual(matches('Kundennummer, Kunden-Nummer, Kunden Nummer', ['Kunden-nummer']), ['Kundennummer', 'Kunden-Nummer', 'Kunden Nummer']);
    assert.deepEqual(matches('Kunden-Nr. und Kundennr', ['Kunden-Nr.']), ['Kunden-Nr.', 'Kundennr']);
  });

  it('matches whole words with inflection, not the first part of a compound', () => {
    assert.deepEqual(matches('Passwörter, Passworts, Passwort-Manager, Passwortmanager', ['Passwort', 'Passwörter']), ['Passwörter', 'Passworts']);
    assert.deepEqual(matches('IP-Adresse, Adressen', ['Adresse']), ['Adressen']);
  });

  it('matches compounds that end in an entry when asked to', () => {
    assert.deepEqual(matches('dein WLAN-Passwort und Einmalpasswort', ['Passwort'], { compounds: true }), ['WLAN-Passwort', 'Einmalpasswort']);
  });

  it('keeps case where asked to', () => {
    assert.deepEqual(matches('PIN, pin the post, PINs', ['PIN'], { caseSensitive: true }), ['PIN', 'PINs']);
  });

  it('escapes every entry: list text is never a pattern', () => {
    assert.deepEqual(matches('a+b (c) [d] .* x|y', ['a+b', '(c)', '[d]', 'x|y']), ['a+b', '(c)', '[d]', 'x|y']);
    assert.deepEqual(matches('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!', ['(a+)+$']), []);
    assert.equal(isWholeEntry('Kunden-Nr', ['Kunden-Nr.']), true);
  });

  it('compiles an empty list to a matcher that finds nothing', () => {
    assert.deepEqual(matches('anything', []), []);
  });
});

describe('words and phrases', () => {
  it('keeps compounds and contractions as one word', () => {
    assert.deepEqual(tokenize('Deine E-Mail-Adresse? Geht’s, don’t!').map((word) => word.text), ['Deine', 'E-Mail-Adresse', "Geht's", "don't"]);
  });

  it('finds phrases by their words', () => {
    const list = new PhraseList(['per DM', 'in den Kommentaren', 'dm']);
    const words = tokenize('Schreib es in den Kommentaren oder per DM');
    assert.equal(list.find(words), 2);
    assert.deepEqual(list.all(words), [{ index: 2, length: 3 }, { index: 6, length: 2 }]);
    assert.equal(list.occursIn(tokenize('Kommentare')), false);
  });
});

describe('sentences and clauses', () => {
  it('does not end a sentence at an abbreviation', () => {
    assert.deepEqual(splitSentences('Nenn uns die Kunden-Nr. 123 bzw. Vertrags-Nr. Danke!').map((sentence) => sentence.text), [
      'Nenn uns die Kunden-Nr. 123 bzw. Vertrags-Nr. Danke!',
    ]);
  });

  it('ends a sentence at a line break and at an emoji before a capital', () => {
    assert.deepEqual(splitSentences('Das klingt nicht gut 😟 Gib uns Bescheid\nDanke').map((sentence) => sentence.text), [
      'Das klingt nicht gut 😟',
      'Gib uns Bescheid',
      'Danke',
    ]);
  });

  it('splits clauses at punctuation but not inside times and numbers', () => {
    assert.deepEqual(splitClauses('Ab 18:00 Uhr, mit 1,5 Litern – und dann (vielleicht) los').map((clause) => clause.text), [
      'Ab 18:00 Uhr',
      'mit 1,5 Litern',
      'und dann',
      'vielleicht',
      'los',
    ]);
  });

  it('knows where a sentence starts', () => {
    const text = 'Danke 🙏 Sie sind toll, Sie auch. +++ Sie';
    const at = (from: number) => text.indexOf('Sie', from);
    assert.equal(startsSentence(text, at(0)), true);
    assert.equal(startsSentence(text, at(at(0) + 1)), false);
    assert.equal(startsSentence(text, text.lastIndexOf('Sie')), true);
  });
});

describe('negation', () => {
  it('finds negations but not idioms that negate nothing', () => {
    assert.equal(hasNegation(tokenize('Gib niemals dein Passwort weiter')), true);
    assert.equal(hasNegation(tokenize("Don't post your PIN")), true);
    assert.equal(hasNegation(tokenize('Kein Problem, vergiss nicht deine Kundennummer')), false);
    assert.equal(hasNegation(tokenize('No worries, no one will ask')), true);
    assert.equal(hasNegation(tokenize('Das Event findet morgen statt')), false);
    assert.deepEqual(findNegations(tokenize('nicht hier, statt dort')), [0, 2]);
  });
});

describe('ambiguous terms', () => {
  // A text whose terms are all ambiguous is not split into sentences unless it names the reader,
  // a call-back or a list of names: each way an ambiguous term can ask must still be found.
  it('ask where the reader, a call-back or a list of names is named', () => {
    const asked = (text: string) => findDataRequests(text).flatMap((request) => request.terms.map((term) => term.text));
    assert.deepEqual(asked('Welche Adresse ist bei Ihnen hinterlegt? Bitte schicken Sie uns diese per DM.'), ['Adresse']);
    assert.deepEqual(asked('Welche Adresse ist bei dir hinterlegt? Schick sie uns per DM.'), ['Adresse']);
    assert.deepEqual(asked('Nenn uns bitte die Nummer, unter der wir dich zurückrufen können.'), ['Nummer']);
    assert.deepEqual(asked('Schick uns Name und Adresse.'), ['Adresse']);
    assert.deepEqual(asked('Schick uns bitte die Adresse von dir.'), ['Adresse']);
  });

  it('ask nothing where no reader is named', () => {
    assert.deepEqual(findDataRequests('Schick uns bitte die Adresse.'), []);
    assert.deepEqual(findDataRequests('Welche Adresse ist bei ihnen hinterlegt? Schick sie uns.'), []);
    assert.deepEqual(findDataRequests('Schick uns bitte die Nummer.'), []);
  });
});

describe('masking and language', () => {
  it('blanks quotations but not apostrophes, keeping offsets', () => {
    const text = 'Sie schreibt: „Können Sie mir helfen?“ – geht\'s?';
    const masked = maskRanges(text, quotedRanges(text));
    assert.equal(masked.length, text.length);
    assert.equal(masked.includes('Können'), false);
    assert.equal(masked.includes("geht's"), true);
  });

  it('blanks every character inside any range but line breaks, whatever the ranges\' order or overlap', () => {
    const text = fc.array(fc.constantFrom('a', 'b', ' ', '\n', 'ä', '„', '“', '"'), { maxLength: 30 }).map((chars) => chars.join(''));
    const ranges = (length: number) =>
      fc.array(fc.tuple(fc.nat(length + 2), fc.nat(6)).map(([start, size]) => ({ start, end: start + size })), { maxLength: 8 });
    let unordered = 0;
    fc.assert(
      fc.property(
        text.chain((written) => fc.tuple(fc.constant(written), ranges(written.length))),
        ([written, spans]) => {
          if (spans.some((span, index) => index > 0 && span.start < spans[index - 1]!.start)) unordered++;
          const expected = [...written].map((char, index) => (char !== '\n' && spans.some((span) => span.start <= index && index < span.end) ? ' ' : char)).join('');
          assert.equal(maskRanges(written, spans), expected);
        },
      ),
      { seed: SEED, numRuns: 2000 },
    );
    assert.ok(unordered > 200, `${unordered} cases with ranges out of order`);
  });

    it('ignores an opening mark without a closing one', () => {
    assert.deepEqual(quotedRanges('Er sagte: „Hallo und ging.'), []);
  });

  it('tells German from English by function words', () => {
    assert.equal(looksGerman('Wir wünschen dir frohe Feiertage und einen guten Rutsch!'), true);
    assert.equal(looksGerman('We wish you a merry Christmas and a happy new year!'), false);
  });
});

describe('data terms', () => {
  it('finds the longest term and its category', () => {
    assert.deepEqual(
      findDataTerms('Deine E-Mail-Adresse, Kd.-Nr. und SIM-PIN').map((term) => [term.text, term.category]),
      [
        ['E-Mail-Adresse', 'email'],
        ['Kd.-Nr.', 'customerNumber'],
        ['SIM-PIN', 'pin'],
      ],
    );
  });

  it('marks words that name data only in context', () => {
    const [address, email] = findDataTerms('Adresse und E-Mail');
    assert.equal(address!.ambiguous, true);
    assert.equal(email!.messageLike, true);
  });
});
