// Phrase pools of the benchmark corpus: the kind of text community managers of a telephony company
// write, in German and English. post-text.mjs combines them into posts and replies. Some pools hold
// guideline violations on purpose, so that every rule has work to do on the corpus.

export const NAMES = ['Anna', 'Tom', 'Lena', 'Jonas', 'Mia', 'Paul', 'Sarah', 'Ben', 'Priya', 'Sam', 'Aylin', 'Mehmet', 'Julia', 'Felix', 'Noah', 'Emma'];
export const LAST_NAMES = ['Schmidt', 'Müller', 'Wagner', 'Becker', 'Hoffmann', 'Schulz', 'Yılmaz', 'Nowak', 'Kowalski', 'Jansen'];

export const HANDLES = [
  '@findingmarbles', '@vinzens81', '@mhoffmann_koeln', '@lena_codes', '@jonas_dus', '@techtalk_rhein',
  '@devopsdays', '@mia_macht_sachen', '@paulkocht', '@sarah_b', '@oss_friends', '@support_fan',
  '@rheinland_dev', '@koelnerkaffee', '@anna_on_air', '@tom_tweets',
];

export const URLS = [
  'https://www.example.com/blog/neues-buero',
  'https://www.example.com/hilfe/rechnungen',
  'https://www.example.com/jobs/backend-engineer-telephony',
  'https://example.org/events/engineering-on-tap',
  'https://status.example.com',
  'https://www.example.com/opensource/sip-test-tool/releases/2-4-0',
  'https://exa.mp/3xYzQ',
  'example.com/app',
  'https://www.example.com/en/help/porting-your-number?utm_source=social&utm_medium=post',
  'https://engineeringontap.example.de',
];

export const HASHTAGS = {
  de: ['#Telefonie', '#Düsseldorf', '#Karriere', '#Kundenservice', '#Homeoffice', '#Glasfaser', '#Weihnachten',
    '#Sommerfest', '#TeamWork', '#OpenSource', '#engineering', '#Wochenstart', '#Ausbildung', '#Digitalisierung',
    '#VoIP', '#Mittelstand', '#Datenschutz', '#Nachhaltigkeit', '#Büroleben', '#Feierabend'],
  en: ['#hiring', '#devops', '#remotework', '#TechTalk', '#FridayFeeling', '#opensource', '#VoIP', '#startup',
    '#customerservice', '#engineering', '#teamwork', '#backend', '#golang', '#WomenInTech', '#product',
    '#release', '#security', '#cloud', '#worklife', '#community'],
};

export const EMOJI = ['🎉', '🚀', '☕', '🍕', '📞', '💡', '🙌', '👋', '😉', '🙂', '❤️', '✅', '📅', '🔥', '👆', '🤔', '😅', '🎄', '☀️', '💬'];
// ZWJ sequences, skin tones and flags: several count differently on each network, and newer ones are
// unknown to twitter-text 3.1's emoji list.
export const EMOJI_COMPLEX = ['🧑‍🔧', '👩‍💻', '🧑🏽‍🚀', '👨‍👩‍👧‍👦', '🏳️‍🌈', '🫶🏼', '👍🏾', '🇩🇪', '🇯🇵', '🧑‍🤝‍🧑', '❤️‍🔥', '🙋🏻‍♀️'];

// Sentences with CJK, from teams abroad and customers who write in their language.
export const CJK = {
  de: ['Grüße an unser Team in 東京！', 'Ab heute beantworten wir Anfragen auch auf 日本語 und 中文.', 'Danke an die Kolleginnen in 서울 für die Hilfe 🙏',
    'Frohes neues Jahr – 新年快乐 an alle, die heute feiern!'],
  en: ['Greetings to our team in 東京！', 'Our support now answers in 日本語, 中文 and 한국어 too.', 'こんにちは to everyone joining from Osaka today!',
    '新年快乐 — happy Lunar New Year to everyone celebrating!'],
};

