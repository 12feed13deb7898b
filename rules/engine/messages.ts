// Filling message templates: "{length}/{limit} characters" with the finding's data.

import type { LocalizedText } from './rule';
import type { Locale } from '../types';
import { groupDigits } from '../text/numbers';

const PLACEHOLDER = /\{(\w+)\}/g;

/** A template cut at its placeholders: text, or a placeholder's name and how it is written. */
type Part = string | { name: string; written: string };

// Every finding formats its message (and its fix's title), and there are few templates: each is
// cut into parts once instead of running a replace with a callback per finding.
const templates = new Map<string, Part[]>();
const MAX_TEMPLATES = 2000;

function partsOf(template: string): Part[] {
  let parts = templates.get(template);
  if (!parts) {
    parts = [];
    let last = 0;
    for (const match of template.matchAll(PLACEHOLDER)) {
      if (match.index > last) parts.push(template.slice(last, match.index));
      parts.push({ name: match[1], written: match[0] });
      last = match.index + match[0].length;
    }
    if (last < template.length) parts.push(template.slice(last));
    if (templates.size < MAX_TEMPLATES) templates.set(template, parts);
  }
  return parts;
}

export function formatMessage(text: LocalizedText, locale: Locale, data: Record<string, string | number> = {}): string {
  let message = '';
  for (const part of partsOf(text[locale])) {
    if (typeof part === 'string') {
      message += part;
      continue;
    }
    const value = data[part.name];
    message += value === undefined ? part.written : typeof value === 'number' ? formatNumber(value, locale) : value;
  }
  return message;
}

/** 63206 → "63,206" (en) / "63.206" (de); small numbers stay plain. */
export function formatNumber(value: number, locale: Locale): string {
  if (!Number.isInteger(value) || Math.abs(value) < 10000) return String(value);
  return groupDigits(value, locale);
}
