#!/usr/bin/env node
// Writes the malformed-input corpus (test/malformed/corpus/) and its index cases.json:
//   frontmatter/  posts with broken, hostile or wrong frontmatter (and unclosed notes)
//   config/       broken `.postlintrc.json` files, each in its own folder beside a post
//   encoding/     post files that are not UTF-8 text, or barely text at all
// Each case marks with "⁂" the place its diagnostic must cover; the marker is removed from the file
// and its line and column (0-based, UTF-16) go into cases.json. test/malformed/malformed.test.ts
// checks every case in the engine and through the CLI.
//
//   node test/malformed/build-corpus.mjs      (rewrites the corpus; commit the result)

import * as fs from 'node:fs';
import * as path from 'node:path';

const here = import.meta.dirname;
const corpus = path.join(here, 'corpus');
const MARK = '⁂';

/** Removes the marker; returns the text and the marker's position (0-based line and character). */
function unmark(marked) {
  const offset = marked.indexOf(MARK);
  if (offset === -1) throw new Error(`no marker in ${JSON.stringify(marked)}`);
  const before = marked.slice(0, offset).replace(/^\uFEFF/, '');
  const lines = before.split('\n');
  return { text: marked.slice(0, offset) + marked.slice(offset + MARK.length), at: { line: lines.length - 1, character: lines[lines.length - 1].length } };
}

const BODY = 'Danke für deine Nachricht! Wir schauen uns das gleich an.\n';
for (const folder of ['frontmatter', 'config', 'encoding']) {
  fs.rmSync(path.join(corpus, folder), { recursive: true, force: true });
  fs.mkdirSync(path.join(corpus, folder), { recursive: true });
}
const cases = [];
let counter = 0;
const slug = (name) => `${String(++counter).padStart(3, '0')}-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 50)}`;

// ── Frontmatter ──────────────────────────────────────────────────────────────────────────────────
/** `expect`: the frontmatter finding ids, one of which must cover the marker. */
function post(name, marked, expect) {
  const { text, at } = unmark(marked);
  const file = `frontmatter/${slug(name)}.post.md`;
  cases.push({ kind: 'frontmatter', file, name, at, expect });
  fs.writeFileSync(path.join(corpus, file), text);
}
const fm = (yaml) => `---\n${yaml}\n---\n${BODY}`;
const KEY_TYPOS = ['chanels', 'chanel', 'channles', 'knd', 'kidn', 'sigoff', 'signof', 'adress', 'addres', 'in_reply_to', 'inreplyto', 'lnag', 'langauge',
  'sign-off', 'Channels', 'KIND', 'signOff', 'reply-to', 'tags', 'hashtags', 'title', 'date', 'author', 'foo', 'x'];