export const POST_SENTENCES = {
  de: [
    'Unser neues Büro in Düsseldorf ist fertig!',
    'Mehr Platz für Ideen, eine richtige Kaffeebar und endlich genug Besprechungsräume für alle Teams.',
    'Kleiner Tipp zum Wochenstart: In den Einstellungen kannst du festlegen, wann dein Telefon klingelt und wann die Mailbox übernimmt.',
    'Heute ab 18 Uhr gibt es wieder engineering on tap – diesmal zum Thema Monitoring.',
    'Setz dich mit uns an die Theke und erzähl uns, woran du gerade baust.',
    'Wir suchen Verstärkung im Support-Team, gern auch in Teilzeit.',
    'Die Rufnummernmitnahme dauert bei uns im Schnitt nur noch drei Werktage.',
    'Ab sofort kannst du deine Rechnungen der letzten zwei Jahre direkt im Kundenportal herunterladen.',
    'Freitag ist Pizza-Tag im Team – wer errät, welche Sorte zuerst weg war?',
    'Wartungsarbeiten heute Nacht zwischen 2 und 4 Uhr: Telefonie kann kurz ausfallen.',
    'Danke an alle, die beim Sommerfest dabei waren, es war großartig!',
    'Unsere Azubis haben diese Woche ihr erstes eigenes Projekt vorgestellt.',
    'Neu in der App: Anrufe lassen sich jetzt per Wischgeste an Kolleginnen weiterleiten.',
    'Wie organisiert ihr eure Rufbereitschaft? Wir sind gespannt auf eure Erfahrungen.',
    'Am 14. März öffnen wir unser Büro für einen Abend rund um Telefonie und Open Source.',
    'Es gibt kurze Vorträge, eine Führung durchs Rechenzentrum und natürlich Pizza.',
    'Die Anmeldung startet nächste Woche, die Plätze sind begrenzt.',
    'Unser Open-Source-Testtool für SIP ist in Version 2.4 erschienen.',
    'Anrufe lassen sich jetzt als PCAP aufzeichnen und später analysieren.',
    'Wir haben einen Absturz behoben, der bei leeren SDP-Antworten auftrat.',
    'Seit heute läuft unser Rechenzentrum zu 100 Prozent mit Ökostrom.',
    'Im Blog erklärt Lena, wie wir unsere Deployments von zwei Stunden auf zehn Minuten verkürzt haben.',
    'Homeoffice oder Büro? Bei uns entscheidet jedes Team selbst.',
    'Unsere Hotline ist an den Feiertagen von 10 bis 16 Uhr erreichbar.',
    'Schon gewusst? Du kannst Faxe auch als PDF per E-Mail empfangen.',
    'Herzlich willkommen an die zwölf neuen Kolleginnen und Kollegen, die diesen Monat gestartet sind.',
    'Der Status aller Dienste steht jederzeit auf unserer Statusseite.',
    'Wir sagen Danke für 10.000 zufriedene Kundinnen und Kunden!',
    'Diese Woche im Podcast: Warum Telefonie in der Cloud nicht kompliziert sein muss.',
    'Barrierefreiheit ist uns wichtig, deshalb testen wir jede neue Funktion auch mit Screenreadern.',
    'Unser Team war beim Firmenlauf am Rhein dabei und hat sich wacker geschlagen.',
    'Die neue Version der Desktop-App bringt einen dunklen Modus und schnellere Suche.',
    'Bis Ende des Monats ist die Einrichtung für neue Anschlüsse kostenlos.',
    'Wir haben zugehört: Die Warteschleifenmusik lässt sich jetzt abschalten.',
  ],
  en: [
    'Our new office in Düsseldorf is ready!',
    'More room for ideas, a proper coffee bar and finally enough meeting rooms for every team.',
    'Quick tip for the week: in the settings you can choose when your phone rings and when voicemail takes over.',
    'Engineering on tap is back tonight at 6 pm, this time about monitoring.',
    'Grab a seat at the bar and tell us what you are building.',
    "We're hiring two backend engineers who enjoy telephony, Go and calm on-call weeks.",
    'Porting your number now takes three working days on average.',
    'You can now download the invoices of the last two years straight from the customer portal.',
    'Friday is pizza day, guess which one was gone first?',
    'Maintenance tonight between 2 and 4 am: calls may drop for a few minutes.',
    'Thanks to everyone who came to the summer party, it was a blast!',
    'Our apprentices presented their first own project this week.',
    'New in the app: swipe to forward a call to a colleague.',
    'How does your team organise on-call duty? We would love to hear your stories.',
    'On 14 March we open our office for an evening about telephony and open source.',
    'Expect short talks, a tour of the data centre and, of course, pizza.',
    'Registration opens next week and seats are limited.',
    'Version 2.4 of our open-source SIP test tool is out.',
    'Calls can now be recorded as PCAP for later analysis.',
    'We fixed a crash when a server answered with an empty SDP body.',
    'Our data centre now runs on 100 percent renewable energy.',
    'On the blog, Lena explains how we cut deployments from two hours to ten minutes.',
    'Home office or office? Every team decides for itself.',
    'Our hotline is open from 10 am to 4 pm over the holidays.',
    'Did you know you can receive faxes as PDF by e-mail?',
    'A warm welcome to the twelve new colleagues who started this month.',
    'The status of every service is always on our status page.',
    'Thank you for 10,000 happy customers!',
    'This week on the podcast: why cloud telephony does not have to be complicated.',
    'Accessibility matters to us, so we test every new feature with screen readers.',
    'Our team ran the company run along the Rhine and did surprisingly well.',
    'The new desktop app brings a dark mode and a faster search.',
    'Setup for new lines is free until the end of the month.',
    'We listened: you can now switch off the hold music.',
  ],
};

