// `customer-data`: what a finding carries (data, range, severity) and what its suggestion writes.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, lint, type Finding, type PostlintConfig } from '../../rules';
import { customerData, DEFAULT_REFERRAL } from '../../rules/checks/customer-data';

function findings(body: string, frontmatter = 'channels: [twitter]', config: PostlintConfig = {}): { text: string; found: Finding[] } {
  const text = `---\n${frontmatter}\n---\n${body}\n`;
  const result = lint(text, { config, rules: [customerData], locale: 'en' });
  assert.deepEqual(result.internalErrors, []);
  return { text, found: result.findings };
}

/** The post after applying the first finding's first suggestion. */
function suggested(body: string, frontmatter?: string, config?: PostlintConfig): string {
  const { text, found } = findings(body, frontmatter, config);
  assert.equal(found.length, 1, 'one finding');
  const suggestion = found[0]!.suggestions[0];
  assert.ok(suggestion, 'a suggestion');
  return applyEdits(text, suggestion.edits).split('---\n')[2]!.trimEnd();
}

describe('customer-data: findings', () => {
  it('names the requested data and covers it', () => {
    const { text, found } = findings('Hallo Max, kannst du uns deine Kundennummer und dein Geburtsdatum schicken?');
    assert.equal(found.length, 1);
    const [finding] = found;
    assert.equal(finding!.messageId, 'request');
    assert.deepEqual(finding!.data, { term: 'Kundennummer', terms: 'Kundennummer, Geburtsdatum', category: 'customerNumber' });
    assert.equal(text.slice(finding!.start, finding!.end), 'Kundennummer und dein Geburtsdatum');
  });

  it('reports one finding per asking sentence', () => {
    const { found } = findings('Wie ist deine E-Mail-Adresse? Und nenn uns bitte auch deine Handynummer.');
    assert.deepEqual(found.map((finding) => finding.data.term), ['E-Mail-Adresse', 'Handynummer']);
  });

  it('is an error in public and a warning by direct message', () => {
    assert.equal(findings('Schick uns deine IBAN.').found[0]!.severity, 'error');
    const privately = findings('Schick uns deine IBAN per DM.').found[0]!;
    assert.equal(privately.messageId, 'requestPrivate');
    assert.equal(privately.severity, 'warning');
  });

  it('takes the configured severity over its own', () => {
    const config: PostlintConfig = { rules: { 'customer-data': 'info' } };
    assert.equal(findings('Schick uns deine IBAN.', undefined, config).found[0]!.severity, 'info');
    assert.equal(findings('Schick uns deine IBAN per DM.', undefined, config).found[0]!.severity, 'info');
  });

  it('lets a team allow requests by direct message (allowPrivate)', () => {
    const config: PostlintConfig = { rules: { 'customer-data': ['error', { allowPrivate: true }] } };
    assert.equal(findings('Schick uns deine IBAN per DM.', undefined, config).found.length, 0);
    assert.equal(findings('Schick uns deine IBAN.', undefined, config).found.length, 1);
  });

  it('has no safe fix: replacing a request changes what the post says', () => {
    const [finding] = findings('Please send us your account number.').found;
    assert.equal(finding!.fix, undefined);
    assert.deepEqual(finding!.suggestions.map((suggestion) => suggestion.titleId), ['replaceWithReferral']);
  });

  it('ignores quotations, notes and disabled lines', () => {
    assert.equal(findings('Du fragst: „Kannst du mir deine Kundennummer schicken?“ – nein, das fragen wir nie.').found.length, 0);
    assert.equal(findings('Danke, wir kümmern uns!\n\n<!-- Team: Schick ihm morgen per DM die Frage nach der Kundennummer -->').found.length, 0);
    assert.equal(findings('<!-- postlint-disable-next-line customer-data -->\nSchick uns deine Kundennummer.').found.length, 0);
  });
});

describe('customer-data: the referral suggestion', () => {
  it('replaces the request with the German referral and keeps the greeting', () => {
    assert.equal(
      suggested('Hallo Max, kannst du uns deine Kundennummer schicken? Dann schauen wir nach.'),
      `Hallo Max! ${DEFAULT_REFERRAL.de} Dann schauen wir nach.`,
    );
  });

  it('keeps what leads into the request only when it stands alone', () => {
    assert.equal(suggested('Das tut uns leid, schick uns bitte deine Vertragsnummer.'), `Das tut uns leid. ${DEFAULT_REFERRAL.de}`);
    assert.equal(suggested('Damit wir helfen können, nenn uns bitte deine Vertragsnummer.'), DEFAULT_REFERRAL.de);
  });

  it('keeps an emoji and a sign-off after the request', () => {
    assert.equal(suggested('Schick uns deine Kundennummer 🙏 ^SeSe', 'channels: [twitter]\nkind: reply'), `${DEFAULT_REFERRAL.de} 🙏 ^SeSe`);
  });

  it('uses the configured referral as written', () => {
    const config: PostlintConfig = { customerData: { referral: 'Bitte schreib uns per Direktnachricht.' } };
    assert.equal(suggested('Verrat uns mal deine Handynummer!', undefined, config), 'Bitte schreib uns per Direktnachricht.');
  });

  it('answers English posts in English', () => {
    assert.equal(suggested('Hi Sam, could you DM us your phone number?', 'channels: [twitter]\nlang: en'), `Hi Sam! ${DEFAULT_REFERRAL.en}`);
  });

  it('stays formal in a post that says "Sie"', () => {
    assert.equal(suggested('Guten Tag Frau Schulz, könnten Sie uns Ihre Kundennummer nennen?'), `Guten Tag Frau Schulz! ${DEFAULT_REFERRAL.deFormal}`);
    assert.equal(suggested('Nennen Sie uns bitte Ihre Kundennummer.'), DEFAULT_REFERRAL.deFormal);
  });

  it('follows the customer and the policy when the post itself says neither', () => {
    assert.equal(suggested('Bitte Kundennummer angeben.', 'channels: [twitter]\naddress: sie'), DEFAULT_REFERRAL.deFormal);
    assert.equal(
      suggested('Bitte Kundennummer angeben.', 'channels: [twitter]\nin-reply-to: "Können Sie mir helfen?"'),
      DEFAULT_REFERRAL.deFormal,
    );
    assert.equal(suggested('Bitte Kundennummer angeben.'), DEFAULT_REFERRAL.de);
  });
});
