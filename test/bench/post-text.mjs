// Builds one `.post.md` document (frontmatter + body) from the phrase pools, driven by a seeded
// Random. Used by the corpus generator and by the editor-latency benchmark (1 KB and 1 MB posts).

import {
  CJK, CLOSINGS, CUSTOMER_MESSAGES, EMOJI, EMOJI_COMPLEX, HANDLES, HASHTAGS, LAST_NAMES, NAMES, NOTES,
  POST_SENTENCES, REPLY_GREETINGS, REPLY_SENTENCES, SIGN_OFFS, URLS, VIOLATIONS,
} from './phrases.mjs';

// How often each channel is targeted; every channel of SPEC §2 appears.
const CHANNEL_WEIGHTS = { twitter: 30, facebook: 20, instagram: 20, linkedin: 12, mastodon: 8, bluesky: 6, threads: 4 };
const ALIASES = { twitter: 'x', instagram: 'ig', bluesky: 'bsky' };

// Share of posts with each guideline problem (per post, independent).
const VIOLATION_RATES = {
  rude: 0.02, customerData: 0.1, dataWarning: 0.03, competitor: 0.02, congratulation: 0.01, mixedAddress: 0.03,
  exclamations: 0.05, shouting: 0.03, markdown: 0.03, styledUnicode: 0.015,
};

const LINKS = {
  de: ['Mehr dazu: {url}', 'Infos: {url}', 'Hier geht’s zur Anmeldung: {url}', 'Alle Details im Blog: {url}'],
  en: ['More: {url}', 'Details: {url}', 'Sign up here: {url}', 'Read the full story: {url}'],
};
const MENTION_SENTENCES = {
  de: ['Danke an {handle}!', 'Mit dabei: {handle}.', 'Großer Dank an {handle} für die Unterstützung.'],
  en: ['Thanks {handle}!', 'Featuring {handle}.', 'Big thanks to {handle} for the help.'],
};

/**
 * One post. Returns { name, text, kind, lang, channels }.
 * `overrides.target` forces the body length (in UTF-16 code units) for the latency benchmark.
 */
export function makePost(rng, index, overrides = {}) {
  const lang = overrides.lang ?? (rng.chance(0.65) ? 'de' : 'en');
  const kind = overrides.kind ?? (rng.chance(0.4) ? 'reply' : 'post');
  const channels = overrides.channels ?? pickChannels(rng);
  const address = lang === 'de' && rng.chance(0.25) ? 'sie' : 'du';
  const target = overrides.target ?? bodyLength(rng, channels);
  const inReplyTo = kind === 'reply' && rng.chance(0.5) ? rng.pick(CUSTOMER_MESSAGES[lang]) : undefined;

  const frontmatter = makeFrontmatter(rng, { lang, kind, channels, address, inReplyTo });
  const body = kind === 'reply' ? replyBody(rng, { lang, address, target }) : postBody(rng, { lang, channels, target });
  let text = `${frontmatter}${body}\n`;
  // A few writers on Windows: CRLF line endings.
  if (rng.chance(0.02)) text = text.replace(/\n/g, '\r\n');
  const name = `${String(index).padStart(5, '0')}-${kind}-${lang}-${channels[0] ?? 'default'}.post.md`;
  return { name, text, kind, lang, channels };
}

/** 1–3 channels; about 8 % of posts name none and get the configured default. */
function pickChannels(rng) {
  if (rng.chance(0.08)) return [];
  const count = rng.weighted({ 1: 60, 2: 30, 3: 10 });
  const channels = new Set();
  while (channels.size < Number(count)) channels.add(rng.weighted(CHANNEL_WEIGHTS));
  return [...channels];
}