export const REPLY_GREETINGS = {
  de: { du: ['Hallo {name},', 'Hi {name}!', 'Hey {name},', 'Moin {name}!', 'Hallo!'], sie: ['Guten Tag Frau {last},', 'Hallo Herr {last},', 'Guten Tag,'] },
  en: { du: ['Hi {name},', 'Hey {name}!', 'Hello {name},', 'Hi there!'], sie: ['Hello Ms {last},', 'Dear Mr {last},', 'Good morning,'] },
};

export const REPLY_SENTENCES = {
  de: {
    du: [
      'Danke für deine Nachricht!',
      'Oh nein, das tut uns leid.',
      'Das schauen wir uns gleich an.',
      'Kannst du uns kurz sagen, seit wann das Problem besteht?',
      'Starte den Router bitte einmal neu und gib uns Bescheid, ob es danach klappt.',
      'Die Weiterleitung auf dein Handy klappt jetzt wieder, der Fehler ist behoben.',
      'Schreib uns gern eine Direktnachricht, dann kümmern wir uns darum.',
      'Die Rechnung findest du im Kundenportal unter „Dokumente“.',
      'Danke fürs Bescheidgeben, wir haben das an unser Technik-Team weitergegeben.',
      'Schau doch mal auf unsere Statusseite, dort steht der aktuelle Stand.',
      'Freut uns sehr, dass alles wieder läuft!',
      'Die Mitnahme deiner Nummer ist beantragt und dauert etwa drei Werktage.',
      'Schönes Wochenende!',
    ],
    sie: [
      'Vielen Dank für Ihre Nachricht.',
      'Das tut uns leid, wir prüfen das sofort.',
      'Sie können die Mitnahme direkt bei der Bestellung beantragen, den Rest erledigen wir für Sie.',
      'Bitte starten Sie den Router einmal neu und geben Sie uns Bescheid.',
      'Die Rechnung finden Sie im Kundenportal unter „Dokumente“.',
      'Wir melden uns bei Ihnen, sobald die Störung behoben ist.',
      'Gerne helfen wir Ihnen per Direktnachricht weiter.',
      'Einen schönen Tag noch!',
    ],
  },
  en: {
    du: [
      'Thanks for reaching out!',
      "Oh no, we're sorry about that.",
      "We'll look into it right away.",
      'Could you tell us since when this has been happening?',
      'Please restart your router once and let us know if that helps.',
      'Forwarding to your mobile works again, the bug is fixed.',
      'Feel free to send us a DM and we will take care of it.',
      'You will find the invoice in the customer portal under "Documents".',
      'Thanks for letting us know, we passed it on to our engineers.',
      'Our status page has the latest updates.',
      'Glad to hear everything works again!',
      'Have a great weekend!',
    ],
    sie: [
      'Thank you for your message.',
      'We apologise for the inconvenience and are checking this now.',
      'Please send us a direct message so we can help you further.',
      'We will get back to you as soon as the outage is resolved.',
    ],
  },
};

