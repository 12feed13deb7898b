// Precision of the du/Sie detector behind `address-form` on sentences labelled by hand:
//   du   — addresses the reader informally (du, dich, euch, "ihr" with a plural verb, imperatives)
//   sie  — addresses the reader formally (Sie, Ihnen, Ihr Paket)
//   both — mixes the two
//   none — no direct address; in particular "Sie"/"ihr" that mean she, they, it or her.
// The second table is customers' messages (`in-reply-to`), read leniently ("können sie mir …").

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findAddressMarks, type AddressOptions } from '../../rules/language/address';
import { maskRanges, quotedRanges } from '../../rules/language/mask';

type Label = 'du' | 'sie' | 'both' | 'none';

const POSTS: ReadonlyArray<readonly [Label, string]> = [
  ['none', 'Die Box ist da. Sie ist schneller als je zuvor.'],
  ['sie', 'Haben Sie Fragen? Wir helfen Ihnen gern.'],
  ['du', '+++ HEUTE ab 18:00 Uhr, engineering on tap +++ Leider ohne Tim Mois, dafür mit der wunderbaren @findingmarbles! Setz Dich mit uns an die Theke. #engineering'],
  ['none', 'Morgen, den 21.12.2018 ab 18 Uhr: engineering on tap! Die Alternative vor den Feiertagen mit @vinzens81. Thema: CI/CD unserer Systeme. Infos: https://engineeringontap.eventbrite.de #engineering'],
  ['none', 'Unsere Techniker sind unterwegs. Sie sind ab 8 Uhr vor Ort.'],
  ['sie', 'Sie haben Fragen zu Ihrem Vertrag? Schreiben Sie uns!'],
  ['both', 'Sie haben Fragen? Schreib uns!'],
  ['du', 'Habt ihr Lust auf ein neues Feature? Stimmt ab!'],
  ['du', 'Ihr Lieben, danke für 10.000 Follower! 💙'],
  ['sie', 'Ihr Paket ist unterwegs.'],
  ['du', 'Ihr seid die Besten!'],
  ['none', 'Unsere Kollegin Anna ist neu im Team. Ihre Lieblingsfarbe ist Grün.'],
  ['none', 'Wir haben mit ihr gesprochen und sie ist begeistert.'],
  ['du', 'Schau doch mal auf unserer Website vorbei!'],
  ['none', 'Schau ich mir morgen an.'],
  ['none', 'Danke an alle, die mitgemacht haben! Die Gewinner werden per DM benachrichtigt.'],
  ['sie', 'Vielen Dank für Ihre Nachricht, wir melden uns.'],
  ['du', 'Danke für deine Nachricht, wir melden uns.'],
  ['none', 'Die neue App ist da 🎉 Sie kann jetzt auch Fax.'],
  ['sie', 'Danke 🙏 Sie sind großartig!'],
  ['du', 'Hol dir jetzt das neue Update!'],
  ['none', 'Jetzt das neue Update holen!'],
  ['du', 'Wollt ihr mehr? Dann folgt uns auf Instagram.'],
  ['du', 'Wisst ihr schon, was ihr am Wochenende macht?'],
  ['none', 'Die Kunden lieben es. Sie schreiben uns jeden Tag.'],
  ['sie', 'Können Sie uns sagen, wann das passiert ist?'],
  ['du', 'Kannst du uns sagen, wann das passiert ist?'],
  ['none', 'Danke an unsere Community – ihr Feedback hat die App besser gemacht.'],
  ['du', 'Danke an euch alle – euer Feedback hat die App besser gemacht.'],
  ['none', '„Können Sie mir helfen?“ – so fangen viele Nachrichten an.'],
  ['sie', 'Hallo Frau Meier, Sie können den Tarif jederzeit wechseln.'],
  ['du', 'DU BIST GEFRAGT! Stimm jetzt ab.'],
  ['none', 'Neue Router sind da. Sie sind schneller und sparen Strom.'],
  ['none', 'Sie ist wieder da: die Mittwochs-Frage!'],
  ['sie', 'Wir wünschen Ihnen frohe Feiertage!'],
  ['du', 'Wir wünschen dir frohe Feiertage!'],
  ['none', 'Wir wünschen frohe Feiertage!'],
  ['none', 'Heute feiern wir 10 Jahre sipgate.'],
  ['du', 'Melde dich jetzt an und sichere dir einen Platz.'],
  ['sie', 'Melden Sie sich jetzt an und sichern Sie sich einen Platz.'],
  ['none', 'Jetzt anmelden und Platz sichern!'],
  ['du', 'Lass uns gemeinsam feiern!'],
  ['none', 'Freut mich sehr!'],
  ['none', 'Teile des Netzes sind gestört. Wir arbeiten dran.'],
  ['none', 'Tipp: Mit der App geht\'s schneller.'],
  ['du', 'Tipp: Mit der App geht\'s für dich schneller.'],
  ['none', 'Start ist um 18 Uhr.'],
  ['du', 'Komm vorbei, wir freuen uns auf dich!'],
  ['sie', 'Kommen Sie vorbei, wir freuen uns auf Sie!'],
  ['none', 'Die Techniker kommen morgen. Ihr Einsatz beginnt um 8 Uhr.'],
  ['sie', 'Ihre Meinung ist uns wichtig!'],
  ['none', 'Wir haben die Lösung: Sie heißt Cloud-Telefonie.'],
  ['du', 'Sei dabei!'],
  ['du', 'Seid dabei!'],
  ['none', 'Mit ihr haben wir eine starke Partnerin.'],
  ['du', 'Was meint ihr?'],
  ['du', 'Was meint Ihr dazu?'],
  ['sie', 'Was meinen Sie dazu?'],
  ['none', 'Was meinen sie dazu?'],
  ['none', 'Merry Christmas and a happy new year to all of you!'],
  ['both', 'Danke für deine Frage! Gerne helfen wir Ihnen weiter.'],
  ['du', 'Na, schon das neue Feature entdeckt? Probier\'s aus!'],
  ['du', 'Schönes Wochenende euch allen! 🌞'],
  ['none', 'Frohe Ostern! 🐣'],
  ['du', 'Wie findet ihr das neue Design?'],
  ['sie', 'Wie finden Sie das neue Design?'],
  ['du', 'Wer von euch ist am Samstag dabei?'],
  ['du', 'Was sagt ihr dazu? Schreibt es in die Kommentare!'],
  ['none', 'Unsere Kunden sagen: Die App ist top. Sie nutzen sie täglich.'],
  ['sie', 'Ihr Router blinkt rot? Dann starten Sie ihn neu.'],
  ['du', 'Euer Router blinkt rot? Dann starte ihn einfach neu.'],
  ['du', 'Dein Router blinkt? Starte ihn neu.'],
  ['none', 'Falls der Router blinkt: einfach neu starten.'],
  ['du', 'Unsere Hotline erreicht ihr unter 0800 123 456.'],
  ['sie', 'Sie erreichen uns unter 0800 123 456.'],
  ['sie', 'Unsere Kollegen erreichen Sie unter 0800 123 456.'],
  ['du', 'Bei Fragen erreichst du uns hier.'],
  ['du', 'Du willst mehr wissen? Link in Bio!'],
  ['sie', 'Haben Sie schon gehört? Ab heute gibt\'s Glasfaser.'],
  ['none', 'Schon gehört? Ab heute gibt\'s Glasfaser.'],
  ['sie', 'Danke für Ihre Geduld!'],
  ['du', 'Danke für eure Geduld!'],
  ['none', 'Danke für die Geduld!'],
  ['sie', 'Vielen Dank, Herr Schmidt! Ihr Feedback hilft uns.'],
  ['none', 'Die Bundesnetzagentur hat neue Regeln veröffentlicht. Sie gelten ab Mai.'],
  ['sie', 'Ihnen gefällt unser Service? Dann bewerten Sie uns!'],
  ['du', 'Euch gefällt unser Service? Dann bewertet uns!'],
  ['none', 'Uns gefällt\'s!'],
  ['du', 'Gefällt dir das?'],
  ['sie', 'Gefällt Ihnen das?'],
  ['none', 'Zitat des Tages: „Sie sind die Besten!“'],
  ['du', 'Mach mit und gewinne!'],
  ['du', 'Mach\'s gut!'],
  ['none', 'Macht nichts!'],
  ['du', 'Frag doch einfach unsere Community!'],
  ['du', 'Frage des Tages: Was ist euer Lieblingsemoji?'],
  ['none', 'Frage des Tages: Welches Emoji beschreibt den Montag?'],
  ['du', 'Sag mal, kennt ihr schon unser neues Feature?'],
  ['du', 'Bleib gesund!'],
  ['du', 'Lies mehr im Blog.'],
  ['du', 'Hab einen schönen Tag!'],
  ['none', 'Hab ich doch gesagt.'],
  ['du', 'Probier es aus!'],
  ['du', 'Teste das neue Feature!'],
  ['du', 'Hol sie dir jetzt im App Store!'],
  ['du', 'Tritt unserer Community bei!'],
  ['du', 'Ruf an: 0800 123 456'],
  ['sie', 'Unser Team ist für Sie da. Sie erreichen es Mo–Fr.'],
  ['none', 'Viele fragen uns nach der neuen App. Sie kommt im Mai!'],
  ['none', 'Die Bewerbungsphase läuft. Sie endet am 30. Mai.'],
  ['none', 'Wir haben zwei neue Kolleginnen im Team! Sie kümmern sich ab sofort um Social Media.'],
  ['none', 'Danke an alle Teilnehmer! Sie haben uns super Feedback gegeben.'],
  ['none', 'Unsere Azubis haben die Weihnachtsdeko gebastelt. Sie sieht großartig aus!'],
  ['du', 'Kennt ihr schon unsere neuen Sticker? Sie sind ab sofort im Shop.'],
  ['sie', 'Sie wollen mehr erfahren? Dann lesen Sie unseren Blog.'],
  ['both', 'Sie suchen einen neuen Job? Wir suchen dich!'],
  ['none', 'Sie ist die Neue im Team: Lisa!'],
  ['none', 'SIE ist zurück: die Mittwochsfrage!'],
  ['none', 'Ab heute gibt\'s neue Tarife. Sie sind günstiger und flexibler.'],
  ['sie', 'Unser Team freut sich auf Sie!'],
  ['sie', 'Wir freuen uns auf Ihren Besuch!'],
  ['none', 'Wir freuen uns auf ihren Besuch!'],
  ['sie', 'Fragen? Ihre Ansprechpartnerin ist Frau Meyer.'],
  ['du', 'Kommt ihr auch?'],
  ['none', 'Sie hat ihr Ziel erreicht.'],
  ['none', 'Anna und ihr Team haben den Hackathon gewonnen.'],
  ['du', 'Gebt ihr uns eine zweite Chance?'],
  ['du', 'Was habt ihr am Wochenende vor?'],
  ['none', 'Unsere Entwicklerinnen haben die App neu gebaut. Sie läuft jetzt doppelt so schnell.'],
  ['none', 'Die neue Fritzbox-Anleitung ist online. Sie erklärt Schritt für Schritt die Einrichtung.'],
  ['none', 'Heute vor 20 Jahren wurde sipgate gegründet. Danke an alle, die dabei waren!'],
  ['none', 'Unsere Werte: Offenheit, Vertrauen und Neugier.'],
  ['none', 'Neuer Blogartikel: Wie funktioniert eigentlich VoIP? Link in Bio.'],
  ['none', 'Die Kolleg*innen aus dem Support haben heute Pizza bestellt. Sie war lecker.'],
  ['none', 'Team-Event im Kletterpark! Die Stimmung? Großartig.'],
  ['none', 'Am Freitag ist Hackday. Was wohl dabei rauskommt?'],
  ['du', 'Trag dich jetzt für die Beta ein!'],
  ['sie', 'Tragen Sie sich jetzt für die Beta ein!'],
  ['none', 'Jetzt für die Beta eintragen!'],
  ['none', 'Die Sonne scheint, die Stimmung ist gut – und unser Grill ist an! 🔥'],
  ['du', 'Was grillt ihr am liebsten?'],
  ['sie', 'Wie gefällt Ihnen unser neues Logo?'],
  ['du', 'Wie gefällt euch unser neues Logo?'],
  ['none', 'Unser neues Logo ist da! Es ist moderner und klarer.'],
  ['none', 'Unsere Praktikantinnen haben heute ihren letzten Tag. Sie werden uns fehlen!'],
  ['none', 'Die Router der neuen Generation sind angekommen. Sie unterstützen WLAN 7.'],
  ['sie', 'Sie möchten Ihre Rufnummer mitnehmen? Kein Problem!'],
  ['du', 'Du möchtest deine Rufnummer mitnehmen? Kein Problem!'],
  ['none', 'Die Rufnummernmitnahme ist kostenlos. Sie dauert etwa eine Woche.'],
  ['du', 'Klick auf den Link in unserer Bio und sichere dir 20 % Rabatt!'],
  ['sie', 'Klicken Sie auf den Link und sichern Sie sich 20 % Rabatt!'],
  ['none', 'Link in Bio, 20 % Rabatt bis Sonntag!'],
  ['du', 'Lust auf einen Job bei uns? Bewirb dich jetzt!'],
  ['sie', 'Lust auf einen Job bei uns? Bewerben Sie sich jetzt!'],
  ['none', 'Lust auf einen Job bei uns? Jetzt bewerben!'],
  ['du', 'Wir sind für dich da – auch am Wochenende.'],
  ['sie', 'Wir sind für Sie da – auch am Wochenende.'],
  ['none', 'Wir sind auch am Wochenende erreichbar.'],
  ['none', 'Am Montag startet die neue Folge unseres Podcasts. Sie dreht sich um Datenschutz.'],
  ['du', 'Hast du die neue Folge schon gehört?'],
  ['sie', 'Haben Sie die neue Folge schon gehört?'],
  ['none', 'Jana aus dem Marketing hat heute Geburtstag. Wir gratulieren ihr herzlich! 🎂'],
  ['du', 'Danke, dass ihr so geduldig wart!'],
  ['sie', 'Danke, dass Sie so geduldig waren!'],
  ['none', 'Danke an alle für die Geduld!'],
  ['du', 'Euer Feedback hat uns sehr geholfen.'],
  ['sie', 'Ihr Feedback hat uns sehr geholfen.'],
  ['none', 'Das Feedback der Community hat uns sehr geholfen.'],
  ['du', 'Ihr habt abgestimmt: Das neue Feature heißt „Quickdial“!'],
  ['none', 'Die Community hat abgestimmt: Das neue Feature heißt „Quickdial“!'],
  ['none', 'Die Kolleginnen vom Support sind heute auf der Messe. Ihr Stand: Halle 3, C12.']
];

