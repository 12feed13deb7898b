// Filling message templates: "{length}/{limit} characters" with the finding's data.

import type { LocalizedText } from './rule';
import type { Locale } from '../types';

const PLACEHOLDER = /\{(\w+)\}/g;

export function formatMessage(text: LocalizedText, locale: Locale, data: Record<string, string | number> = {}): string {
  return text[locale].replace(PLACEHOLDER, (whole, name: string) => {
    const value = data[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, locale) : value;
  });
}

/** 63206 → "63,206" (en) / "63.206" (de); small numbers stay plain. */
export function formatNumber(value: number, locale: Locale): string {
  if (!Number.isInteger(value) || Math.abs(value) < 10000) return String(value);
  return value.toLocaleString(locale === 'de' ? 'de-DE' : 'en-US');
}