// The customer messages replies answer (`in-reply-to`); some use "Sie", some "du".
export const CUSTOMER_MESSAGES = {
  de: [
    'Guten Tag, können Sie mir sagen, ob die Rufnummernmitnahme auch für Festnetznummern funktioniert?',
    'Hallo, seit heute Morgen geht mein Telefon nicht mehr. Können Sie mal nachsehen?',
    'Hey, weißt du, wann die neue App kommt?',
    'Mein Anschluss ist seit drei Tagen tot und keiner meldet sich. Was ist da los bei euch?',
    'Hi, wie kann ich meine Rechnung herunterladen?',
    'Warum wurde mir dieser Monat doppelt abgebucht? Ich warte auf Ihre Antwort.',
  ],
  en: [
    "Hi, can you tell me whether number porting works for landlines too?",
    'My phone has been dead since this morning, can you check?',
    "Your support hasn't answered my ticket in three days. Is anyone even working there?",
    'How do I download my invoice?',
    'When is the new app coming out?',
  ],
};

export const SIGN_OFFS = ['^SeSe', '^AnMu', '^TK', '^JaRo', '^LW'];
export const CLOSINGS = { de: ['Viele Grüße, {name}', 'Liebe Grüße, {name}', 'Dein {name}', '{name}'], en: ['Cheers, {name}', 'Best, {name}', '– {name}'] };

export const NOTES = [
  '<!-- Team-Notiz: vor Veröffentlichung mit Produktmanagement abstimmen. -->',
  '<!-- TODO: Foto vom Team anhängen -->',
  '<!-- note: check the date with events before publishing -->',
  '<!-- Kunde siezt, also siezen wir zurück. -->',
];

// Guideline violations: each makes a rule report.
export const VIOLATIONS = {
  rude: {
    de: ['Das ist doch Blödsinn, lies erst mal die FAQ.', 'Wer so fragt, ist echt ein Depp.', 'Was für eine dumme Frage.', 'Halt doch einfach die Klappe.'],
    en: ['That is a stupid question, honestly.', 'Are you an idiot?', 'Stop whining and read the FAQ.', 'What a dumb complaint.'],
  },
  customerData: {
    de: ['Schick uns bitte kurz deine Kundennummer und dein Geburtsdatum, dann schauen wir direkt nach.', 'Wie lautet Ihre Vertragsnummer?',
      'Nenn uns bitte deine IBAN, dann prüfen wir die Abbuchung.', 'Poste hier einfach deine Telefonnummer und deine Adresse.'],
    en: ['Can you post your account number and date of birth here?', 'Please reply with your customer number so we can check.',
      "What's your phone number and e-mail address?"],
  },
  // Warnings *not* to share data: the customer-data rule must stay quiet on these.
  dataWarning: {
    de: ['Bitte poste niemals deine Kundennummer oder dein Passwort öffentlich.', 'Teile deine IBAN bitte nicht hier in den Kommentaren.'],
    en: ['Please never share your password or account number in public.'],
  },
  competitor: {
    de: ['Keine drei Wochen Warteschleife wie bei der Telekom: Bei uns ist dein Anschluss in zehn Minuten eingerichtet.', 'Das Netz von Vodafone ist einfach schlecht, wechsel lieber zu uns.'],
    en: ["Vodafone's network is a joke compared to ours.", 'Switch from Telekom today, their support is terrible.'],
  },
  congratulation: {
    de: ['Herzlichen Glückwunsch an die Kolleginnen und Kollegen von Vodafone zu 30 Jahren Mobilfunk!'],
    en: ['Congratulations to the Telekom team on their new fibre milestone!'],
  },
  mixedAddress: { de: ['Wenn Sie danach noch Probleme haben, schreiben Sie uns einfach.'], en: [] },
};
