// `sign-off`: a reply must end with the writer's initials or first name. The guide's golden rule 4:
// "Nutze am Ende deiner Antwort / deines Kommentars deinen Namenskürzel (z.B. ^SeSe) oder deinen
// Vornamen … Niemand spricht gern mit einem Logo!"
//
// The last line of a reply counts as signed when it holds the configured sign-off anywhere, an
// initials form (^SeSe, ^AB, -TM), or a first name — alone, after a dash, or after a closing
// ("Viele Grüße, Anna", "LG Anna", "Cheers, Tom", "Dein Tom") — possibly followed by emoji. A trailing
// line of only hashtags is tags, not message: the line before it is checked.

import type { Rule } from '../engine/rule';
import { CompiledLists, compileWordList, type Span, type WordMatcher } from '../language';
import type { Token } from '../post/tokens';
import lists from '../words/sign-off.json';
import { escapeRegExp } from '../text/regexp';

const CLOSINGS = compileWordList(lists.closings);
const THANKS = compileWordList(lists.thanks);
const NOT_NAMES = new Set(lists.notNames.map((word) => word.toLowerCase()));

// ^SeSe, ^AB, ^AbCd, ^tm — the caret marks initials; lower-case only up to three letters, so
// that the "^this" of agreeing with the post above is no sign-off.
const CARET_INITIALS = /(?:^|[\s(\[/|,;–—-])\^(?:(?:\p{Lu}\p{Ll}?){1,3}|\p{Ll}{2,3})(?![\p{L}\p{N}])/u;
// -TM, /SeSe, ~AB, *TM at the end of the line.
const MARKED_INITIALS = /(?:^|\s)[-–—~*/]{1,2}\s?(?:\p{Lu}\p{Ll}?){1,3}$/u;
// Decoration after a sign-off: emoji (with modifiers and joiners), emoticons, closing punctuation.
// (Matched by a backward scan, stripTrailingDecoration: `(?:…)+$` would be retried from every
// position of a long line of spaces and punctuation, quadratic in its length.)
const DECORATION_CHARACTER = /^(?:[\s.!,;)\]]|\p{Extended_Pictographic}|\p{Emoji_Modifier}|[\u200d\ufe0f\u20e3])$/u;
const EMOTICON_EYES = /^[:;]$/;
const EMOTICON_MOUTH = /^[)(DPp]$/;
const EMOJI_TAIL_CHARACTER = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}\u200d\ufe0f\s]$/u;
const LEADING_MARKER = /^[-–—~*/|]+\s*/;
// A first name, optionally with a second name or initial, or two names joined ("Anna & Tom").
const NAME_WORD = String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)?`;
const NAME = new RegExp(
  String.raw`^((${NAME_WORD})(?:\s+(?:${NAME_WORD}|\p{Lu}\.?))?(?:\s*(?:&|\+|und|and)\s*${NAME_WORD})?)` +
    // …and optionally where the writer works: "Anna vom Social-Media-Team", "Tom | Kundenservice".
    String.raw`(?:\s*(?:,|\||//|\(|–|—|\s-|\s(?:vom|von|aus|from|of|at|@))\s*.{0,40})?$`,
  'u',
);
// Words that make a "name" a team or department: "Service-Team", "Kundenservice", "Support".
const TEAM_WORDS = /^(?:team|support|service|kundenservice|kundenbetreuung|kundendienst|customer|care|helpdesk|hotline|redaktion|crew)$/iu;
const PLACE_AFTER_CLOSING = /^(?:aus|von|from)\s+[^,]+,\s*/iu;

export const signOff: Rule = {
  meta: {
    id: 'sign-off',
    description: {
      en: 'Sign replies with your initials (^SeSe) or first name.',
      de: 'Antworten mit deinem Namenskürzel (^SeSe) oder Vornamen unterschreiben.',
    },
    defaultSeverity: 'warning',
    fixable: 'safe',
    messages: {
      missing: {
        en: 'Sign your reply: end it with your initials or first name ({signoff}) — nobody likes talking to a logo.',
        de: 'Unterschreibe deine Antwort: Beende sie mit deinem Namenskürzel oder Vornamen ({signoff}) – niemand spricht gern mit einem Logo.',
      },
      missingUnconfigured: {
        en: 'Sign your reply: end it with your initials (e.g. ^SeSe) or first name. Set `signOff` in .postlintrc.json for a quick fix.',
        de: 'Unterschreibe deine Antwort: Beende sie mit deinem Namenskürzel (z. B. ^SeSe) oder Vornamen. Mit `signOff` in der .postlintrc.json gibt es eine Schnellkorrektur.',
      },
      fixAdd: { en: 'Add sign-off {signoff}', de: 'Kürzel {signoff} ergänzen' },
    },
  },
  check(context) {
    if (context.settings.kind !== 'reply') return;
    const text = context.content;
    if (text.trim() === '') return;
    const lines = lineSpans(text);
    // A trailing block of hashtag lines is tags, not message.
    let last = lines.length - 1;
    while (last > 0 && isTagLine(text, lines[last], context.post.tokens.hashtags)) last--;
    const line = lines[last];
    const lineText = text.slice(line.start, line.end);
    const setting = context.settings.signOff;
    const configured = typeof setting === 'string' ? setting.split('\n')[0].trim() || undefined : undefined;
    if (isSignOff(lineText, configured, text.slice(0, line.start))) return;

    if (!configured) {
      context.report({ messageId: 'missingUnconfigured', start: line.start, end: line.end });
      return;
    }
    // On a one-line reply, initials go on the same line (" ^SeSe", as on X, where a line costs
    // characters); otherwise, and for a name, on a line of their own.
    const sameLine = lines.length === 1 && /^[\^~*/-]/.test(configured);
    context.report({
      messageId: 'missing',
      data: { signoff: configured },
      start: line.start,
      end: line.end,
      fix: {
        titleId: 'fixAdd',
        data: { signoff: configured },
        edits: [{ start: line.end, end: line.end, newText: `${sameLine ? ' ' : '\n'}${configured}` }],
      },
    });
  },
};

/** The lines of `text`, each without trailing whitespace. */
function lineSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    spans.push({ start, end: start + raw.trimEnd().length });
    start += raw.length + 1;
  }
  return spans;
}

