// `hashtag-count`: each channel has its own hashtag culture ("viele Hashtags bei Instagram"), and
// its policy is data in channels/profiles.json:
// - `max`: the network rejects more (Instagram: 5 since December 2025) → error;
// - `recommendedMax`: more reads as spam or is not linked (X 2, LinkedIn 5, Threads 1) → info;
// - `expected`: the channel lives on hashtags, a post without any misses reach (Instagram) → hint.
// Each limit can be overridden with the option `<channel>Max` ("instagramMax": 30).
// Facebook's "none at all" is the `facebook-hashtags` rule.

import { hashtagLimit, hashtagRemovalEdits } from '../adapt/hashtags';
import { CHANNELS, type ChannelProfile } from '../channels/profiles';
import type { Rule, RuleContext } from '../engine/rule';

/** `instagramMax: 5, twitterMax: 2, …` from the profiles, so the defaults live in one place. */
const DEFAULT_OPTIONS: Record<string, number> = Object.fromEntries(
  CHANNELS.flatMap((channel) => {
    const limit = hashtagLimit(channel, {});
    return limit === undefined ? [] : [[`${channel.id}Max`, limit]];
  }),
);

export const hashtagCount: Rule = {
  meta: {
    id: 'hashtag-count',
    description: {
      en: 'As many hashtags as each channel takes: at most 5 on Instagram, 2 on X, 5 on LinkedIn, one on Threads.',
      de: 'So viele Hashtags, wie der Kanal verträgt: höchstens 5 auf Instagram, 2 auf X, 5 auf LinkedIn, einer auf Threads.',
    },
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    messages: {
      rejected: {
        en: '{count} hashtags: posts with more than {max} are rejected.',
        de: '{count} Hashtags: Posts mit mehr als {max} werden abgelehnt.',
      },
      tooMany: {
        en: '{count} hashtags: at most {max} recommended.',
        de: '{count} Hashtags: höchstens {max} empfohlen.',
      },
      tooManyOne: {
        en: '{count} hashtags: one recommended.',
        de: '{count} Hashtags: einer empfohlen.',
      },
      none: {
        en: 'No hashtags: posts here are found through their hashtags.',
        de: 'Keine Hashtags: Posts werden hier über ihre Hashtags gefunden.',
      },
      fixKeepFirst: { en: 'Keep only the first {max} hashtags', de: 'Nur die ersten {max} Hashtags behalten' },
      fixKeepFirstOne: { en: 'Keep only the first hashtag', de: 'Nur den ersten Hashtag behalten' },
      fixRemoveAll: { en: 'Remove the hashtags', de: 'Hashtags entfernen' },
    },
    defaultOptions: DEFAULT_OPTIONS,
  },
  check(context) {
    for (const channel of context.settings.channels) checkChannel(context, channel);
  },
};

function checkChannel(context: RuleContext, channel: ChannelProfile): void {
  const policy = channel.hashtags;
  const post = context.post;
  const hashtags = post.tokens.hashtags;
  const max = hashtagLimit(channel, context.options);

  if (max !== undefined && policy.allowed !== false && hashtags.length > max) {
    const extra = new Set(hashtags.keys());
    for (let index = 0; index < max; index++) extra.delete(index);
    const hard = policy.max !== undefined;
    context.report({
      messageId: hard ? 'rejected' : max === 1 ? 'tooManyOne' : 'tooMany',
      data: { count: hashtags.length, max },
      // The suggestion's edits are document offsets (see adapt/hashtags.ts), so the range is too.
      start: post.content.map.toDocStart(hashtags[max].start),
      end: post.content.map.toDocEnd(hashtags[hashtags.length - 1].end),
      inDocument: true,
      channel: channel.id,
      severity: hard ? 'error' : 'info',
      // Computed only when the editor asks for suggestions (the CLI and diagnostics do not).
      suggestions: () => [{ titleId: max === 0 ? 'fixRemoveAll' : max === 1 ? 'fixKeepFirstOne' : 'fixKeepFirst', data: { max }, edits: hashtagRemovalEdits(post, extra, context.settings.signOff) }],
    });
  }

  // A reply is a comment under someone's post: nobody tags those.
  if (policy.expected && hashtags.length === 0 && context.settings.kind === 'post' && context.content !== '') {
    const lastLine = context.content.lastIndexOf('\n') + 1;
    context.report({ messageId: 'none', start: lastLine, end: context.content.length, channel: channel.id, severity: 'hint' });
  }
}
