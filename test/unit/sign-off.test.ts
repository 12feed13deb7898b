// The sign-off rule on a labelled table of replies (German and English), plus the details: which
// posts it reads, the fix and where it puts the sign-off.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixAll } from '../../rules';
import { isSignOff } from '../../rules/checks/sign-off';
import { describeMeasurement, findingsOf, measure, type Labelled } from './wordlists.labelled';

const CONFIG = { signOff: '^SeSe' };
const reply = (body: string) => `---\nkind: reply\nchannels: [twitter]\n---\n${body}\n`;
const reports = (body: string) => findingsOf('sign-off', reply(body), CONFIG).length > 0;

const FIRES: string[] = [
  'Danke für deine Nachricht! Wir schauen uns das an.',
  'Hallo Tom,\ndas schauen wir uns gleich an.',
  'Hi Tom, thanks for reaching out!\nThanks, Tom',
  'Das tut uns leid!\nVersprochen!',
  'Das tut uns leid!\nEuer Service-Team',
  'Das tut uns leid!\n^this',
  'Danke!\nViele Grüße',
  'Hi! The outage is fixed. Enjoy your weekend!',
  'Hey, das freut uns! 😊',
  'Schreib uns gerne eine DM mit deiner Kundennummer.',
  'Gute Frage! Die Antwort findest du hier: https://example.com/faq',
  'Danke für dein Feedback, wir geben es ans Team weiter.\nSchönes Wochenende!',
  'Thanks for your patience!\nYour support team',
  'Oh nein! Ist der Router schon neu gestartet?',
  'Klar, das geht. Einfach in den Einstellungen unter „Telefonie" umstellen.\nDein sipgate-Team',
  'Sorry for the trouble! We are on it.\nCheers!',
  'Wir sind dran!\nLiebe Grüße vom Support',
  'Danke für den Hinweis 🙏',
  'We have forwarded your feedback to the product team.\nHave a great day!',
  'Bitte hab noch etwas Geduld, der Techniker kommt morgen.\nBis bald!',
  'Das klingt ärgerlich. Magst du uns eine DM schicken?\nWir helfen dir gerne.',
  'Danke für deine Geduld.\nBei Fragen melde dich gerne.',
  'Super, dass es jetzt klappt! 🎉\nGrüße aus Düsseldorf',
  '@kunde Sorry, das war unser Fehler.',
  'Hallo!\nDas Update kommt nächste Woche.\n#sipgate',
  'Freut uns, dass alles wieder läuft!\nDanke',
  'Das prüfen wir gerne.\nKundenservice',
  'Thanks, we will look into it.\nSupport Team',
  'Thanks for flagging this!\nBest',
  'Wir melden uns, sobald wir mehr wissen.\nTeam Social',
  // Second round, written after a first measurement.
  'Hey, danke für den Tipp! Geben wir direkt weiter 😊',
  "Sorry, that shouldn't have happened. We're looking into it right now.",
  'Hey Chris! Thanks for the shoutout 💛\n— the sipgate team',
  'Das freut uns riesig!\nHerzliche Grüße\nDein sipgate Team',
  'Guten Morgen! Ja, die Störung ist seit 8 Uhr behoben.\nSchönen Tag noch!',
  'Hallo Ben, schick uns bitte eine DM, dann schauen wir uns das gemeinsam an. Danke, Ben!',
  'Das ist ein bekanntes Problem, wir arbeiten an einem Fix.\nBitte hab noch ein bisschen Geduld.',
  'Hallo! Das kannst du im Kundenportal ändern: https://example.com/portal\nViele Grüße',
  "Hi! We've sent you a DM 📩",
  'Danke, Tim!',
];

