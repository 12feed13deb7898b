// How a network writes a URL in a post. Hand-written because each network has its own habit and no
// library reproduces them:
//   - X shows the URL without its protocol, cut after 23 visible characters with "…" (the link
//     itself goes through t.co, which is why it counts 23 whatever its length);
//   - Mastodon hides the protocol and "www.", and cuts what is left after 30 characters with "…";
//   - Bluesky shows host and path, and cuts a path longer than 15 characters to 13 and "...";
//   - the others show the URL as it was written.

import type { UrlStyle } from './networks';

const X_VISIBLE = 23;
const MASTODON_VISIBLE = 30;
const BLUESKY_PATH_MAX = 15;
const BLUESKY_PATH_KEPT = 13;

const PROTOCOL = /^[a-z][a-z0-9+.-]*:\/\//i;

/** The text the network shows for `url`, or undefined when it shows the URL as written. */
export function displayUrl(url: string, style: UrlStyle): string | undefined {
  let shown: string;
  switch (style) {
    case 'written':
      return undefined;
    case 'x':
      shown = truncate(url.replace(PROTOCOL, ''), X_VISIBLE, '…');
      break;
    case 'mastodon':
      shown = truncate(url.replace(PROTOCOL, '').replace(/^www\./i, ''), MASTODON_VISIBLE, '…');
      break;
    case 'bluesky':
      shown = blueskyUrl(url);
      break;
  }
  return shown === url ? undefined : shown;
}

function truncate(text: string, visible: number, ellipsis: string): string {
  // Count code points, so that the cut never splits a surrogate pair of an internationalised URL.
  const characters = Array.from(text);
  return characters.length > visible ? characters.slice(0, visible).join('') + ellipsis : text;
}

function blueskyUrl(url: string): string {
  if (!PROTOCOL.test(url)) return url;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  // Host and path as written (URL would percent-encode and lower-case them): cut the protocol off.
  const rest = url.replace(PROTOCOL, '');
  const hostEnd = rest.search(/[/?#]/);
  const host = hostEnd < 0 ? rest : rest.slice(0, hostEnd);
  let path = hostEnd < 0 ? '' : rest.slice(hostEnd);
  if (path === '/' && parsed.search === '' && parsed.hash === '') path = '';
  return path.length > BLUESKY_PATH_MAX ? `${host}${path.slice(0, BLUESKY_PATH_KEPT)}...` : `${host}${path}`;
}