/** Mostly 100–600 characters; short for X and Bluesky (some over the limit), a tail of long posts. */
function bodyLength(rng, channels) {
  if ((channels.includes('twitter') || channels.includes('bluesky')) && rng.chance(0.85)) return rng.int(70, 300);
  const band = rng.weighted({ usual: 86, longer: 10, long: 3.5, veryLong: 0.5 });
  if (band === 'usual') return rng.int(100, 600);
  if (band === 'longer') return rng.int(600, 1200);
  if (band === 'long') return rng.int(1200, 2500);
  return rng.int(2500, 6000);
}

function makeFrontmatter(rng, { lang, kind, channels, address, inReplyTo }) {
  const lines = [];
  if (channels.length === 1 && rng.chance(0.3)) lines.push(`channel: ${channelName(rng, channels[0])}`);
  else if (channels.length > 0) lines.push(`channels: [${channels.map((channel) => channelName(rng, channel)).join(', ')}]`);
  if (kind === 'reply' && rng.chance(0.6)) lines.push('kind: reply');
  if (kind === 'reply' && rng.chance(0.3)) lines.push(`signoff: ${rng.pick(SIGN_OFFS)}`);
  if (rng.chance(0.15)) lines.push(`address: ${address === 'sie' ? 'sie' : rng.pick(['du', 'avoid'])}`);
  if (inReplyTo) lines.push(`in-reply-to: "${inReplyTo.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`);
  if (rng.chance(0.2)) lines.push(`lang: ${lang}`);
  // Typos the frontmatter rule reports: an unknown channel, an unknown key, a bad value.
  if (rng.chance(0.01)) lines.push(rng.pick(['singoff: ^SeSe', 'kind: antwort', 'channels: [twitter, instagarm]']));
  if (lines.length === 0 && rng.chance(0.5)) return '';
  return `---\n${lines.join('\n')}\n---\n`;
}

function channelName(rng, channel) {
  return ALIASES[channel] && rng.chance(0.15) ? ALIASES[channel] : channel;
}

function postBody(rng, { lang, channels, target }) {
  const sentences = fillSentences(rng, POST_SENTENCES[lang], lang, target);
  addViolations(rng, sentences, lang, 'du');
  if (rng.chance(0.03)) insertAt(rng, sentences, rng.pick(CJK[lang]));
  if (rng.chance(0.1)) insertAt(rng, sentences, fill(rng.pick(MENTION_SENTENCES[lang]), { handle: rng.pick(HANDLES) }));
  const paragraphs = chunk(rng, sentences).map((group) => group.join(' '));
  if (rng.chance(0.03)) paragraphs.unshift(lang === 'de' ? '## Neu im Kundenportal' : '## What is new');
  if (rng.chance(0.3)) paragraphs.push(fill(rng.pick(LINKS[lang]), { url: rng.pick(URLS) }));
  const tagBlockChance = channels.includes('instagram') ? 0.8 : 0.35;
  if (rng.chance(tagBlockChance)) {
    const count = channels.includes('instagram') ? rng.int(3, 12) : rng.int(1, 4);
    paragraphs.push(rng.sample(HASHTAGS[lang], count).join(' '));
  }
  if (rng.chance(0.05)) paragraphs.push(rng.pick(NOTES));
  return paragraphs.join('\n\n');
}

function replyBody(rng, { lang, address, target }) {
  const greeting = fill(rng.pick(REPLY_GREETINGS[lang][address === 'sie' && lang === 'de' ? 'sie' : 'du']), names(rng));
  const opener = rng.chance(0.35) ? `${rng.pick(HANDLES)} ${greeting}` : greeting;
  const pool = REPLY_SENTENCES[lang][address === 'sie' ? 'sie' : 'du'];
  const sentences = [opener, ...fillSentences(rng, pool, lang, Math.max(0, target - opener.length))];
  addViolations(rng, sentences, lang, address);
  let body = sentences.join(' ');
  if (rng.chance(0.05)) body += `\n\n${rng.pick(NOTES)}`;
  // Most replies are signed; the rest are what the sign-off rule is for.
  const signOff = rng.weighted({ initials: 55, closing: 20, none: 25 });
  if (signOff === 'initials') body += `\n${rng.pick(SIGN_OFFS)}`;
  if (signOff === 'closing') body += `\n${fill(rng.pick(CLOSINGS[lang]), names(rng))}`;
  return body;
}