for (const key of KEY_TYPOS) post(`unknown key ${key}`, fm(`${MARK}${key}: x`), ['unknownKey', 'unknownKeySuggest']);
const CHANNEL_TYPOS = ['instagarm', 'twiter', 'facebok', 'linkedn', 'mastadon', 'blusky', 'thread', 'tiktok', 'myspace', 'xing', 'insta gram', 'face-book', 'twitter.de', 'snapchat', 'youtube'];
for (const channel of CHANNEL_TYPOS) post(`unknown channel ${channel}`, fm(`channels: [twitter, ${MARK}${channel}]`), ['unknownChannel', 'unknownChannelSuggest']);
for (const channel of ['tiktok', 'instagarm', 'fbook', 'igram', 'telegram']) post(`unknown single channel ${channel}`, fm(`channel: ${MARK}${channel}`), ['unknownChannel', 'unknownChannelSuggest']);
const BAD_VALUES = [
  ['kind replay', `kind: ${MARK}replay`], ['kind list', `kind: ${MARK}[post, reply]`], ['kind map', `kind: ${MARK}{a: 1}`], ['kind number', `kind: ${MARK}42`],
  ['kind empty', `${MARK}kind:`], ['address ihr', `address: ${MARK}ihr`], ['address formal', `address: ${MARK}formal`], ['address list', `address: ${MARK}[du, sie]`],
  ['lang fr', `lang: ${MARK}fr`], ['lang english', `lang: ${MARK}english`], ['lang list', `lang: ${MARK}[de]`], ['lang null', `lang: ${MARK}null`],
  ['signoff list', `signoff: ${MARK}[a, b]`], ['signoff map', `signoff: ${MARK}{a: b}`], ['in-reply-to list', `in-reply-to: ${MARK}[a]`],
  ['channels number', `channels: ${MARK}42`], ['channels map', `channels: ${MARK}{a: b}`], ['channels empty list', `channels: ${MARK}[]`], ['channels empty', `${MARK}channels:`],
  ['channels nested list', `channels: [${MARK}[twitter]]`], ['channels true', `channels: ${MARK}true`], ['kind boolean', `kind: ${MARK}yes-please`],
];
for (const [name, yaml] of BAD_VALUES) post(`bad value ${name}`, fm(yaml), ['badValue', 'badValueSuggest', 'unknownChannel', 'unknownChannelSuggest']);
const SYNTAX = [
  ['unclosed flow sequence', `channels: [twitter, facebook\n${MARK}kind: reply`],
  ['nested mapping on one line', `kind: ${MARK}a: b`],
  ['tab indentation', `kind: reply\n${MARK}\tlang: de`],
  ['extra closing bracket', `channels: [twitter]${MARK}]`],
  ['unclosed flow map', `channels: ${MARK}{twitter`],
  ['bad indentation', `kind: reply\n  ${MARK}lang: de`],
  ['key without value separator', `kind: reply\n${MARK}channels twitter`],
  ['undefined alias', `channels: ${MARK}*nothing`],
  ['stray anchor', `kind: &a reply\n${MARK}&b`],
  ['double comma', `channels: [twitter,${MARK}, facebook]`],
  ['colon without key', `${MARK}: reply`],
  ['directive in the middle', `kind: reply\n${MARK}%YAML 1.2`],
  ['document marker inside', `kind: reply\n${MARK}--- !x\nlang: de`],
  ['block scalar with bad indentation', `in-reply-to: |\n  Hallo\n${MARK} x: y`],
  ['flow map missing colon', `channels: {a b, ${MARK}c}`],
  ['unicode escape broken', `signoff: "${MARK}\\uZZZZ"`],
  ['reserved indicator', `kind: ${MARK}@reply`],
  ['backtick indicator', `kind: ${MARK}\`reply\``],
  ['merge key to nothing', `${MARK}<<: *base\nkind: reply`],
  ['complex key', `? ${MARK}[a, b]\n: c`],
  ['tab before value', `kind:\t\treply\n${MARK}\tlang: de`],
];
for (const [name, yaml] of SYNTAX) post(`syntax ${name}`, fm(yaml), ['yamlSyntax', 'notAMap', 'badValue', 'unknownKey', 'unknownKeySuggest', 'duplicateKey']);
for (const [name, yaml] of [['a list', `${MARK}- twitter\n- facebook`], ['plain text', `${MARK}Hallo zusammen`], ['a number', `${MARK}42`], ['a quoted string', `${MARK}"channels: x"`], ['a flow list', `${MARK}[twitter, x]`]]) {
  post(`not a map ${name}`, fm(yaml), ['notAMap', 'yamlSyntax']);
}
for (const [name, yaml] of [['channels', 'channels: [x]\n⁂channels: [facebook]'], ['kind', 'kind: reply\n⁂kind: post'], ['signoff', 'signoff: ^A\n⁂signoff: ^B'], ['lang', 'lang: de\n⁂lang: en'], ['address', 'address: du\n⁂address: sie'], ['three times', 'kind: post\nkind: reply\n⁂kind: post']]) {
  post(`duplicate key ${name}`, fm(yaml.replace('⁂', MARK)), ['duplicateKey']);
}
post('unclosed fence', `${MARK}---\nchannels: [twitter]\n${BODY}`, ['unclosed']);
post('unclosed fence with spaces', `${MARK}---   \nkind: reply\n${BODY}`, ['unclosed']);
post('unclosed fence with CRLF', `${MARK}---\r\nchannels: [twitter]\r\n${BODY.replace('\n', '\r\n')}`, ['unclosed']);
post('unclosed fence after BOM', `\uFEFF${MARK}---\nchannels: [twitter]\n${BODY}`, ['unclosed']);
post('closing fence indented', `${MARK}---\nchannels: [twitter]\n ---\n${BODY}`, ['unclosed']);
post('closing fence with text', `${MARK}---\nchannels: [twitter]\n--- end\n${BODY}`, ['unclosed']);
// An unclosed quote runs to the end of the YAML: the parser reports it at the closing fence.
post('syntax unclosed double quote', `---\nkind: "reply\nlang: de\n${MARK}---\n${BODY}`, ['yamlSyntax']);
post('syntax unclosed single quote', `---\nsignoff: '^SeSe\nlang: de\n${MARK}---\n${BODY}`, ['yamlSyntax']);
post('syntax quote in the middle', `---\nkind: reply\nlang: "de\n${MARK}---\n${BODY}`, ['yamlSyntax']);
post('unclosed note', `---\nchannels: [twitter]\n---\n${BODY}${MARK}<!-- Notiz für das Team\n`, ['unclosedNote']);
post('unclosed note in the middle', `---\nchannels: [twitter]\n---\nHallo ${MARK}<!-- nie zu\n${BODY}`, ['unclosedNote']);
post('unclosed note right at the start', `${MARK}<!--\n${BODY}`, ['unclosedNote']);
// Hostile frontmatter: the parser must neither hang nor expand nor overflow its stack.
const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
for (let level = 1; level < 10; level++) laughs.push(`${'abcdefghij'[level]}: &${'abcdefghij'[level]} [${Array(9).fill(`*${'abcdefghij'[level - 1]}`).join(',')}]`);
post('billion laughs', fm(`${MARK}${laughs.join('\n')}\nchannels: *j`), ['unknownKey', 'unknownKeySuggest', 'badValue']);
post('10000 open brackets', fm(`channels: ${'['.repeat(64)}${MARK}${'['.repeat(9936)}`), ['yamlSyntax']);
post('2000 open braces', fm(`channels: ${'{a: '.repeat(64)}${MARK}${'{a: '.repeat(1936)}`), ['yamlSyntax']);
post('100 nested compact sequences', fm(`channels:\n${MARK}${'- '.repeat(100)}x`), ['yamlSyntax']);
post('indented 600 columns', fm(`kind: reply\n${' '.repeat(600)}${MARK}x: 1`), ['yamlSyntax']);
post('frontmatter of 70 KB', `${MARK}---\nin-reply-to: "${'Können Sie mir helfen? '.repeat(3100)}"\n---\n${BODY}`, ['yamlSyntax']);
post('lone surrogate in a channel', fm(`channels: [${MARK}twit\uD800ter]`), ['unknownChannel', 'unknownChannelSuggest', 'yamlSyntax']);
post('right-to-left override in a channel', fm(`channels: [${MARK}\u202Eretti wt]`), ['unknownChannel', 'unknownChannelSuggest']);
post('zero-width joiner in a key', fm(`${MARK}ki\u200Dnd: reply`), ['unknownKey', 'unknownKeySuggest']);
post('BOM inside the frontmatter', fm(`kind: reply\n${MARK}\uFEFFchannels: [x]`), ['unknownKey', 'unknownKeySuggest', 'yamlSyntax']);
post('1000 duplicate keys', fm(`kind: post\n${MARK}${'kind: post\n'.repeat(1000).trim()}`), ['duplicateKey']);
post('binary tag', fm(`kind: !!binary ${MARK}cmVwbHk=`), ['badValue', 'yamlSyntax']);