function isTagLine(text: string, line: Span, hashtags: readonly Token[]): boolean {
  const inLine = hashtags.filter((tag) => tag.start >= line.start && tag.end <= line.end);
  if (inLine.length === 0) return false;
  let rest = text.slice(line.start, line.end);
  for (const tag of [...inLine].reverse()) rest = rest.slice(0, tag.start - line.start) + rest.slice(tag.end - line.start);
  return rest.trim() === '';
}

/** True when `line` signs the reply. `earlier` is the text before it (to tell "Danke, Tom" apart). */
export function isSignOff(line: string, configured: string | undefined, earlier: string): boolean {
  if (configured && line.toLowerCase().includes(configured.toLowerCase())) return true;
  if (CARET_INITIALS.test(line)) return true;
  const core = stripTrailingDecoration(line);
  if (core === '') return false;
  if (MARKED_INITIALS.test(core)) return true;

  const unmarked = core.replace(LEADING_MARKER, '');
  const dashed = unmarked !== core;
  const closing = startMatch(CLOSINGS, unmarked);
  const thanks = closing ? undefined : startMatch(THANKS, unmarked);
  const after = closing ?? thanks;
  if (after !== undefined) {
    const candidate = unmarked.slice(after).replace(/^[\s,.:;–—-]+/, '').replace(PLACE_AFTER_CLOSING, '');
    const name = nameOf(candidate);
    if (!name) return false;
    if (closing !== undefined) return true;
    // "Danke, Tom!" thanks the customer as often as it signs a reply: it signs only on a line of its
    // own, without "!", and with a name the reply has not used before.
    return earlier.trim() !== '' && !/[?!]$/.test(stripEmojiTail(line)) && !usesName(earlier, name);
  }
  // A name alone: not a question or exclamation ("Versprochen!"), not a word that often ends replies,
  // not the customer greeted at the start ("Hallo Peter, … Peter").
  if (!dashed && /[?!]$/.test(stripEmojiTail(line))) return false;
  const name = nameOf(unmarked);
  return name !== undefined && !greets(earlier, name);
}