const PASSES: string[] = [
  'Danke für deine Nachricht! Wir schauen uns das an. ^SeSe',
  'Hallo Tom,\ndas schauen wir uns an.\n\nViele Grüße, Anna',
  'Hi Tom, thanks for reaching out!\nCheers, Tom',
  'Hi, thanks for reaching out!\nThanks, Anna 😊',
  'Das tut uns leid!\n– Anna',
  'Das tut uns leid!\nLG Anna',
  'Das tut uns leid!\nAnna vom Social-Media-Team 👋',
  'Das tut uns leid! -TM',
  'Das tut uns leid!\n^SeSe\n#support',
  'Viele Grüße\nAnna M.',
  'Das Problem ist behoben. ^AB',
  'Danke dir!\n^TiMo',
  'Sorry for the delay!\nBest,\nTom',
  'Wir kümmern uns drum.\nGruß Jan',
  'Danke für deine Geduld!\nLiebe Grüße\nSarah 😊',
  'Freut uns sehr!\nDein Tom',
  'Thanks for the kind words!\n– Priya',
  'Schau mal hier: https://example.com/hilfe\nViele Grüße aus Düsseldorf, Kathrin',
  'Das geben wir weiter!\nAnna & Tom vom Support',
  'Kein Problem!\n/SeSe',
  'Wir haben dir eine DM geschickt. ^sk',
  'Great to hear that!\nKind regards,\nMaria',
  'Das ist natürlich ärgerlich. Wir haben das an die Technik weitergegeben.\nVG, Mehmet',
  'Hey! Happy to help.\nCheers, Jo 🙂',
  'Danke!\nAnna-Lena',
  'Hi Max, the update is live.\nThanks, Lea',
  'Das schauen wir uns an!\n~Ben',
  'Wir melden uns morgen. ^SeSe 👋',
  'Alles klar, wir sind dran.\nJulia | Social Media',
  'Sorry für die Wartezeit!\nLG, Chris :)',
  // Second round.
  'Hi Paul, das klingt ärgerlich! Wir haben dir eine DM geschickt.\nLG Steffi',
  'Moin! Der Fehler ist behoben 🙌\n^JK',
  'Hallo Frau Schmidt,\nvielen Dank für Ihre Geduld. Der Techniker meldet sich morgen bei Ihnen.\nMit freundlichen Grüßen\nKatrin Meier',
  "Yes, that's possible! Just head to Settings > Numbers.\n- Dan",
  'Ja klar, das geht! 👍\nFabian aus dem Support',
  'Super, danke dir! ^MaHe 🙂',
  'Gerne! Viel Spaß mit dem neuen Tarif 🎉\nJana',
  'Thanks for the feedback, Sara!\nMarco 👋',
  'Ah, sorry! Da hat sich ein Tippfehler eingeschlichen.\n\nBeste Grüße\nNina',
  'Klingt gut!\nLG\nJonas',
  'Hey there! Our status page is here: https://status.example.com\nBest, Sam',
];

const TABLE: Labelled[] = [...FIRES.map((text) => ({ text, fires: true })), ...PASSES.map((text) => ({ text, fires: false }))];

describe('sign-off: labelled replies', () => {
  it(`has at least 30 replies each way (${FIRES.length} fire, ${PASSES.length} pass)`, () => {
    assert.ok(FIRES.length >= 30 && PASSES.length >= 30);
  });

  it('reports unsigned replies with high precision', (t) => {
    const result = measure(TABLE, reports);
    t.diagnostic(describeMeasurement(result));
    assert.ok(result.precision >= 0.95, describeMeasurement(result));
    assert.ok(result.recall >= 0.85, describeMeasurement(result));
  });
});

