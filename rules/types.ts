// Shared vocabulary of the engine. Everything here is plain data so that the server, the CLI and
// the tests can pass it around (and across the LSP wire) without conversion.

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

export type Locale = 'de' | 'en';
export const LOCALES: readonly Locale[] = ['de', 'en'];

export type ChannelId =
  | 'twitter'
  | 'facebook'
  | 'instagram'
  | 'linkedin'
  | 'mastodon'
  | 'bluesky'
  | 'threads';

export type RuleId =
  | 'length'
  | 'facebook-hashtags'
  | 'hashtag-count'
  | 'sign-off'
  | 'customer-data'
  | 'address-form'
  | 'competitor'
  | 'tone'
  | 'markdown'
  | 'instagram-links'
  | 'styled-unicode'
  | 'frontmatter';

/** Replace `text.slice(start, end)` by `newText`. Offsets are UTF-16 indices into the document. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** A fix or a suggestion: a titled set of non-overlapping edits of one document. */
export interface Fix {
  /** Message id of the title in the rule's `messages` (e.g. `fixTrim`). */
  titleId: string;
  /** Localised title, e.g. "Trim to 280 characters". */
  title: string;
  edits: TextEdit[];
}

/** One problem found in one document. Offsets are UTF-16 indices into the document text. */
export interface Finding {
  ruleId: RuleId;
  messageId: string;
  data: Record<string, string | number>;
  /** Localised message, already naming the channel where one applies ("[X] 312/280 characters"). */
  message: string;
  severity: Severity;
  channel?: ChannelId;
  start: number;
  end: number;
  /** A safe fix: applied by Fix All and `--fix`. */
  fix?: Fix;
  /** Suggestions: offered in the editor's lightbulb only. */
  suggestions: Fix[];
}
