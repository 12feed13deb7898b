// Hostile posts for the preview's security test: markup, script and remote-resource payloads in
// every place a post, its frontmatter, its configuration or its file name can put text into the
// preview. Every payload that could run calls `window.__pwned(…)` (the test's sentinel); every
// payload that could load something points at http://evil.test (the test refuses and counts it).

import type { PostlintConfig } from '../../rules';

export interface HostilePost {
  name: string;
  /** The document text. */
  text: string;
  config: PostlintConfig;
  /** The file name the preview shows in its toolbar. */
  title: string;
  locale: 'de' | 'en';
}

export const PAYLOADS = [
  `<script>window.__pwned('script')</script>`,
  `<img src=x onerror="window.__pwned('img onerror')">`,
  `<svg onload="window.__pwned('svg onload')"><circle r=5></svg>`,
  `<a href="javascript:window.__pwned('javascript link')">Gewinnspiel</a>`,
  `javascript:window.__pwned('javascript url')//`,
  `<iframe srcdoc="<script>parent.__pwned('srcdoc')</script>"></iframe>`,
  `<meta http-equiv="refresh" content="0;url=http://evil.test/refresh">`,
  `<style>@import url(http://evil.test/import.css); body { background: url(http://evil.test/bg.png) }</style>`,
  `<div style="background-image: url('http://evil.test/inline.png')">Sommer</div>`,
  `<link rel="stylesheet" href="http://evil.test/link.css">`,
  `"><script>window.__pwned('attribute break')</script>`,
  `'--></style></script><img src=http://evil.test/pixel.png onerror=window.__pwned('breakout')>`,
  `<object data="http://evil.test/object.swf"></object><embed src="http://evil.test/embed.swf">`,
  `<body onload="window.__pwned('body onload')">`,
  `<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned('mutation')">`,
  `<form action="http://evil.test/form"><button formaction="javascript:window.__pwned('form')">Los</button></form>`,
  `<base href="http://evil.test/">`,
  `{{constructor.constructor('window.__pwned("template")')()}}`,
  `&lt;script&gt;window.__pwned('entity')&lt;/script&gt;`,
  `<video><source onerror="window.__pwned('video')"></video>`,
  `<details open ontoggle="window.__pwned('details')">`,
  `<input autofocus onfocus="window.__pwned('autofocus')">`,
  `url(http://evil.test/bare-url.png) @import 'http://evil.test/bare-import.css';`,
  `<svg><animate onbegin="window.__pwned('animate')" attributeName=x dur=1s>`,
  `\u202e<script>window.__pwned('rtl override')</script>\u202c`,
];

/** YAML double-quoted string of `value`. */
function yamlString(value: string): string {
  return JSON.stringify(value);
}

function document(front: string[], body: string): string {
  return `---\n${front.join('\n')}\n---\n${body}\n`;
}

const CHANNELS = 'channels: [twitter, facebook, instagram, linkedin, mastodon, bluesky, threads]';

