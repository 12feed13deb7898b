// Links in captions of channels that do not make them clickable (Instagram). Shared by the
// `instagram-links` rule and "Adapt for Instagram".

import type { Token } from '../post/tokens';
import type { Locale } from '../types';

/** What a writer puts where a link cannot go, in the post's language. */
export const LINK_IN_BIO: Readonly<Record<Locale, string>> = {
  de: 'Link in der Bio',
  en: 'Link in Bio',
};

/**
 * The replacement text for a link: the configured one (option `linkInBio` of `instagram-links`),
 * else "Link in Bio" in the post's language.
 */
export function linkInBioText(lang: Locale, configured?: unknown): string {
  return typeof configured === 'string' && configured.trim() !== '' ? configured.trim() : LINK_IN_BIO[lang];
}

/**
 * True for a URL that readers would have to click: one with a scheme, `www.` or a path. A bare
 * domain ("sipgate.de") reads as a name that people can type, so it is left alone.
 */
export function isLinkToClick(url: Token): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(url.text) || /^www\./i.test(url.text) || /\/./.test(url.text.replace(/^[a-z][a-z0-9+.-]*:\/\//i, ''));
}
