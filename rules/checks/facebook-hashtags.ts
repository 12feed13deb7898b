// `facebook-hashtags`: the guide says "viele Hashtags bei Instagram, bei Facebook hingegen nicht".
// Every hashtag of a post that goes to Facebook is reported; the safe fix keeps the words: an
// inline `#word` becomes `word`, the tags that close the post are removed (see adapt/hashtags.ts).

import { findTrailingTags, removeSigil, removeTrailingTags } from '../adapt/hashtags';
import type { Rule } from '../engine/rule';

export const facebookHashtags: Rule = {
  meta: {
    id: 'facebook-hashtags',
    description: {
      en: 'No hashtags on Facebook.',
      de: 'Keine Hashtags auf Facebook.',
    },
    defaultSeverity: 'warning',
    fixable: 'safe',
    messages: {
      hashtag: {
        en: 'Hashtag {hashtag}: hashtags are not used on Facebook.',
        de: 'Hashtag {hashtag}: Auf Facebook verwenden wir keine Hashtags.',
      },
      fixRemove: { en: 'Remove hashtags for Facebook', de: 'Hashtags für Facebook entfernen' },
    },
  },
  check(context) {
    if (!context.settings.channels.some((channel) => channel.id === 'facebook')) return;
    const post = context.post;
    const hashtags = post.tokens.hashtags;
    if (hashtags.length === 0) return;
    const trailing = findTrailingTags(post, context.settings.signOff);
    // The trailing tags go in one edit: every finding among them carries it, so the quick fix is
    // offered on each, and Fix All applies it once (identical edits overlap and are skipped).
    const blockEdit = trailing ? removeTrailingTags(post, trailing) : undefined;
    hashtags.forEach((hashtag, index) => {
      const edit = blockEdit && index >= trailing!.firstIndex ? blockEdit : removeSigil(post, hashtag);
      context.report({
        messageId: 'hashtag',
        data: { hashtag: hashtag.text },
        // The fix edits are document offsets (see adapt/hashtags.ts), so the range is too.
        start: post.content.map.toDocStart(hashtag.start),
        end: post.content.map.toDocEnd(hashtag.end),
        inDocument: true,
        channel: 'facebook',
        fix: { titleId: 'fixRemove', edits: [edit] },
      });
    });
  },
};
