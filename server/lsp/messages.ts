// The server's own words (hover texts, fix-all titles, command reasons) in English and German. Rule
// messages come from the rules themselves; these are the few the server adds around them.

import { formatMessage } from '../../rules/engine/messages';
import type { LocalizedText } from '../../rules/engine/rule';
import type { Locale } from '../../rules';

const MESSAGES = {
  fixAllTitle: { en: 'Fix all auto-fixable problems', de: 'Alle automatisch behebbaren Probleme beheben' },
  fixAllSourceTitle: { en: 'Fix all auto-fixable problems (Postlint)', de: 'Alle automatisch behebbaren Probleme beheben (Postlint)' },
  reasonNoSignOff: {
    en: 'No sign-off is configured: set `signoff` in the frontmatter, `signOff` in .postlintrc.json or the setting postlint.signOff.',
    de: 'Keine Grußformel festgelegt: Setze `signoff` im Frontmatter, `signOff` in .postlintrc.json oder die Einstellung postlint.signOff.',
  },
  reasonSignedOff: { en: 'The post already ends with the sign-off {signOff}.', de: 'Der Post endet schon mit der Grußformel {signOff}.' },
  reasonFits: { en: 'The post fits every channel; there is nothing to split.', de: 'Der Post passt in jeden Kanal; es gibt nichts aufzuteilen.' },
  reasonCannotSplit: { en: 'The post cannot be split into a thread on {channel}.', de: 'Der Post lässt sich auf {channel} nicht in einen Thread aufteilen.' },
  reasonNotOpen: { en: 'The document is not open in the editor.', de: 'Das Dokument ist nicht im Editor geöffnet.' },
  reasonNothingToFix: { en: 'No problems that Postlint can fix safely.', de: 'Keine Probleme, die Postlint sicher beheben kann.' },
  tooLargeToCheck: {
    en: 'This document has {length} characters, more than Postlint checks ({max}): no network accepts a post this long. Split it into posts to have them checked.',
    de: 'Dieses Dokument hat {length} Zeichen, mehr als Postlint prüft ({max}): Kein Netzwerk nimmt einen so langen Post an. Teile es in Posts auf, um sie prüfen zu lassen.',
  },
  diagnosticsOmitted: {
    en: 'Postlint shows the first {shown} problems of this document; {omitted} more are not shown.',
    de: 'Postlint zeigt die ersten {shown} Probleme dieses Dokuments; {omitted} weitere werden nicht angezeigt.',
  },
  reasonTooLarge: {
    en: 'The document has {length} characters, more than Postlint checks ({max}).',
    de: 'Das Dokument hat {length} Zeichen, mehr als Postlint prüft ({max}).',
  },
  hoverHashtag: { en: 'Hashtag', de: 'Hashtag' },
  hoverMention: { en: 'Mention', de: 'Erwähnung' },
  hoverUrl: { en: 'Link', de: 'Link' },
  hoverCost: { en: '{cost} characters', de: '{cost} Zeichen' },
  hoverCostOne: { en: '1 character', de: '1 Zeichen' },
  hoverCostWeighted: { en: 'counts {cost}', de: 'zählt {cost}' },
  noteUrlFixed: { en: 'every link counts {length}, however long it is', de: 'jeder Link zählt {length}, egal wie lang er ist' },
  noteUrlNotClickable: { en: 'not clickable in captions (use "Link in Bio")', de: 'in Bildunterschriften nicht anklickbar (nutze „Link in Bio“)' },
  noteUrlMax: { en: 'at most {max} links per post', de: 'höchstens {max} Links pro Post' },
  noteHashtagNone: { en: 'discouraged: no hashtags on {channel}', de: 'unerwünscht: keine Hashtags auf {channel}' },
  noteHashtagMax: { en: 'at most {max} hashtags per post', de: 'höchstens {max} Hashtags pro Post' },
  noteHashtagRange: { en: '{min}–{max} hashtags recommended', de: '{min}–{max} Hashtags empfohlen' },
  noteHashtagRecommendedMax: { en: 'at most {max} hashtags recommended', de: 'höchstens {max} Hashtags empfohlen' },
  noteHashtagOne: { en: 'one topic tag per post', de: 'ein Themen-Tag pro Post' },
} satisfies Record<string, LocalizedText>;

export type MessageId = keyof typeof MESSAGES;

export function message(id: MessageId, locale: Locale, data: Record<string, string | number> = {}): string {
  return formatMessage(MESSAGES[id], locale, data);
}

/** The client's display language ("de", "de-CH", "en-US", "fr") as a message locale: German or English. */
export function localeFromTag(tag: string | undefined | null): Locale | undefined {
  if (!tag) return undefined;
  return /^de(?:[-_]|$)/i.test(tag) ? 'de' : 'en';
}
