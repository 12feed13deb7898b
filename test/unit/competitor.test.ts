// The competitor rule on a labelled table of community-manager posts (German and English), plus
// the details of a finding: range, data, tags, and no findings without configured competitors.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { nameMatcher, tagRest } from '../../rules/checks/competitor';
import { assertQuickTestKeepsEveryMatch } from '../support/quick-test';
import competitorLists from '../../rules/words/competitor.json';
import { describeMeasurement, findingsOf, measure, type Labelled } from './wordlists.labelled';

const CONFIG = { competitors: ['Telekom', 'Vodafone', 'O2', '1&1', 'Congstar', 'EE', 'BT'] };
const reports = (text: string) => findingsOf('competitor', text, CONFIG).length > 0;

const FIRES: string[] = [
  'Wir sind viel besser als die Telekom!',
  'Bei Vodafone bricht das Netz ständig zusammen – bei uns nicht 😎',
  'Telekom-Kunden aufgepasst: Schluss mit lahmem Internet!',
  "Im Gegensatz zu Vodafone gibt's bei uns keine versteckten Kosten.",
  'Die Telekom ist einfach zu teuer. Komm zu uns!',
  '@Telekom lol 🤡',
  'Unlike Vodafone, we actually answer our customers.',
  "Vodafone's coverage is terrible in rural areas.",
  'Schon wieder Störung bei O2 🙄 Bei uns läuft alles.',
  'Wechsel lieber zu uns, bevor dich die Telekom weiter abzockt.',
  "Bei uns gibt's keine Funklöcher wie bei O2.",
  "Our network is twice as fast as Vodafone's.",
  'Die Hotline von 1&1 ist echt eine Katastrophe.',
  'Ehrlich gesagt ist das Netz der Telekom in Berlin grottenschlecht.',
  'Mit uns surfst du schneller als mit Vodafone.',
  'Die Telekom hat mal wieder keine Ahnung, was Kunden wollen.',
  'O2 ist lahm, wir nicht.',
  'Anders als bei der Telekom zahlst du bei uns keine Anschlussgebühr.',
  'Vodafone sucks, we know. Come to us!',
  'Honestly, the Telekom network is a joke.',
  '#VodafoneFail – drei Tage ohne Internet? Nicht bei uns.',
  'Die Telekom? Viel zu teuer!',
  "Unlike O2, our support doesn't leave you hanging for hours.",
  "Vodafone's prices are a rip-off.",
  'Bei Vodafone hängst du ewig in der Warteschleife, bei uns nicht.',
  'Still waiting for Vodafone support? LOL.',
  'Das Netz von O2 ist nicht gerade zuverlässig.',
  'Wir sind nicht wie die Telekom: Bei uns gibt es keine Preiserhöhung.',
  'Günstiger als 1&1 und trotzdem schneller – das sind wir.',
  'Telekom hat wieder Preise erhöht? Abzocke! Bei uns bleibt alles gleich.',
  'Better coverage than O2, half the price. Switch today!',
  'Noch bei Vodafone? Tschüss Funkloch, hallo stabiles Netz!',
  'Vodafone ist so langsam, da ist meine Oma mit der Post schneller 😂',
  'Bei 1&1 wartest du stundenlang auf einen Techniker.',
  'Im Vergleich zur Telekom sparst du bei uns 10 € im Monat.',
  'The @Telekom app is useless, ours actually works.',
  'Tja, #Telekom 💩',
  'Your old provider O2 is slow? Time to switch!',
  'Vodafone-Kunden kennen das: Netz weg, Hotline überlastet, Service mies.',
  'Sorry not sorry, Telekom, aber unser Glasfaser ist stabiler als eures.',
  'Wir haben mehr Kunden als O2 – danke euch allen!',
  'Die Telekom lässt ihre Kunden hängen, wir nicht.',
  'Erst die Telekom, jetzt Vodafone: alle werden teurer. Nur wir nicht.',
  "Not like Vodafone – we don't charge you for roaming in the EU.",
  'Fun fact: even 1&1 is faster than Vodafone 😅',
  // Second round, written after a first measurement (some of them led to new cues).
  "Vodafone kann's halt nicht. Wir schon.",
  'O2 und Funklöcher – eine Liebesgeschichte 🙄',
  'Die Telekom ist Marktführer, klar. Aber wir sind flexibler als die Telekom.',
  'Congstar? Never heard of them 😏',
  'Unser Tipp: Lass die Finger von 1&1-Routern, die machen nur Ärger.',
  "Looks like @O2 is down again. Good thing our network isn't 😉",
  'Telekom-Preise? Da lachen ja die Hühner 🐔',
  'Die Telekom hat einfach ein schlechteres Preis-Leistungs-Verhältnis als wir.',
  'Wer braucht schon die Telekom, wenn er uns hat? 😎',
  'Friendly reminder: unlike some providers (looking at you, Vodafone), we never raise prices mid-contract.',
  "We don't do mid-contract price rises. Can't say the same for BT 👀",
  'EE? More like Expensive Everything 😂',
  'Bei O2 bekommst du für das Geld nur halb so viel Datenvolumen wie bei uns.',
  'Unsere Hotline ist besser erreichbar als die von Vodafone, versprochen.',
  'Fehlt dir bei der Telekom auch der persönliche Service? Komm zu uns!',
  'Kein Vergleich zur Telekom: Bei uns bekommst du echten Support.',
  "Vodafone raises prices again. We don't. Simple.",
  'Shame on Vodafone for the hidden fees.',
  'Funny how EE keeps calling its network "the best" 🤔',
  'Die Telekom hat den Preis erhöht? Wir nicht. Punkt.',
  'Tschüss Vodafone, hallo Glasfaser!',
  'Nie wieder Telekom-Hotline!',
];

