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

// ── Hostile input, for the reliability fuzzers (test/reliability) ──────────────────────────────────

/**
 * Characters and fragments that break naive text handling: byte-order marks, every line end, lone
 * surrogates, NUL and other controls, joiners, bidirectional controls, combining marks, and the
 * syntax Postlint itself reads (fences, notes, inline control, hashtags, Markdown, YAML anchors).
 */
export const HOSTILE_PIECES = [
  '\uFEFF', '\r\n', '\r', '\n', '\u0085', '\u2028', '\u2029', '\v', '\f', '\t',
  '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uD83D', '\u0000', '\u0001', '\u001B', '\u007F', '\uFFFD', '\uFFFF',
  '\u200B', '\u200C', '\u200D', '\u2060', '\u00AD', '\u00A0', '\u3000',
  '\u200E', '\u200F', '\u061C', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069',
  '\u0301', '\u0308\u0308\u0308', '\uFE0F', '\u20E3', '\u{E0067}',
  '🧑‍🔧', '👩‍❤️‍💋‍👨', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '👍🏽', '🇩🇪', 'ﷺ', '𒐫', 'ẞ', 'İ', 'ﬃ',
  '---', '---\n', '...\n', '<!--', '-->', '<!-- note -->', '<!-- postlint-disable -->', '<!-- postlint-enable -->',
  '<!-- postlint-disable-next-line -->', '<!-- postlint-disable tone, markdown -->',
  '#', '#tag', '＃tag', '@', '@user', 'https://', 'https://x.de/(a)', 'www.', '.de', '$CASH',
  '[', ']', '](', '![', '*', '**', '_', '__', '~~', '# ', '!!!', '???', '\\', '"', "'", '`', '„', '“',
  ': ', '&a ', '*a', '<<: *a', '{', '}', '? ', '- ', '%YAML 1.2', '!!binary ', '!<tag:x> ',
];

/** One edit of a document: insert a hostile piece, delete a stretch, or duplicate a stretch. */
const mutation = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.constant('insert' as const), fc.nat(), fc.constantFrom(...HOSTILE_PIECES)) },
  { weight: 2, arbitrary: fc.tuple(fc.constant('delete' as const), fc.nat(), fc.integer({ min: 1, max: 12 })) },
  { weight: 1, arbitrary: fc.tuple(fc.constant('duplicate' as const), fc.nat(), fc.integer({ min: 1, max: 40 })) },
);

function mutate(text: string, [kind, at, what]: [string, number, string | number]): string {
  const position = at % (text.length + 1);
  if (kind === 'insert') return text.slice(0, position) + String(what) + text.slice(position);
  if (kind === 'delete') return text.slice(0, position) + text.slice(position + Number(what));
  return text.slice(0, position) + text.slice(position, position + Number(what)).repeat(2) + text.slice(position + Number(what));
}

/** A realistic post with up to 10 edits at arbitrary UTF-16 positions (so also inside surrogate pairs and CRLFs). */
export const mutatedPost = fc
  .tuple(postDocument, fc.array(mutation, { maxLength: 10 }))
  .map(([document, mutations]) => mutations.reduce(mutate, document));

const yamlKey = fc.constantFrom('channels', 'channel', 'kind', 'signoff', 'address', 'in-reply-to', 'lang', 'foo', 'a', '', '"k"', '? k');