// ── Config files ─────────────────────────────────────────────────────────────────────────────────
function config(name, marked) {
  const { text, at } = unmark(marked);
  const folder = `config/${slug(name)}`;
  fs.mkdirSync(path.join(corpus, folder), { recursive: true });
  fs.writeFileSync(path.join(corpus, folder, '.postlintrc.json'), text);
  fs.writeFileSync(path.join(corpus, folder, 'post.post.md'), `---\nchannels: [facebook]\n---\n${BODY}`);
  cases.push({ kind: 'config', file: `${folder}/.postlintrc.json`, name, at });
}
const JSON_SYNTAX = [
  ['missing comma', `{\n  "signOff": "^SeSe"\n  ${MARK}"channels": ["twitter"]\n}`],
  ['unclosed object', `{\n  "signOff": "^SeSe"${MARK}`],
  ['unclosed string', `{\n  "signOff": ${MARK}"^SeSe\n}`],
  ['single quotes', `{\n  ${MARK}'signOff': '^SeSe'\n}`],
  ['unquoted key', `{\n  ${MARK}signOff: "^SeSe"\n}`],
  ['trailing garbage', `{ "signOff": "^SeSe" }\n${MARK}x`],
  ['two objects', `{ "signOff": "^SeSe" }\n${MARK}{ "address": "du" }`],
  ['NaN', `{ "limits": { "twitter": ${MARK}NaN } }`],
  ['hexadecimal number', `{ "limits": { "twitter": 0${MARK}x118 } }`],
  ['colon missing', `{ "signOff" ${MARK}"^SeSe" }`],
  ['bracket mismatch', `{ "channels": ["twitter"${MARK}} }`],
  ['unclosed comment', `{ "signOff": "^SeSe" ${MARK}/* comment`],
  ['control character in a string', `{ "signOff": "${MARK}^Se\u0001Se" }`],
  ['bad escape', `{ "signOff": "${MARK}\\x41" }`],
  ['only a comma', `${MARK},`],
  ['a lone bracket', `[${MARK}`],
  ['number with a plus', `{ "limits": { "mastodon": ${MARK}+500 } }`],
  ['leading zeros', `{ "limits": { "mastodon": 0${MARK}500 } }`],
  ['comma after the last property and a brace missing', `{ "signOff": "^SeSe",${MARK}`],
  ['text before the object', `${MARK}config = { "signOff": "^SeSe" }`],
];
for (const [name, text] of JSON_SYNTAX) config(`json ${name}`, text);
const SCHEMA = [
  ['root is a list', `${MARK}["twitter"]`], ['root is a string', `${MARK}"twitter"`], ['root is a number', `${MARK}42`], ['root is null', `${MARK}null`], ['root is true', `${MARK}true`],
  ['unknown key signoff', `{ ${MARK}"signoff": "^SeSe" }`], ['unknown key chanels', `{ ${MARK}"chanels": ["twitter"] }`], ['unknown key competitor', `{ ${MARK}"competitor": ["Telekom"] }`],
  ['unknown key rule', `{ ${MARK}"rule": { "tone": "off" } }`], ['unknown key word', `{ ${MARK}"word": { "rude": [] } }`], ['unknown key adress', `{ ${MARK}"adress": "du" }`],
  ['unknown key locales', `{ ${MARK}"locales": "de" }`], ['unknown key $schema typo', `{ ${MARK}"$shema": "x" }`],
  ['signOff number', `{ "signOff": ${MARK}42 }`], ['signOff list', `{ "signOff": ${MARK}["^SeSe"] }`],
  ['channels a string', `{ "channels": ${MARK}"twitter" }`], ['channels unknown', `{ "channels": ["twitter", ${MARK}"tiktok"] }`], ['channels typo', `{ "channels": [${MARK}"instagarm"] }`],
  ['channels numbers', `{ "channels": [${MARK}1] }`], ['channels nested', `{ "channels": [${MARK}["twitter"]] }`],
  ['address ihr', `{ "address": ${MARK}"ihr" }`], ['address number', `{ "address": ${MARK}1 }`], ['address Du', `{ "address": ${MARK}"Du" }`],
  ['lang fr', `{ "lang": ${MARK}"fr" }`], ['locale fr', `{ "locale": ${MARK}"fr" }`], ['locale german', `{ "locale": ${MARK}"german" }`],
  ['competitors a string', `{ "competitors": ${MARK}"Telekom" }`], ['competitors numbers', `{ "competitors": [${MARK}1] }`], ['competitors empty name', `{ "competitors": [${MARK}""] }`],
  ['competitors object', `{ "competitors": ${MARK}{ "Telekom": true } }`],
  ['customerData a string', `{ "customerData": ${MARK}"DM" }`], ['customerData referral number', `{ "customerData": { "referral": ${MARK}1 } }`],
  ['customerData unknown key', `{ "customerData": { ${MARK}"referal": "DM" } }`],
  ['words a list', `{ "words": ${MARK}["Mist"] }`], ['words rude a string', `{ "words": { "rude": ${MARK}"Mist" } }`], ['words rude numbers', `{ "words": { "rude": [${MARK}1] } }`],
  ['words unknown list', `{ "words": { ${MARK}"bad": ["Mist"] } }`], ['words allowed object', `{ "words": { "allowed": ${MARK}{} } }`],
  ['limits a number', `{ "limits": ${MARK}500 }`], ['limits unknown channel', `{ "limits": { ${MARK}"tiktok": 100 } }`], ['limits zero', `{ "limits": { "mastodon": ${MARK}0 } }`],
  ['limits negative', `{ "limits": { "mastodon": ${MARK}-1 } }`], ['limits fraction', `{ "limits": { "mastodon": ${MARK}500.5 } }`], ['limits string', `{ "limits": { "mastodon": ${MARK}"500" } }`],
  ['limits huge', `{ "limits": { "mastodon": ${MARK}1e12 } }`],
  ['author a string', `{ "author": ${MARK}"Anna" }`], ['author name number', `{ "author": { "name": ${MARK}1 } }`], ['author unknown key', `{ "author": { ${MARK}"nick": "a" } }`],
  ['rules a list', `{ "rules": ${MARK}["tone"] }`], ['rules unknown rule', `{ "rules": { ${MARK}"tones": "off" } }`], ['rules severity typo', `{ "rules": { "tone": ${MARK}"warn" } }`],
  ['rules severity number', `{ "rules": { "tone": ${MARK}2 } }`], ['rules severity true', `{ "rules": { "tone": ${MARK}true } }`], ['rules empty array', `{ "rules": { "tone": ${MARK}[] } }`],
  ['rules array of three', `{ "rules": { "tone": ${MARK}["warning", {}, {}] } }`], ['rules options not an object', `{ "rules": { "tone": ["warning", ${MARK}"strict"] } }`],
  ['rules severity typo in array', `{ "rules": { "tone": [${MARK}"eror"] } }`], ['rules unknown option', `{ "rules": { "hashtag-count": ["warning", { ${MARK}"instagramMaximum": 5 }] } }`],
  ['rules option wrong type', `{ "rules": { "hashtag-count": ["warning", { "instagramMax": ${MARK}"five" }] } }`],
  ['rules option negative', `{ "rules": { "hashtag-count": ["warning", { "instagramMax": ${MARK}-1 }] } }`],
  ['rules with a comment and typo', `{\n  // team settings\n  "rules": { ${MARK}"markdwn": "off" }\n}`],
  ['deep in a long file', `{\n  "signOff": "^SeSe",\n  "channels": ["twitter", "facebook"],\n  "address": "du",\n  "competitors": ["Telekom"],\n  "rules": {\n    "tone": "warning",\n    "length": ${MARK}"eror"\n  }\n}`],
  ['BOM and a typo', `\uFEFF{ ${MARK}"signof": "^SeSe" }`],
  ['CRLF and a typo', `{\r\n  "signOff": "^SeSe",\r\n  ${MARK}"adress": "du"\r\n}`],
  ['duplicate key', `{ "address": "du", ${MARK}"address": "sie" }`],
  ['very long unknown key', `{ ${MARK}"${'x'.repeat(5000)}": 1 }`],
  ['deeply nested value', `{ "author": ${MARK}${'['.repeat(500)}${']'.repeat(500)} }`],
  ['unicode key', `{ ${MARK}"sïgnOff": "^SeSe" }`],
  ['key with NUL escape', `{ ${MARK}"signOff\\u0000": "^SeSe" }`],
];
for (const [name, text] of SCHEMA) config(`schema ${name}`, text);