/**
 * `line` without its trailing decoration: the shortest prefix whose rest is a sequence of decoration
 * characters and emoticons (`:)`, `;-P`), as `line.replace(/(?:…)+$/u, '')` would leave it. Hand-written
 * because a regular expression anchored at the end is tried from every start position; this reads
 * code points back from the end once, and only as far as the decoration can reach.
 */
function stripTrailingDecoration(line: string): string {
  // After[k]: the k code points read so far (from the end), nearest first; decorated[k]: the last k
  // code points are all decoration. An emoticon is at most 3 code points long: after 3 positions in a
  // row that do not start a decorated tail, none further left can.
  const after: string[] = [];
  const decorated: boolean[] = [true];
  let cut = line.length;
  let end = line.length;
  let misses = 0;
  while (end > 0 && misses < 3) {
    const start = previousCodePoint(line, end);
    const point = line.slice(start, end);
    const read = after.length;
    let isDecoration = DECORATION_CHARACTER.test(point) && decorated[read];
    if (!isDecoration && EMOTICON_EYES.test(point) && read >= 1) {
      const mouth = after[read - 1];
      isDecoration =
        (EMOTICON_MOUTH.test(mouth) && decorated[read - 1]) || (mouth === '-' && read >= 2 && EMOTICON_MOUTH.test(after[read - 2]) && decorated[read - 2]);
    }
    after.push(point);
    decorated.push(isDecoration);
    if (isDecoration) cut = start;
    misses = isDecoration ? 0 : misses + 1;
    end = start;
  }
  return line.slice(0, cut);
}

/** `line` without trailing emoji and whitespace (a backward scan, for the reason above). */
function stripEmojiTail(line: string): string {
  let cut = line.length;
  while (cut > 0) {
    const start = previousCodePoint(line, cut);
    if (!EMOJI_TAIL_CHARACTER.test(line.slice(start, cut))) break;
    cut = start;
  }
  return line.slice(0, cut);
}

/** Where the code point that ends at `end` starts (a surrogate pair is one code point). */
function previousCodePoint(text: string, end: number): number {
  const low = text.charCodeAt(end - 1);
  if (end >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return end - 2;
  }
  return end - 1;
}

/** True when `text` uses `name` as a word. */
function usesName(text: string, name: string): boolean {
  return nameExpressions.get(`use\u0000${name}`, () => new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'u')).test(text);
}

/** True when `text` greets `name` ("Hallo Peter", "Hi Peter"): then `name` is the customer. */
function greets(text: string, name: string): boolean {
  return nameExpressions
    .get(`greet\u0000${name}`, () => new RegExp(`(?:hallo|hi|hey|moin|servus|liebe|lieber|dear|hello)[ \\t]+${escapeRegExp(name)}(?![\\p{L}])`, 'iu'))
    .test(text);
}

// The expressions of the names seen lately: a team signs with a few names, and customers' names
// recur, so most posts find theirs compiled. None is global or sticky: `test` leaves no state.
const nameExpressions = new CompiledLists<RegExp>(256);

/** Where a match of `matcher` that starts the text ends, or undefined. */
function startMatch(matcher: WordMatcher, text: string): number | undefined {
  const first = matcher.findAll(text, 0, Math.min(text.length, 60))[0];
  return first && first.start === 0 ? first.end : undefined;
}

/** The first name of a sign-off candidate ("Anna", "Anna M.", "Anna vom Team"), or undefined. */
function nameOf(candidate: string): string | undefined {
  const match = NAME.exec(candidate.trim());
  if (!match) return undefined;
  const first = match[2];
  // "Euer Service-Team", "Dein Support Team": a team is no person.
  const nameWords = match[1].split(/[\s&+-]+/);
  if (NOT_NAMES.has(first.toLowerCase()) || nameWords.some((word) => TEAM_WORDS.test(word))) return undefined;
  return first;
}
