// `address-form`: one form of address per post, the team's form, and in replies the customer's.
// The guide: "vermeiden wir möglichst die direkte Ansprache. Wenn sich das nicht vermeiden lässt,
// duzen wir auf Social Media. Bei Kommentaren und Nachrichten von anderen Nutzern passen wir uns
// deren Ansprache an, d.h. wenn wir gesiezt werden, siezen wir zurück."
//
// Which form is expected:
//   - a reply whose `in-reply-to` addresses us in one form: that form (`mirror`);
//   - otherwise the policy (`address`): `sie` expects "Sie"; `du` and `avoid` expect "du" (avoid
//     means: no direct address where possible, and "du" where it cannot be avoided).
// Every word of the other form is reported — as `mixed` when the post also uses the expected form,
// else as `formalNotAllowed` / `informalNotAllowed`. The language work is in
// rules/language/address.ts; English posts have no du/Sie and are skipped.

import type { ParagraphReading } from '../engine/paragraph-spans';
import type { Rule, RuleContext } from '../engine/rule';
import {
  addressFormOf,
  findAddressMarks,
  looksGerman,
  maskQuotationsAndTokens,
  type AddressFormId,
  type AddressMark,
} from '../language';
import { countSentenceStarts } from '../language/address';

const FORM_NAME: Record<AddressFormId, string> = { du: 'du', sie: 'Sie' };

export const addressForm: Rule = {
  meta: {
    id: 'address-form',
    description: {
      en: 'Use one form of address: avoid direct address, else “du”; mirror a customer who writes “Sie”.',
      de: 'Eine Form der Ansprache: direkte Ansprache vermeiden, sonst duzen; wer uns siezt, wird gesiezt.',
    },
    defaultSeverity: 'warning',
    fixable: 'none',
    messages: {
      mixed: {
        en: 'This post mixes “du” and “Sie”: “{word}” uses “{form}”. Use “{expected}” throughout.',
        de: 'Der Post mischt „du“ und „Sie“: „{word}“ ist die {form}-Form. Bleib durchgehend beim „{expected}“.',
      },
      formalNotAllowed: {
        en: '“{word}” addresses the reader formally (“Sie”). Avoid direct address, or use “du”.',
        de: '„{word}“ siezt. Vermeide die direkte Ansprache oder duze.',
      },
      informalNotAllowed: {
        en: '“{word}” addresses the reader informally (“du”), but this team uses “Sie”.',
        de: '„{word}“ duzt, aber dieses Team siezt.',
      },
      mirror: {
        en: 'The customer writes “{expected}”: answer in the same form. “{word}” uses “{form}”.',
        de: 'Der Kunde schreibt in der {expected}-Form: antworte genauso. „{word}“ ist die {form}-Form.',
      },
    },
  },
  check(context) {
    const { content, settings } = context;
    if (!isGerman(content, settings.lang)) return;
    const marks = context.spansByParagraph(ADDRESS_MARKS);
    if (marks.length === 0) return;

    const customerForm = settings.kind === 'reply' && settings.inReplyTo ? addressFormOf(settings.inReplyTo, { lenient: true }) : undefined;
    const expected: AddressFormId = customerForm ?? (settings.address === 'sie' ? 'sie' : 'du');
    const usesExpected = marks.some((mark) => mark.form === expected);
    for (const mark of marks) {
      if (mark.form === expected) continue;
      const messageId = customerForm ? 'mirror' : usesExpected ? 'mixed' : mark.form === 'sie' ? 'formalNotAllowed' : 'informalNotAllowed';
      report(context, mark, messageId, expected);
    }
  },
};

/**
 * The post's words of address, read paragraph by paragraph (see engine/paragraph-spans.ts). Quotations
 * and tokens never span a blank line; a word's form depends on its own line and on the two sentences
 * before it ("Unsere Techniker sind unterwegs. Sie melden sich"), which may lie in earlier paragraphs:
 * a paragraph is read together with the paragraphs before it that hold two sentence starts.
 */
const ADDRESS_MARKS: ParagraphReading<AddressMark> = {
  key: 'address-form marks',
  find: (text, tokens) => findAddressMarks(maskQuotationsAndTokens(text, tokens)),
  context: (paragraph, tokens) => countSentenceStarts(maskQuotationsAndTokens(paragraph, tokens)),
  contextNeeded: 2,
};

function isGerman(content: string, lang: string): boolean {
  // A post marked or detected as English may still quote or contain German; "Dir." or "du jour" in
  // English text must not count.
  return lang === 'de' || looksGerman(content);
}

function report(context: RuleContext, mark: AddressMark, messageId: string, expected: AddressFormId): void {
  context.report({
    messageId,
    data: { word: mark.word, form: FORM_NAME[mark.form], expected: FORM_NAME[expected] },
    start: mark.start,
    end: mark.end,
  });
}