/** YAML that a frontmatter parser must survive without hanging or expanding anything. */
const hostileYaml = fc.oneof(
  // Duplicate keys, with the same or different values.
  fc.array(yamlKey, { minLength: 2, maxLength: 6 }).map((keys) => [...keys, ...keys].map((key, index) => `${key}: v${index}`).join('\n')),
  // "Billion laughs": each anchor lists the previous one `width` times, `depth` levels deep.
  fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2, max: 12 })).map(([depth, width]) => {
    const lines = ['l0: &l0 ["lol"]'];
    for (let level = 1; level <= depth; level++) lines.push(`l${level}: &l${level} [${Array(width).fill(`*l${level - 1}`).join(', ')}]`);
    return `${lines.join('\n')}\nchannels: *l${depth}\nin-reply-to: *l${depth}`;
  }),
  // Deep nesting, in flow style (closed or not) and in block style; rarely thousands of levels.
  fc.tuple(fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 1, max: 100 }) }, { weight: 1, arbitrary: fc.integer({ min: 100, max: 3000 }) }), fc.boolean(), fc.constantFrom('[', '{a: ', '- ')).map(([depth, closed, open]) => {
    if (open === '- ') return `channels:\n${Array.from({ length: Math.min(depth, 400) }, (_, level) => `${' '.repeat(level)}- `).join('\n')}x`;
    const close = open === '[' ? ']' : '}';
    return `channels: ${open.repeat(depth)}x${closed ? close.repeat(depth) : ''}`;
  }),
  // Long scalars, rarely past the 64 KB that are read at all (the 10 MB ones are cases of their own:
  // test/reliability).
  fc.tuple(yamlKey, fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 1, max: 2000 }) }, { weight: 1, arbitrary: fc.integer({ min: 60_000, max: 70_000 }) }), fc.constantFrom('', '"', "'", '|\n  ', '>\n  ')).map(
    ([key, length, quote]) => `${key}: ${quote}${'Sie '.repeat(Math.ceil(length / 4))}${quote.trim().length === 1 ? quote : ''}`,
  ),
  // Tags, merge keys, directives, documents, tabs, complex keys: YAML that means nothing to Postlint.
  fc.array(
    fc.constantFrom('kind: !!binary aGFsbG8=', 'channels: !<tag:yaml.org,2002:str> x', '<<: *missing', 'a: &a b\n<<: *a', '%YAML 1.1', '--- !x', '? [a, b]\n: c',
      '\tchannels: [x]', 'channels: [twitter,, ]', 'kind: reply # comment', 'lang: "de', "signoff: 'a''b'", 'address: @du', 'channels: - x'),
    { minLength: 1, maxLength: 6 },
  ).map((lines) => lines.join('\n')),
);

/** A post whose frontmatter is hostile: closed, unterminated, or opened more than once. */
export const hostileFrontmatterPost = fc
  .tuple(hostileYaml, fc.constantFrom('closed', 'unterminated', 'dots', 'twice', 'crlf'), fc.constantFrom('', 'Hallo #tag, danke für deine Nachricht!\n', '@kunde Hi! Wie lautet deine Kundennummer?\n'))
  .map(([yaml, fence, body]) => {
    switch (fence) {
      case 'unterminated':
        return `---\n${yaml}\n${body}`;
      case 'dots':
        return `---\n${yaml}\n...\n${body}`;
      case 'twice':
        return `---\n${yaml}\n---\n---\n${yaml}\n---\n${body}`;
      case 'crlf':
        return `---\r\n${yaml.replace(/\n/g, '\r\n')}\r\n---\r\n${body}`;
      default:
        return `---\n${yaml}\n---\n${body}`;
    }
  });

/** A binary file (random bytes) as an editor would show it: decoded as UTF-8 (with U+FFFD) or as Latin-1. */
export const binaryPost = fc
  .tuple(fc.uint8Array({ maxLength: 4096 }), fc.constantFrom('utf-8', 'latin1', 'utf-16le'))
  .map(([bytes, encoding]) => new TextDecoder(encoding).decode(bytes));

/** Everything the fuzzers throw at the engine, realistic posts mutated most often. */
export const hostileDocument = fc.oneof(
  { weight: 6, arbitrary: mutatedPost },
  { weight: 3, arbitrary: hostileFrontmatterPost },
  { weight: 1, arbitrary: binaryPost },
);

/** A text from `texts` with a stretch of it, `[start, end)` (empty or the whole text too). */
export function textWithWindow(texts: fc.Arbitrary<string>): fc.Arbitrary<{ text: string; start: number; end: number }> {
  return fc.tuple(texts, fc.nat(), fc.nat()).map(([text, a, b]) => {
    const start = Math.min(a, b) % (text.length + 1);
    return { text, start, end: start + (Math.max(a, b) % (text.length - start + 1)) };
  });
}