const CUSTOMER_MESSAGES: ReadonlyArray<readonly [Label, string]> = [
  ['sie', 'Hallo, können Sie mir sagen, wann mein Router kommt?'],
  ['sie', 'hallo können sie mir helfen?'],
  ['du', 'Hey, könnt ihr mir helfen?'],
  ['none', 'Wann kommt mein Paket?'],
  ['none', 'Ich warte seit 2 Wochen auf meinen Router!!!'],
  ['sie', 'Danke ihnen für die schnelle Hilfe'],
  ['none', 'Die Techniker wollten kommen, aber sie sind nicht gekommen.'],
  ['sie', 'Haben sie schon eine Lösung?'],
  ['du', 'Habt ihr schon eine Lösung?'],
  ['none', '@sipgate warum geht mein Telefon nicht?'],
  ['du', 'Ihr seid echt langsam.'],
  ['sie', 'Was machen Sie da eigentlich?'],
  ['du', 'Warum antwortet ihr nicht???'],
  ['sie', 'Sehr geehrte Damen und Herren, ich bitte Sie um Rückruf.'],
  ['du', 'Moin! Habt ihr ne Idee, warum mein Fax nicht geht?'],
  ['sie', 'Guten Tag, mein Anschluss funktioniert nicht. Bitte melden Sie sich.'],
];