describe('sign-off: which posts', () => {
  it('reads replies only', () => {
    assert.deepEqual(findingsOf('sign-off', '---\nchannels: [twitter]\n---\nNeu: unser Podcast!\n', CONFIG), []);
  });

  it('counts a post as a reply when it starts with a mention or has in-reply-to', () => {
    assert.equal(findingsOf('sign-off', '@kunde Danke dir!', CONFIG).length, 1);
    assert.equal(findingsOf('sign-off', '---\nin-reply-to: "Geht das?"\nchannels: [twitter]\n---\nJa, das geht!\n', CONFIG).length, 1);
  });

  it('accepts the configured sign-off anywhere in the last line, in any case', () => {
    assert.equal(isSignOff('Bis morgen, Grüße vom Team SeSe', 'SeSe', ''), true);
    assert.equal(isSignOff('Schönen Tag! anna', 'Anna', ''), true);
  });

  it('reads a signature through trailing emoji, emoticons and punctuation', () => {
    assert.equal(isSignOff('LG Anna :-) 👍🏽', undefined, ''), true);
    assert.equal(isSignOff('Anna ;P', undefined, ''), true);
    assert.equal(isSignOff('-TM :D!', undefined, ''), true);
    assert.equal(isSignOff('Danke, Tom :)', undefined, 'Wir schauen nach. '), true);
    assert.equal(isSignOff('Danke, Tom! 🙂', undefined, 'Wir schauen nach. '), false, 'an exclamation before the emoji');
    assert.equal(isSignOff(' , '.repeat(20) + 'x', undefined, ''), false);
    assert.equal(isSignOff(':-) 👍', undefined, ''), false, 'decoration alone');
  });

  it('tells a closing to the customer from a signature by the names used earlier', () => {
    assert.equal(isSignOff('Danke, Tom', undefined, 'Hallo Tom, '), false);
    assert.equal(isSignOff('Danke, Anna', undefined, 'Hallo Tom, '), true);
    assert.equal(isSignOff('Grüße, Tom', undefined, 'Hallo Tom, '), true);
  });
});

describe('sign-off: finding and fix', () => {
  it('reports the last line with the configured sign-off as data', () => {
    const text = reply('Hallo Tom,\ndas schauen wir uns an.');
    const [finding] = findingsOf('sign-off', text, CONFIG);
    assert.equal(finding.messageId, 'missing');
    assert.deepEqual(finding.data, { signoff: '^SeSe' });
    assert.equal(text.slice(finding.start, finding.end), 'das schauen wir uns an.');
    assert.equal(finding.fix?.titleId, 'fixAdd');
    assert.equal(finding.fix?.title, 'Add sign-off ^SeSe');
  });

  it('appends initials to a one-line reply on the same line', () => {
    assert.equal(fixAll(reply('Danke dir!'), { config: CONFIG }).text, reply('Danke dir! ^SeSe'));
  });

  it('puts the sign-off on a new line after a multi-line reply', () => {
    assert.equal(fixAll(reply('Hallo Tom,\ndanke dir!'), { config: CONFIG }).text, reply('Hallo Tom,\ndanke dir!\n^SeSe'));
  });

  it('puts a name on its own line even after a one-line reply', () => {
    assert.equal(fixAll(reply('Danke dir!'), { config: { signOff: 'Anna' } }).text, reply('Danke dir!\nAnna'));
  });

  it('takes the sign-off from the frontmatter over the config', () => {
    const text = '---\nkind: reply\nsignoff: ^TM\nchannels: [twitter]\n---\nDanke dir!\n';
    assert.equal(fixAll(text, { config: CONFIG }).text, '---\nkind: reply\nsignoff: ^TM\nchannels: [twitter]\n---\nDanke dir! ^TM\n');
  });

  it('inserts before a trailing note and before a hashtag line', () => {
    const withNote = reply('Hallo!\nDanke dir.\n<!-- Ticket 4711 -->');
    assert.equal(fixAll(withNote, { config: CONFIG }).text, reply('Hallo!\nDanke dir.\n^SeSe\n<!-- Ticket 4711 -->'));
    const withTags = reply('Hallo!\nDanke dir.\n#support #sipgate');
    assert.equal(fixAll(withTags, { config: CONFIG }).text, reply('Hallo!\nDanke dir.\n^SeSe\n#support #sipgate'));
  });

  it('offers no fix without a configured sign-off', () => {
    const [finding] = findingsOf('sign-off', reply('Danke dir!'));
    assert.equal(finding.messageId, 'missingUnconfigured');
    assert.equal(finding.fix, undefined);
  });
});
