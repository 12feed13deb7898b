// fast-check generators of realistic (and some hostile) .post.md documents, shared by the property
// tests and the fuzzers.

import fc from 'fast-check';

const WORDS = [
  'Hallo', 'Danke', 'für', 'deine', 'Nachricht', 'Das', 'schauen', 'wir', 'uns', 'gleich', 'an', 'Sie', 'sie', 'ist', 'du',
  'Ihre', 'Kundennummer', 'Passwort', 'schick', 'uns', 'bitte', 'niemals', 'Telekom', 'Vodafone', 'schlecht', 'besser',
  'Glückwunsch', 'Idiot', 'HEUTE', 'NEU', 'thanks', 'your', 'password', 'please', 'send', 'us', 'never', 'great', 'news',
  'engineering', 'on', 'tap', 'Box', 'schnell', 'Adresse', 'E-Mail', 'Wie', 'lautet', 'Vertragsnummer', '^SeSe', 'LG', 'Anna',
];
const PIECES = [
  '#engineering', '#VoIP', '#5G', '@sipgate', '@vinzens81', 'https://example.com/path?x=1', 'example.org', 't.co/abc',
  '😀', '🧑‍🔧', '👍🏽', '🇩🇪', '1️⃣', '❤️', '日本語', 'é', 'e\u0301', '**fett**', '_kursiv_', '[Link](https://x.de)', '# Titel',
  '!!!', '???', '?!?!', '𝗯𝗼𝗹𝗱', '𝘪𝘵𝘢𝘭𝘪𝘤', '…', '€', '™', '<!-- note -->', '<!-- postlint-disable tone -->', '+++', '---',
  '\u200D', '\u200F', '\u202E', '\uFEFF', '\u0000', '\uD800', '\t', '$CASH', '„Zitat“', '"quote"', '*g*', 'Kund*innen',
];

const word = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...WORDS) }, { weight: 2, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) });
const line = fc.array(word, { minLength: 0, maxLength: 30 }).map((words) => words.join(' '));
const body = fc.array(line, { minLength: 0, maxLength: 12 }).map((lines) => lines.join('\n'));

const channelName = fc.constantFrom('twitter', 'x', 'facebook', 'instagram', 'linkedin', 'mastodon', 'bluesky', 'threads', 'instagarm', 'X');
const frontmatterLine = fc.oneof(
  fc.array(channelName, { maxLength: 4 }).map((channels) => `channels: [${channels.join(', ')}]`),
  channelName.map((channel) => `channel: ${channel}`),
  fc.constantFrom('kind: reply', 'kind: post', 'kind: replay', 'signoff: ^SeSe', 'address: du', 'address: sie', 'address: avoid', 'lang: de', 'lang: en', 'lang: fr'),
  fc.constantFrom('in-reply-to: "Hallo, können Sie mir helfen?"', 'in-reply-to: "Hey, kannst du mir helfen?"', 'foo: bar', 'chanels: [x]', 'kind: [a, b]', 'x: &a [1]', 'y: *a', 'bad: [', 'a: b: c', '- item'),
  fc.string({ maxLength: 20 }),
);
const frontmatter = fc.oneof(
  fc.constant(''),
  fc.array(frontmatterLine, { maxLength: 6 }).map((lines) => `---\n${lines.join('\n')}\n---\n`),
  fc.array(frontmatterLine, { maxLength: 3 }).map((lines) => `---\n${lines.join('\n')}\n`), // unclosed
);

/** A whole document, sometimes with BOM and CRLF line ends. */
export const postDocument = fc
  .tuple(fc.boolean(), fc.boolean(), frontmatter, body)
  .map(([bom, crlf, front, text]) => {
    const document = `${bom ? '\uFEFF' : ''}${front}${text}\n`;
    return crlf ? document.replace(/\n/g, '\r\n') : document;
  });

export const SEED = 20261122;