function verdict(text: string, options: AddressOptions = {}): Label {
  const marks = findAddressMarks(maskRanges(text, quotedRanges(text)), options);
  const du = marks.some((mark) => mark.form === 'du');
  const sie = marks.some((mark) => mark.form === 'sie');
  return du && sie ? 'both' : du ? 'du' : sie ? 'sie' : 'none';
}

/** Precision of reporting each form: of the sentences where the detector sees it, how many have it. */
function precision(table: ReadonlyArray<readonly [Label, string]>, options: AddressOptions): { du: number; sie: number } {
  const has = (label: Label, form: 'du' | 'sie') => label === form || label === 'both';
  const count = { du: [0, 0], sie: [0, 0] };
  for (const [label, text] of table) {
    const seen = verdict(text, options);
    for (const form of ['du', 'sie'] as const) {
      if (!has(seen, form)) continue;
      count[form][0]++;
      if (has(label, form)) count[form][1]++;
    }
  }
  return { du: count.du[1] / count.du[0], sie: count.sie[1] / count.sie[0] };
}

describe('address-form: labelled posts', () => {
  it('has at least 40 sentences with address and 40 without', () => {
    assert.ok(POSTS.filter(([label]) => label !== 'none').length >= 40);
    assert.ok(POSTS.filter(([label]) => label === 'none').length >= 40);
  });

  for (const [label, text] of POSTS) {
    it(`${label}: ${text}`, () => assert.equal(verdict(text), label));
  }

  it('measures precision per form', (t) => {
    const measured = precision(POSTS, {});
    t.diagnostic(`precision du ${measured.du.toFixed(3)}, Sie ${measured.sie.toFixed(3)} on ${POSTS.length} sentences`);
    assert.equal(measured.du, 1);
    assert.equal(measured.sie, 1);
  });
});

describe('address-form: labelled customer messages (lenient)', () => {
  for (const [label, text] of CUSTOMER_MESSAGES) {
    it(`${label}: ${text}`, () => assert.equal(verdict(text, { lenient: true }), label));
  }
});