/**
 * Sentences from the pool until about `target` characters, some with an emoji or hashtag. Drawn
 * without repetition (a shuffled pass over the pool, then another) as a writer would not repeat a
 * sentence in one post; only very long posts go round the pool more than once.
 */
function fillSentences(rng, pool, lang, target) {
  const sentences = [];
  let order = [];
  let length = 0;
  while (length < target) {
    if (order.length === 0) order = rng.sample(pool, pool.length);
    let sentence = order.pop();
    if (rng.chance(0.12)) sentence += ` ${rng.chance(0.25) ? rng.pick(EMOJI_COMPLEX) : rng.pick(EMOJI)}`;
    if (rng.chance(0.06)) sentence += ` ${rng.pick(HASHTAGS[lang])}`;
    sentences.push(sentence);
    length += sentence.length + 1;
  }
  return sentences;
}

function addViolations(rng, sentences, lang, address) {
  for (const kind of ['rude', 'customerData', 'dataWarning', 'competitor', 'congratulation', 'mixedAddress']) {
    const pool = VIOLATIONS[kind][lang];
    if (pool.length > 0 && rng.chance(VIOLATION_RATES[kind]) && !(kind === 'mixedAddress' && address === 'sie')) {
      insertAt(rng, sentences, rng.pick(pool));
    }
  }
  if (rng.chance(VIOLATION_RATES.exclamations)) mutateOne(rng, sentences, (s) => s.replace(/[.!?]?$/, rng.pick(['!!!', '???', '!!!!'])));
  if (rng.chance(VIOLATION_RATES.shouting)) mutateOne(rng, sentences, (s) => s.replace(/\p{Ll}{5,}/u, (word) => word.toUpperCase()));
  if (rng.chance(VIOLATION_RATES.markdown)) mutateOne(rng, sentences, (s) => s.replace(/\p{L}{5,}(?: \p{L}+)?/u, (words) => `**${words}**`));
  if (rng.chance(VIOLATION_RATES.markdown / 2)) insertAt(rng, sentences, `[${lang === 'de' ? 'Anleitung' : 'Guide'}](${rng.pick(URLS)})`);
  if (rng.chance(VIOLATION_RATES.styledUnicode)) mutateOne(rng, sentences, (s) => s.replace(/\p{L}{4,}/u, (word) => styled(word, rng.chance(0.5))));
}

// Mathematical sans-serif bold and italic letters (U+1D5D4…, U+1D608…), as "LinkedIn fonts" make them.
function styled(word, bold) {
  const upper = bold ? 0x1d5d4 : 0x1d608;
  const lower = bold ? 0x1d5ee : 0x1d622;
  return word.replace(/[A-Za-z]/g, (letter) => {
    const code = letter.charCodeAt(0);
    return String.fromCodePoint(code <= 90 ? upper + code - 65 : lower + code - 97);
  });
}

function mutateOne(rng, sentences, change) {
  const index = rng.int(0, sentences.length - 1);
  sentences[index] = change(sentences[index]);
}

function insertAt(rng, sentences, sentence) {
  sentences.splice(rng.int(0, sentences.length), 0, sentence);
}

/** Groups sentences into paragraphs of 1–4. */
function chunk(rng, sentences) {
  const groups = [];
  for (let i = 0; i < sentences.length;) {
    const size = rng.int(1, 4);
    groups.push(sentences.slice(i, i + size));
    i += size;
  }
  return groups;
}

function names(rng) {
  return { name: rng.pick(NAMES), last: rng.pick(LAST_NAMES) };
}

function fill(template, data) {
  return template.replace(/\{(\w+)\}/g, (_, key) => data[key]);
}
