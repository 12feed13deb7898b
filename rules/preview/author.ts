// The author line of a preview card: the account's name and handle from the config's `author`
// (`{ "author": { "name": "Stadtwerke Musterstadt", "handle": "@stadtwerke" } }`), written the way
// each network writes it. Without a configured author the card says "Your Company".

import type { PostlintConfig } from '../config/types';
import { graphemes } from '../text/graphemes';
import type { Locale } from '../types';
import type { PreviewAuthor } from './model';
import type { NetworkLook } from './networks';

const DEFAULT_AUTHOR: Record<Locale, { name: string; handle: string }> = {
  en: { name: 'Your Company', handle: 'yourcompany' },
  de: { name: 'Dein Unternehmen', handle: 'deinunternehmen' },
};

export function buildAuthor(config: PostlintConfig, look: NetworkLook, locale: Locale): PreviewAuthor {
  const configured = config.author ?? {};
  const name = text(configured.name);
  const handle = text(configured.handle)?.replace(/^[@＠]+/, '') || (name ? handleFrom(name) : undefined);
  const fallback = DEFAULT_AUTHOR[locale];
  const shownName = name ?? fallback.name;
  const shownHandle = handle || fallback.handle;

  const line = look.author === 'handle' ? { name: shownHandle, handle: null } : { name: shownName, handle: look.author === 'name' ? null : `@${shownHandle}` };
  return { ...line, initial: initialOf(line.name), time: look.time?.[locale] ?? null };
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** "Stadtwerke Müllheim" → "stadtwerkemullheim": what a handle made from the name would look like. */
function handleFrom(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '');
}

function initialOf(name: string): string {
  const first = graphemes(name.slice(0, 16))[0]?.text ?? '?';
  return first.toLocaleUpperCase();
}
