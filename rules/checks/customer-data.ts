// `customer-data`: a post that asks the reader for customer data — customer or contract number,
// password, PIN, bank details, address, date of birth, phone number, e-mail address — in German or
// English. The guide: "Achte aber bitte darauf, dass du nicht öffentlich Kundendaten erfragst bzw.
// wenn das Gespräch in diese Richtung geht, du deinen Gesprächspartner an die Kundenbetreuung
// verweist." Warnings *not* to share data ("Gib niemals dein Passwort weiter") are not requests.
// The language work lives in rules/language/data-request.ts; this file reports.

import type { Rule, RuleContext } from '../engine/rule';
import { addressFormOf, findDataRequests, maskQuotationsAndTokens, type DataRequest } from '../language';

/** The referral of SPEC §4 by the post's language — in German also formal, for posts that say "Sie". */
export const DEFAULT_REFERRAL = {
  de: 'Bitte wende dich per Direktnachricht an unsere Kundenbetreuung.',
  deFormal: 'Bitte wenden Sie sich per Direktnachricht an unsere Kundenbetreuung.',
  en: 'Please contact our customer care team via direct message.',
} as const;

export const customerData: Rule = {
  meta: {
    id: 'customer-data',
    description: {
      en: 'Never ask for customer data in public: refer the customer to customer care.',
      de: 'Frag nie öffentlich nach Kundendaten: Verweise an die Kundenbetreuung.',
    },
    defaultSeverity: 'error',
    fixable: 'suggestion',
    scope: 'paragraph',
    messages: {
      request: {
        en: 'This asks for customer data ({terms}) in public. Refer the customer to customer care instead.',
        de: 'Hier werden öffentlich Kundendaten erfragt ({terms}). Verweise stattdessen an die Kundenbetreuung.',
      },
      requestPrivate: {
        en: 'This asks for customer data ({terms}) by direct message. Refer the customer to customer care instead.',
        de: 'Hier werden Kundendaten per Direktnachricht erfragt ({terms}). Verweise stattdessen an die Kundenbetreuung.',
      },
      replaceWithReferral: {
        en: 'Replace with “{referral}”',
        de: 'Durch „{referral}“ ersetzen',
      },
    },
    defaultOptions: {
      // A request for data by DM still collects it outside customer care, so it is reported (as a
      // warning) unless a team decides otherwise.
      allowPrivate: false,
    },
  },
  check(context) {
    const { content, post } = context;
    // Quotations (a customer's words), links, mentions and hashtags are not the writer's request.
    const masked = maskQuotationsAndTokens(content, post.tokens.all);
    const requests = findDataRequests(masked, { locale: context.settings.lang });
    if (requests.length === 0) return;
    for (const request of requests) report(context, request, masked);
  },
};

// The referral reads the whole post (this rule runs per paragraph): found once per lint, on demand.
const referrals = new WeakMap<object, string>();

function referralText(context: RuleContext): string {
  const content = context.post.content;
  let referral = referrals.get(content);
  if (referral === undefined) {
    referral = findReferral(context.settings, content.text);
    referrals.set(content, referral);
  }
  return referral;
}

function findReferral(settings: RuleContext['settings'], content: string): string {
  const configured = settings.config.customerData?.referral;
  if (typeof configured === 'string' && configured.trim().length > 0) return configured.trim();
  if (settings.lang === 'en') return DEFAULT_REFERRAL.en;
  // The referral must not switch the form of address: the post's own form, else the customer's,
  // else the team's policy.
  const form =
    addressFormOf(content) ??
    (settings.inReplyTo ? addressFormOf(settings.inReplyTo, { lenient: true }) : undefined) ??
    (settings.address === 'sie' ? 'sie' : 'du');
  return form === 'sie' ? DEFAULT_REFERRAL.deFormal : DEFAULT_REFERRAL.de;
}

function report(context: RuleContext, request: DataRequest, masked: string): void {
  if (request.channel === 'private' && context.options.allowPrivate === true) return;
  const first = request.terms[0]!;
  const last = request.terms[request.terms.length - 1]!;
  const written = [...new Set(request.terms.map((term) => masked.slice(term.start, term.end)))];
  context.report({
    messageId: request.channel === 'private' ? 'requestPrivate' : 'request',
    data: { term: written[0]!, terms: written.join(', '), category: first.category },
    start: first.start,
    end: last.end,
    // A DM keeps the data out of public view: still against the guide, but less harmful.
    severity: request.channel === 'private' ? 'warning' : undefined,
    suggestions: () => {
      const referral = referralText(context);
      return [
        {
          titleId: 'replaceWithReferral',
          data: { referral },
          edits: [{ start: request.replace.start, end: request.replace.end, newText: request.joiner + referral }],
        },
      ];
    },
  });
}