const PASSES: string[] = [
  'Glückwunsch an die Telekom zum 5G-Start! 🎉',
  'Du kannst deine Nummer von Vodafone zu uns mitnehmen.',
  'Wir arbeiten mit der Telekom zusammen, deshalb nutzt du bei uns das D1-Netz.',
  'Congrats @Vodafone on 30 years! 🎂',
  'Happy birthday, @Telekom! Auf die nächsten 30 Jahre 🥳',
  'Danke an O2 für die tolle Zusammenarbeit beim Stadtfest!',
  'Respekt, Telekom – das war eine starke Aktion.',
  'Aktuell gibt es eine Störung im Netz der Telekom. Wir halten dich auf dem Laufenden.',
  'Eine Störung im Netz der Telekom betrifft auch einige unserer Anschlüsse, dadurch ist das Internet gerade langsam.',
  'Ob die Telekom das auch anbietet, können wir dir leider nicht sagen.',
  'Die Kündigung bei Vodafone übernehmen wir für dich.',
  'Hi! Yes, you can keep your number when switching from Vodafone.',
  'Vodafone hat gerade ein neues Angebot rausgebracht – nicht schlecht!',
  'Wir sind übrigens genauso schnell wie die Telekom – wir nutzen dasselbe Netz 😉',
  'Telekommunikation ist unser Ding seit 2004.',
  'Das Netz der Telekom ist gar nicht schlecht.',
  'Die Telekom-Hotline erreichst du unter 0800 330 1000.',
  'Shoutout an @Vodafone – danke für die schnelle Hilfe bei der Portierung!',
  'Thanks @O2 for sponsoring the hackathon!',
  'Egal ob Telekom, Vodafone oder O2 – bei uns kannst du deine Rufnummer mitnehmen.',
  'Du hast schlechten Empfang? Das liegt eventuell am Router, nicht an der Telekom.',
  'Sorry für die Verzögerung – ein Bagger hat ein Kabel der Telekom beschädigt.',
  'Mehr als 1 Million Kunden vertrauen uns – danke! Und ja, auch viele ehemalige Vodafone-Kunden 😊',
  'Vodafone und wir haben heute gemeinsam einen Funkmast in Betrieb genommen.',
  'Unsere Tarife funktionieren im Netz von O2 – schnell und zuverlässig.',
  'Die Telekom ist auch nicht langsamer als wir.',
  'Great to see @Vodafone joining the open RAN initiative!',
  'Welcome to the neighbourhood, @O2! 👋',
  'Heute beim Branchentreff: Kolleg:innen von Telekom, Vodafone und uns auf einer Bühne.',
  'Falls du von der Telekom zu uns wechseln willst, übernehmen wir die Kündigung.',
  'Wie die Telekom das handhabt, wissen wir leider nicht.',
  'Nicht nur die Telekom baut Glasfaser aus – wir auch!',
  'Kein Problem, du kannst auch einen Router von Vodafone bei uns verwenden.',
  'Laut Vodafone ist die Störung inzwischen behoben.',
  'Schade, dass du zu O2 wechselst. Wir wünschen dir alles Gute!',
  'Der Empfang ist in deiner Straße leider schlecht, das betrifft alle Anbieter, auch die Telekom.',
  'Seit mehr als 10 Jahren sind wir Partner der Telekom.',
  'Your Vodafone contract ends in March? We can take care of the cancellation for you.',
  'We know switching from O2 can feel like a hassle – we make it simple.',
  'Die Telekom hat uns heute zum Netzausbau eingeladen – spannende Gespräche!',
  '1&1 und wir sind beide beim Glasfaser-Gipfel dabei. Bis dann!',
  'Hey, das Vodafone-Netz in deiner Region ist tatsächlich gut ausgebaut.',
  'Lieber Vodafone-Kunde, deine Rufnummer kannst du jederzeit zu uns mitnehmen.',
  'Gute Frage! Ob Telekom oder wir schneller sind, hängt von deinem Wohnort ab.',
  'Danke @Telekom, dass ihr so schnell reagiert habt! 🙌',
  // Second round.
  'Hallo Jana, danke für dein Interesse! Ja, du kannst deine Vodafone-Nummer problemlos zu uns mitnehmen. ^SeSe',
  'Klar, die Telekom hat auch gute Tarife. Schau dir einfach beide Angebote in Ruhe an!',
  'Sorry, zur Netzabdeckung von Congstar können wir nichts sagen – frag da am besten direkt nach.',
  'Liebe Telekom, danke für den fairen Wettbewerb! Auf ein spannendes Jahr 🥂',
  "We're proud to partner with Vodafone on the new 5G rollout!",
  'Wir gratulieren Vodafone herzlich zum Award „Bestes Netz 2025"!',
  'Du möchtest von O2 zu uns wechseln? Hier erfährst du, wie das geht: https://example.com/wechsel',
  'Die Telekom, Vodafone und O2 sind die drei großen Netzbetreiber in Deutschland.',
  'Ist das Netz von O2 wirklich so schlecht, wie alle sagen? Wir finden: nein.',
  "Switching from EE? We'll cover your early termination fee. 💸",
  "EE's 5G launch was impressive, hats off to the team!",
  'BT Sport was great last night!',
  'Yes, we use the BT Openreach network, so speeds are similar.',
  'Vodafone hat echt tolle Werbung gemacht, das müssen wir neidlos anerkennen 👏',
  'Wir wünschen den Kolleg:innen von Vodafone viel Erfolg beim Netzausbau!',
  'Hey Lisa, wir kennen die Tarife der Telekom nicht im Detail, aber unsere findest du hier: https://example.com/tarife',
  'Der Telekom-Router funktioniert übrigens auch an unserem Anschluss.',
  'Gratulation an O2 – 25 Jahre sind eine Leistung! 🎉',
  // Third round: neutral uses of cue words, found while reviewing the word lists.
  'Nie wieder Funklöcher – mit unserem Tarif im Vodafone-Netz.',
  'Vorsicht vor Betrug: Die Telekom warnt vor Phishing-Mails in ihrem Namen.',
  'Achtung Abzocke: Betrüger verschicken gefälschte Rechnungen im Namen von Vodafone.',
  'Im Katastrophenfall arbeiten wir eng mit der Telekom zusammen.',
  'Our disaster recovery tests with Vodafone went smoothly.',
  'In the worst case, your O2 contract simply ends at the end of the term.',
  'Wir sind der Telekom ewig dankbar für die Unterstützung.',
  'Wir haben leider keine Ahnung von den Tarifen der Telekom.',
  'Unser Tarif ist lächerlich günstig – auch für Telekom-Kunden 😉',
  "👀 Bald gibt's Neuigkeiten zu unserer Kooperation mit Vodafone!",
  'Bei uns zahlst du für nichts extra, auch nicht beim Wechsel von O2.',
];