export function hostilePosts(): HostilePost[] {
  const posts: HostilePost[] = [];
  const add = (name: string, text: string, options: Partial<Omit<HostilePost, 'name' | 'text'>> = {}) =>
    posts.push({ name, text, config: options.config ?? {}, title: options.title ?? `${name}.post.md`, locale: options.locale ?? (posts.length % 2 ? 'de' : 'en') });
  const payload = (index: number) => PAYLOADS[index % PAYLOADS.length];

  // Every payload alone in the body, on every channel.
  PAYLOADS.forEach((value, index) => add(`body-${index}`, document([CHANNELS], value)));

  // In the middle of a real post, next to hashtags, mentions and links.
  PAYLOADS.slice(0, 8).forEach((value, index) =>
    add(`mixed-${index}`, document([CHANNELS], `Unser #Sommer-Angebot ist da! ${value} Frag @support oder schau auf https://example.com/sommer 🎉\n\n#Sommer #Sale`)),
  );

  // In hashtags, mentions, cashtags and URLs (the entity extractors see them first).
  add('hashtag', document([CHANNELS], `#Sommer${payload(0)} #${payload(1)} #tag"onmouseover="window.__pwned('hashtag attribute')`));
  add('mention', document([CHANNELS], `@support${payload(2)} @${payload(1)} @user"><img src=x onerror=window.__pwned('mention')>`));
  add('cashtag', document([CHANNELS], `$SAP${payload(0)} $${payload(3)}`));
  add('url-query', document([CHANNELS], `https://example.com/?q=${payload(1)}&r="><script>window.__pwned('url')</script>`));
  add('url-javascript', document([CHANNELS], `Klick: javascript:window.__pwned('url') und https://evil.test/<svg/onload=window.__pwned('url svg')>`));
  add('url-long', document([CHANNELS], `https://www.example.com/${'a'.repeat(40)}/<img/src/onerror=window.__pwned('url long')>/${payload(7)}`));

  // In every frontmatter value (unknown values are reported with the value in the message).
  const front: Array<[string, (value: string) => string]> = [
    ['channels', (value) => `channels: [twitter, ${yamlString(value)}]`],
    ['channel', (value) => `channel: ${yamlString(value)}`],
    ['kind', (value) => `kind: ${yamlString(value)}`],
    ['signoff', (value) => `kind: reply\nsignoff: ${yamlString(value)}`],
    ['address', (value) => `address: ${yamlString(value)}`],
    ['in-reply-to', (value) => `kind: reply\nin-reply-to: ${yamlString(value)}`],
    ['lang', (value) => `lang: ${yamlString(value)}`],
    ['unknown-key', (value) => `${yamlString(value)}: ${yamlString(value)}`],
  ];
  front.forEach(([key, line], index) => {
    const channels = key === 'channels' || key === 'channel' ? [] : [CHANNELS];
    add(`frontmatter-${key}-a`, document([...channels, line(payload(index))], 'Hallo zusammen, danke für eure Nachrichten!'));
    add(`frontmatter-${key}-b`, document([line(payload(index + 9))], `Hallo! ${payload(index + 3)}`));
  });
  add('frontmatter-broken-yaml', `---\nchannels: [twitter, ${payload(0)}\nkind: ${payload(2)}\n---\nHallo ${payload(5)}\n`);
  add('frontmatter-unclosed', `---\nchannels: [twitter]\nsignoff: ${payload(1)}\nHallo ${payload(6)}\n`);

  // In a reply's sign-off line, and in notes (which must not be shown at all).
  add('reply-signoff', document([CHANNELS, 'kind: reply', `signoff: ${yamlString(payload(0))}`], `@kunde Danke dir! Wir kümmern uns.\n${payload(0)}`));
  add('note', document([CHANNELS], `Sichtbarer Text.\n<!-- ${payload(0)} ${payload(1)} -->\nNoch mehr Text. <!-- ${payload(5)} -->`));
  add('unclosed-note', document([CHANNELS], `Sichtbarer Text. <!-- ${payload(2)}`));

  // In the configuration: author line, sign-off, competitors, referral, word lists.
  add('config-author', document([CHANNELS], 'Hallo zusammen!'), { config: { author: { name: payload(0), handle: payload(1) } } });
  add('config-author-2', document([CHANNELS], 'Hallo zusammen!'), { config: { author: { name: payload(5), handle: `@${payload(7)}` } } });
  add('config-signoff', document([CHANNELS, 'kind: reply'], '@kunde Danke für deine Nachricht!'), { config: { signOff: payload(2) } });
  add('config-competitor', document([CHANNELS], `Die <b>Konkurrenz</b>${payload(1)} ist schlecht und ${payload(0)} ist Mist.`), {
    config: { competitors: [`<b>Konkurrenz</b>${payload(1)}`, payload(0)] },
  });
  add('config-words', document([CHANNELS], `Das ist ${payload(3)} totaler Quatsch!!!`), { config: { words: { rude: [payload(3)] } } });
  add('config-referral', document([CHANNELS, 'kind: reply'], '@kunde Schick uns bitte deine Kundennummer und dein Passwort.'), {
    config: { customerData: { referral: payload(4) } },
  });

  // In the file name (the toolbar shows it).
  [0, 1, 2, 6, 9].forEach((index) => add(`file-name-${index}`, document([CHANNELS], 'Hallo!'), { title: `${payload(index)}.post.md` }));

  // Long posts: overflow marks and folds around payloads.
  add('overflow', document([CHANNELS], `${'Sommer! '.repeat(36)}${payload(0)} ${payload(1)} ${'Mehr Text. '.repeat(300)}`));
  add('thread', document([CHANNELS], `${payload(1)} Teil eins (1/2)\n\n---\n\n${payload(2)} Teil zwei (2/2)`));
  add('markdown-link', document([CHANNELS], `[Gewinnspiel](javascript:window.__pwned('markdown')) und ![Bild](http://evil.test/markdown.png) **fett**`));
  return posts;
}
