// `markdown`: posts are written in a `.md` file, but no social network renders Markdown — readers
// see the asterisks, the `#` of a heading and the brackets of a link. Reported: emphasis
// (`**bold**`, `__bold__`, `*italic*`, `_italic_`, `***both***`, `~~struck~~`), ATX headings
// (`# Heading`) and links and images (`[text](url)`, `![alt](url)`). Plain-text conventions that
// merely look similar are left alone: bullet lists (`* item`, `- item`), hashtags (`#tag`), the
// gender star (`Kund*innen`), chat actions (`*grins*`, `*g*`), emoticons (`:-*`, `^_^`),
// footnote stars and underscores inside words, URLs and user names.
//
// Hand-written rather than a Markdown parser: a parser reads the whole post as Markdown, so it would
// "find" emphasis in gender stars and emoticons; what is needed is the few constructs a writer
// types by habit, recognised only where they cannot mean anything else.

import type { Rule, RuleContext } from '../engine/rule';
import { insideAnyOf } from '../language';
import type { Token } from '../post/tokens';
import type { TextEdit } from '../types';
import chatActions from '../words/chat-actions.json';

const CHAT_ACTIONS: ReadonlySet<string> = new Set(chatActions.actions);

// Opening delimiter: at the start of a line or after white space or opening punctuation (never
// after a letter: `Kund*innen`), followed by text (never a space: `* item`). Closing delimiter: the
// same run, after text, not followed by a letter or digit. Emoticon characters may not stand just
// inside (`^_^`, `:-*`). One line at most, and at most 500 characters: an unbounded search from every
// `*` that is never closed made a long line of them quadratic (seconds for one pasted line).
const EMPHASIS =
  /(?<=^|[\s(\[{"'„“‚‘«»–—/-])(\*{1,3}|_{1,3}|~~)(?![\s*_~^<>=|\\-])([^\n]{0,499}?[^\s*_~^<>=|\\-])\1(?![\p{L}\p{N}*_~])/gmu;
const HEADING = /^(#{1,6})[ \t]+(\S.*?)(?:[ \t]+#+)?[ \t]*$/gmu;
const FENCE_LINE = /^(?:---|\.\.\.)[ \t]*$/;
// `[text](url "title")` and `![alt](url)`; the URL may hold balanced parentheses (Wikipedia links).
const LINK = /(!?)\[([^\[\]\n]*)\]\(<?([^\s()<>]+(?:\([^\s()<>]*\)[^\s()<>]*)*)>?(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'))?\)/gu;

const EMPHASIS_KIND: Record<string, 'italic' | 'bold' | 'boldItalic' | 'strikethrough'> = {
  '*': 'italic',
  _: 'italic',
  '**': 'bold',
  __: 'bold',
  '***': 'boldItalic',
  ___: 'boldItalic',
  '~~': 'strikethrough',
};

export const markdown: Rule = {
  meta: {
    id: 'markdown',
    description: {
      en: 'Markdown (bold, italic, headings, links) is not rendered on social networks.',
      de: 'Markdown (fett, kursiv, Überschriften, Links) wird in sozialen Netzwerken nicht dargestellt.',
    },
    defaultSeverity: 'warning',
    fixable: 'safe',
    scope: 'paragraph',
    messages: {
      bold: {
        en: 'Markdown bold is not rendered: readers see the {markup} around “{text}”.',
        de: 'Markdown-Fettdruck wird nicht dargestellt: Leser sehen die {markup} um „{text}“.',
      },
      italic: {
        en: 'Markdown italics are not rendered: readers see the {markup} around “{text}”.',
        de: 'Markdown-Kursivschrift wird nicht dargestellt: Leser sehen die {markup} um „{text}“.',
      },
      boldItalic: {
        en: 'Markdown bold italics are not rendered: readers see the {markup} around “{text}”.',
        de: 'Markdown-Fett-Kursiv wird nicht dargestellt: Leser sehen die {markup} um „{text}“.',
      },
      strikethrough: {
        en: 'Markdown strikethrough is not rendered: readers see the {markup} around “{text}” and not that it is struck out.',
        de: 'Markdown-Durchstreichung wird nicht dargestellt: Leser sehen die {markup} um „{text}“, aber nichts Durchgestrichenes.',
      },
      heading: {
        en: 'Markdown heading: readers see the “{markup}” before “{text}”.',
        de: 'Markdown-Überschrift: Leser sehen die „{markup}“ vor „{text}“.',
      },
      link: {
        en: 'Markdown link: readers see the brackets, not a link “{text}”.',
        de: 'Markdown-Link: Leser sehen die Klammern, keinen Link „{text}“.',
      },
      image: {
        en: 'Markdown image: social networks show the markup, not the image; attach the image to the post instead.',
        de: 'Markdown-Bild: Soziale Netzwerke zeigen den Code, nicht das Bild; hänge das Bild stattdessen an den Post an.',
      },
      fixStrip: { en: 'Remove the Markdown markup', de: 'Markdown-Auszeichnung entfernen' },
      fixLink: { en: 'Write as text and URL', de: 'Als Text und URL schreiben' },
    },
  },
  check(context) {
    const content = context.content;
    // Cheap guards first: most posts hold no Markdown at all (a `#` is nearly always a hashtag).
    if (/^#{1,6}[ \t]/m.test(content)) checkHeadings(context, content);
    const linkUrls = content.includes('](') ? checkLinks(context, content) : [];
    if (/[*_~]/.test(content)) checkEmphasis(context, content, context.post.tokens.all, linkUrls);
  },
};

function checkHeadings(context: RuleContext, content: string): void {
  for (const match of content.matchAll(HEADING)) {
    const start = match.index!;
    const [line, hashes, text] = match;
    const lineEnd = start + line.trimEnd().length;
    context.report({
      messageId: 'heading',
      data: { markup: hashes, text },
      start,
      end: lineEnd,
      // `# ---` without its `#` would be a thread separator (or a frontmatter fence): no safe fix.
      fix: FENCE_LINE.test(text) ? undefined : { titleId: 'fixStrip', edits: [{ start, end: lineEnd, newText: text }] },
    });
  }
}

/** Reports the links and returns where their `(url)` parts are. */
function checkLinks(context: RuleContext, content: string): Array<[number, number]> {
  const urlParts: Array<[number, number]> = [];
  for (const match of content.matchAll(LINK)) {
    const start = match.index!;
    const end = start + match[0].length;
    const [, bang, label, url] = match;
    const text = label.trim();
    // "[https://x.de](https://x.de)" or "[](url)": the URL alone says it all.
    const newText = text === '' || sameUrl(text, url) ? url : `${text} ${url}`;
    urlParts.push([start + bang.length + label.length + 2, end]);
    context.report({
      messageId: bang ? 'image' : 'link',
      data: { text, url },
      start,
      end,
      fix: { titleId: 'fixLink', edits: [{ start, end, newText }] },
    });
  }
  return urlParts;
}

function sameUrl(a: string, b: string): boolean {
  const strip = (url: string) => url.replace(/^[a-z]+:\/\//i, '').replace(/^www\./i, '').replace(/\/$/, '').toLowerCase();
  return strip(a) === strip(b);
}

function checkEmphasis(context: RuleContext, content: string, tokens: readonly Token[], linkUrls: ReadonlyArray<[number, number]>): void {
  // Tokens and link URLs may overlap; a post can have thousands of them and of emphasis markers.
  const insideRanges = insideAnyOf([...tokens, ...linkUrls.map(([start, end]) => ({ start, end }))]);
  const inside = (offset: number) => insideRanges({ start: offset, end: offset + 1 });
  for (const match of content.matchAll(EMPHASIS)) {
    const start = match.index!;
    const [whole, markup, text] = match;
    const end = start + whole.length;
    const closeStart = end - markup.length;
    // Emphasis needs words inside, and its markers must not belong to a URL, mention or hashtag
    // (`https://x.de/a_b_c`, `@max_power_`) or to a link's URL.
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    if (inside(start) || inside(closeStart)) continue;
    if (markup.length === 1 && isChatAction(text)) continue;
    const kind = EMPHASIS_KIND[markup];
    const edits: TextEdit[] = [
      { start, end: start + markup.length, newText: '' },
      { start: closeStart, end, newText: '' },
    ];
    context.report({
      messageId: kind,
      data: { markup, text },
      start,
      end,
      // Struck-out text means "no longer" (an old price): without the markup it would read as valid,
      // so that one is for the writer to rephrase.
      fix: kind === 'strikethrough' ? undefined : { titleId: 'fixStrip', edits },
    });
  }
}

/** `*grins*`, `*g*`, `*ganz fest drück*`: a chat action, not emphasis. */
function isChatAction(text: string): boolean {
  const lastWord = text.trim().split(/\s+/).pop() ?? '';
  return CHAT_ACTIONS.has(lastWord.toLowerCase());
}