const TABLE: Labelled[] = [...FIRES.map((text) => ({ text, fires: true })), ...PASSES.map((text) => ({ text, fires: false }))];

describe('competitor: labelled posts', () => {
  it(`has at least 30 posts each way (${FIRES.length} fire, ${PASSES.length} pass)`, () => {
    assert.ok(FIRES.length >= 30 && PASSES.length >= 30);
  });

  it('reports negative wording with high precision', (t) => {
    const result = measure(TABLE, reports);
    t.diagnostic(describeMeasurement(result));
    assert.ok(result.precision >= 0.95, describeMeasurement(result));
    assert.ok(result.recall >= 0.85, describeMeasurement(result));
  });
});

describe('competitor: findings', () => {
  it('reports the mention with the competitor and the cue', () => {
    const text = 'Wir sind viel besser als die Telekom!';
    const [finding, ...rest] = findingsOf('competitor', text, CONFIG);
    assert.equal(rest.length, 0);
    assert.equal(text.slice(finding.start, finding.end), 'Telekom');
    assert.deepEqual(finding.data, { competitor: 'Telekom', word: 'besser als' });
    assert.equal(finding.severity, 'warning');
  });

  it('names the configured spelling for a genitive or a hashtag', () => {
    const [genitive] = findingsOf('competitor', "Vodafone's prices are a rip-off.", CONFIG);
    assert.deepEqual(genitive.data, { competitor: 'Vodafone', word: 'rip-off' });
    const [tag] = findingsOf('competitor', '#TelekomFail', CONFIG);
    assert.deepEqual(tag.data, { competitor: 'Telekom', word: 'Fail' });
  });

  it('reports one finding per competitor and sentence', () => {
    const findings = findingsOf('competitor', 'Die Telekom ist lahm und die Telekom ist teuer. Vodafone auch lahm.', CONFIG);
    assert.deepEqual(findings.map((finding) => finding.data.competitor), ['Telekom', 'Vodafone']);
  });

  it('does nothing without configured competitors', () => {
    assert.deepEqual(findingsOf('competitor', 'Die Telekom ist lahm.', {}), []);
    assert.deepEqual(findingsOf('competitor', 'Die Telekom ist lahm.', { competitors: [' ', ''] }), []);
  });

  it('ignores a competitor named inside a link', () => {
    assert.deepEqual(findingsOf('competitor', 'Lahm? Siehe https://example.com/telekom-ist-lahm', CONFIG), []);
  });

  it('finds a contrast or farewell late in a long sentence of many mentions', () => {
    const text = `${'Telekom und '.repeat(200)}im Gegensatz zur Telekom sind wir günstig.`;
    const findings = findingsOf('competitor', text, CONFIG);
    assert.deepEqual(findings.map((finding) => [finding.data.competitor, finding.data.word]), [['Telekom', 'im Gegensatz zur']]);
    assert.equal(text.slice(findings[0].start), 'Telekom sind wir günstig.');
  });

  it('has contrast and farewell phrases of at most 4 words (only the 12 words before a mention are searched)', () => {
    for (const phrase of [...competitorLists.contrast, ...competitorLists.farewell]) {
      assert.ok(phrase.trim().split(/\s+/).length <= 4, phrase);
    }
  });

  it('treats competitor names literally', () => {
    assert.deepEqual(findingsOf('competitor', 'O2 ist lahm. Oo2 auch.', { competitors: ['O.'] }), []);
  });
});

