// `instagram-links`: Instagram does not make links in captions clickable, so a URL there is dead
// text; the usual practice is to put the link in the profile and say "Link in Bio". Channels whose
// profile says `linksClickable: false` are checked (today only Instagram).

import { isLinkToClick, linkInBioText } from '../adapt/links';
import type { Rule } from '../engine/rule';

export const instagramLinks: Rule = {
  meta: {
    id: 'instagram-links',
    description: {
      en: 'Links in Instagram captions are not clickable.',
      de: 'Links in Instagram-Beschreibungen sind nicht klickbar.',
    },
    defaultSeverity: 'warning',
    fixable: 'suggestion',
    scope: 'paragraph',
    messages: {
      notClickable: {
        en: 'Links in captions are not clickable: put {url} in the bio and point to it.',
        de: 'Links in Beschreibungen sind nicht klickbar: Setze {url} in die Bio und verweise darauf.',
      },
      fixLinkInBio: { en: 'Replace with "{replacement}"', de: 'Durch „{replacement}“ ersetzen' },
    },
    // `linkInBio`: the replacement text; by default "Link in Bio" / "Link in der Bio" by post language.
    defaultOptions: {},
  },
  check(context) {
    const channels = context.settings.channels.filter((channel) => channel.linksClickable === false);
    if (channels.length === 0) return;
    const replacement = linkInBioText(context.settings.lang, context.options.linkInBio);
    for (const url of context.post.tokens.urls) {
      if (!isLinkToClick(url)) continue;
      for (const channel of channels) {
        context.report({
          messageId: 'notClickable',
          data: { url: url.text },
          start: url.start,
          end: url.end,
          channel: channel.id,
          suggestions: [{ titleId: 'fixLinkInBio', data: { replacement }, edits: [{ start: url.start, end: url.end, newText: replacement }] }],
        });
      }
    }
  },
};