// ── Encodings ────────────────────────────────────────────────────────────────────────────────────
/**
 * `expect`: how the CLI treats the file — `lintsAs`: linted like this text; `refused`: not read, with
 * a message matching this pattern (at this place, where given).
 */
function encoded(name, bytes, expect) {
  const file = `encoding/${slug(name)}.post.md`;
  fs.writeFileSync(path.join(corpus, file), bytes);
  cases.push({ kind: 'encoding', file, name, expect });
}
const SAMPLE = `---\nchannels: [facebook]\n---\nGrüße aus Köln! Unser neuer #Sommertarif ist da — „jetzt“ wechseln.\n`;
const utf16be = (text) => Buffer.from(text, 'utf16le').swap16();
encoded('UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, 'utf16le')]), { lintsAs: SAMPLE });
encoded('UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(SAMPLE)]), { lintsAs: SAMPLE });
encoded('UTF-16 LE with BOM and CRLF', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE.replace(/\n/g, '\r\n'), 'utf16le')]), { lintsAs: SAMPLE.replace(/\n/g, '\r\n') });
encoded('UTF-16 LE with BOM, odd byte count', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hallo', 'utf16le'), Buffer.from([0x41])]), { refused: String.raw`not valid UTF-16LE` });
encoded('UTF-16 LE with BOM, lone surrogate', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hallo ', 'utf16le'), Buffer.from([0x00, 0xd8, 0x41, 0x00])]), { refused: String.raw`not valid UTF-16LE` });
encoded('UTF-16 LE without BOM', Buffer.from(SAMPLE, 'utf16le'), { refused: String.raw`binary file`, at: { line: 0, character: 1 } });
encoded('UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE)]), { lintsAs: SAMPLE });
encoded('Latin-1 umlauts', Buffer.from(SAMPLE, 'latin1'), { refused: String.raw`not UTF-8 text \(byte 0xFC\)`, at: { line: 3, character: 2 } });
encoded('Windows-1252 quotes', Buffer.from([...Buffer.from('Hallo '), 0x84, ...Buffer.from('Zitat'), 0x93, 0x0a]), { refused: String.raw`not UTF-8 text \(byte 0x84\)`, at: { line: 0, character: 6 } });
encoded('Latin-1 on the third line', Buffer.concat([Buffer.from('Zeile eins\nZeile zwei\nGr'), Buffer.from([0xfc, 0xdf]), Buffer.from('e\n')]), { refused: String.raw`not UTF-8 text`, at: { line: 2, character: 2 } });
encoded('overlong UTF-8', Buffer.from([...Buffer.from('Hallo '), 0xc0, 0xaf, 0x0a]), { refused: String.raw`not UTF-8 text \(byte 0xC0\)`, at: { line: 0, character: 6 } });
encoded('UTF-8 encoded surrogate', Buffer.from([...Buffer.from('Hallo '), 0xed, 0xa0, 0x80, 0x0a]), { refused: String.raw`not UTF-8 text`, at: { line: 0, character: 6 } });
encoded('truncated UTF-8 at the end', Buffer.from([...Buffer.from('Hallo '), 0xe2, 0x82]), { refused: String.raw`not UTF-8 text`, at: { line: 0, character: 6 } });
encoded('PNG image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]), { refused: String.raw`binary file`, at: { line: 2, character: 0 } });
encoded('PDF file', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\x00', 'latin1'), { refused: String.raw`not UTF-8 text|binary file` });
encoded('random bytes', Buffer.from(Array.from({ length: 4096 }, (_, index) => (Math.imul(index + 7, 2654435761) >>> 24) & 0xff)), { refused: String.raw`not UTF-8 text|binary file` });
encoded('empty file', Buffer.alloc(0), { lintsAs: '' });
encoded('only a BOM', Buffer.from([0xef, 0xbb, 0xbf]), { lintsAs: '' });
encoded('only a UTF-16 BOM', Buffer.from([0xff, 0xfe]), { lintsAs: '' });
// Past the 8 KB that are sniffed, a NUL is a character like any other (as git sees it).
encoded('NUL after 8 KB of text', Buffer.concat([Buffer.from('a'.repeat(9000)), Buffer.from([0])]), { lintsAs: `${'a'.repeat(9000)}\u0000` });

cases.sort((a, b) => a.file.localeCompare(b.file));
fs.writeFileSync(path.join(corpus, 'cases.json'), `${JSON.stringify(cases, null, 1)}\n`);
console.log(`${cases.length} cases: ${['frontmatter', 'config', 'encoding'].map((kind) => `${cases.filter((entry) => entry.kind === kind).length} ${kind}`).join(', ')}`);