describe('competitor: names inside hashtags and mentions', () => {
  it('accepts the whole tag and clear parts of it', () => {
    assert.equal(tagRest('Telekom', 'Telekom'), '');
    assert.equal(tagRest('TelekomFail', 'Telekom'), 'Fail');
    assert.equal(tagRest('Telekom_hilft', 'Telekom'), 'hilft');
    assert.equal(tagRest('VodafoneDE', 'Vodafone'), 'DE');
    assert.equal(tagRest('o2de', 'O2'), 'de');
    assert.equal(tagRest('deutschetelekom', 'Telekom'), 'deutsche');
    assert.equal(tagRest('telekomsucks', 'Telekom'), 'sucks');
  });

  it('rejects a name buried in another word', () => {
    assert.equal(tagRest('Telekommunikation', 'Telekom'), undefined);
    assert.equal(tagRest('Televodafonex', 'Vodafone'), undefined);
  });
});

describe('competitor: the quick search for names', () => {
  const NAMES = ['Telekom', 'O2', 'Deutsche Bahn', "McDonald's", 'Straße AG', 'Kelvin+Co'];
  // Pieces of the names, other cases, the characters case folding matches with ASCII letters (ſ, K),
  // apostrophes, spaces and words around them.
  const piece = fc.constantFrom(...NAMES, ...NAMES.map((name) => name.toUpperCase()), 'telekoms', 'ſtraße', 'KELVIN+co', 'Mc', 'Donald', "'s", '’s', ' ', '  ', '\n', '-', 'bei', 'der', '😀', 'o', '2');
  const texts = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));

  it('lets through every text in which the matcher finds a name', () => {
    const { matcher, mayName } = nameMatcher(NAMES);
    assert.ok(mayName);
    assertQuickTestKeepsEveryMatch(texts, (text) => matcher.findAll(text).length > 0, (text) => mayName.test(text));
  });

  it('searches every text when a name starts with a space or apostrophe', () => {
    assert.equal(nameMatcher(["'Blau"]).mayName, undefined);
  });
});
