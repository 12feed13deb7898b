// `address-form`: which form is expected (policy, mirror) and how each finding is worded by id.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint, type PostlintConfig } from '../../rules';
import { addressForm } from '../../rules/checks/address-form';
import { addressFormOf, dominantForm, findAddressMarks } from '../../rules/language/address';

interface Seen {
  messageId: string;
  word: string | number | undefined;
  expected: string | number | undefined;
}

function check(body: string, frontmatter: Record<string, string> = {}, config: PostlintConfig = {}): Seen[] {
  const lines = Object.entries({ channels: '[facebook]', ...frontmatter }).map(([key, value]) => `${key}: ${value}`);
  const text = `---\n${lines.join('\n')}\n---\n${body}\n`;
  const result = lint(text, { config, rules: [addressForm], locale: 'en' });
  assert.deepEqual(result.internalErrors, []);
  for (const finding of result.findings) {
    assert.equal(text.slice(finding.start, finding.end), finding.data.word, 'the range is the word');
  }
  return result.findings.map((finding) => ({ messageId: finding.messageId, word: finding.data.word, expected: finding.data.expected }));
}

const INFORMAL = 'Hol dir jetzt dein Ticket für das Sommerfest!';
const FORMAL = 'Sichern Sie sich jetzt Ihr Ticket für das Sommerfest!';
const MIXED = 'Sichern Sie sich jetzt dein Ticket für das Sommerfest!';
const NEUTRAL = 'Jetzt Tickets für das Sommerfest sichern!';

describe('address-form: the policy', () => {
  it('avoid (default): "du" is fine, "Sie" is not', () => {
    assert.deepEqual(check(INFORMAL), []);
    assert.deepEqual(check(NEUTRAL), []);
    assert.deepEqual(check(FORMAL), [
      { messageId: 'formalNotAllowed', word: 'Sie', expected: 'du' },
      { messageId: 'formalNotAllowed', word: 'Ihr', expected: 'du' },
    ]);
  });

  it('du: the same as avoid', () => {
    assert.deepEqual(check(INFORMAL, { address: 'du' }), []);
    assert.deepEqual(check(FORMAL, { address: 'du' }).map((seen) => seen.messageId), ['formalNotAllowed', 'formalNotAllowed']);
  });

  it('sie: "du" is reported, "Sie" is fine', () => {
    assert.deepEqual(check(FORMAL, { address: 'sie' }), []);
    assert.deepEqual(check(INFORMAL, { address: 'sie' }), [
      { messageId: 'informalNotAllowed', word: 'Hol', expected: 'Sie' },
      { messageId: 'informalNotAllowed', word: 'dir', expected: 'Sie' },
      { messageId: 'informalNotAllowed', word: 'dein', expected: 'Sie' },
    ]);
  });

  it('reports a mix on the words of the form the policy does not want', () => {
    assert.deepEqual(check(MIXED), [{ messageId: 'mixed', word: 'Sie', expected: 'du' }]);
    assert.deepEqual(check(MIXED, { address: 'sie' }), [{ messageId: 'mixed', word: 'dein', expected: 'Sie' }]);
  });

  it('reads the policy from the configuration when the frontmatter names none', () => {
    assert.deepEqual(check(INFORMAL, {}, { address: 'sie' }).length, 3);
    assert.deepEqual(check(INFORMAL, { address: 'du' }, { address: 'sie' }), []);
  });
});

describe('address-form: mirroring the customer', () => {
  it('answers "Sie" with "Sie", whatever the policy', () => {
    const reply = { kind: 'reply', 'in-reply-to': '"Guten Tag, können Sie mir sagen, wann das Update kommt?"' };
    assert.deepEqual(check('Das Update kommt am Montag, wir halten dich auf dem Laufenden.', reply), [
      { messageId: 'mirror', word: 'dich', expected: 'Sie' },
    ]);
    assert.deepEqual(check('Das Update kommt am Montag, wir halten Sie auf dem Laufenden.', { ...reply, address: 'du' }), []);
  });

  it('answers "du" with "du", also when the team says "Sie"', () => {
    const reply = { kind: 'reply', address: 'sie', 'in-reply-to': '"Hey, wisst ihr, wann das Update kommt?"' };
    assert.deepEqual(check('Am Montag! Wir halten Sie auf dem Laufenden.', reply), [{ messageId: 'mirror', word: 'Sie', expected: 'du' }]);
    assert.deepEqual(check('Am Montag! Wir halten dich auf dem Laufenden.', reply), []);
  });

  it('falls back to the policy when the customer addresses nobody', () => {
    const reply = { kind: 'reply', 'in-reply-to': '"Wann kommt das Update?"' };
    assert.deepEqual(check('Am Montag! Wir halten Sie auf dem Laufenden.', reply).map((seen) => seen.messageId), ['formalNotAllowed']);
  });

  it('reads a customer\'s lower-case "sie" as formal', () => {
    assert.equal(addressFormOf('hallo können sie mir helfen?', { lenient: true }), 'sie');
    assert.equal(addressFormOf('hallo können sie mir helfen?'), undefined);
  });
});

describe('address-form: language', () => {
  it('skips English posts', () => {
    assert.deepEqual(check('Thanks to our Dir. of Care and the du Pont team! Sie was there too.', { lang: 'en' }), []);
  });

  it('checks German text in a post marked English', () => {
    assert.deepEqual(check('Wir wünschen Ihnen und Ihrer Familie frohe Feiertage!', { lang: 'en' }).length, 2);
  });
});

describe('address-form: the detector', () => {
  it('tells she/they from the formal "Sie" by verb and antecedent', () => {
    const forms = (text: string) => findAddressMarks(text).map((mark) => `${mark.word}:${mark.form}`);
    assert.deepEqual(forms('Die Box ist da. Sie ist schnell.'), []);
    assert.deepEqual(forms('Unsere Techniker sind unterwegs. Sie sind ab 8 Uhr da.'), []);
    assert.deepEqual(forms('Sie haben Fragen? Wir helfen Ihnen.'), ['Sie:sie', 'Ihnen:sie']);
    assert.deepEqual(forms('Habt ihr Lust? Ihr Lieben, los geht’s!'), ['ihr:du', 'Ihr:du']);
    assert.deepEqual(forms('Wir haben mit ihr gesprochen, ihr Team ist begeistert.'), []);
  });

  it('counts a tie as formal', () => {
    assert.equal(dominantForm(findAddressMarks('Danke dir! Wir rufen Sie an.')), 'sie');
    assert.equal(dominantForm([]), undefined);
  });
});
