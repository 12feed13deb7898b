// The shape of `.postlintrc.json` and of the `postlint.*` settings (SPEC §4). The JSON schema in
// schemas/postlintrc.schema.json describes the same shape for editors and for validation.

import type { Locale, RuleId, Severity } from '../types';

export type RuleSeverity = Severity | 'off';
export type RuleSetting = RuleSeverity | [RuleSeverity] | [RuleSeverity, Record<string, unknown>];

export interface PostlintConfig {
  /** Sign-off for replies, e.g. "^SeSe" or a first name. */
  signOff?: string;
  /** Channels a post targets when its frontmatter names none. */
  channels?: string[];
  /** Form of address: du, sie, or avoid direct address. */
  address?: 'du' | 'sie' | 'avoid';
  /** Language of posts that do not say (`lang`); detected when unset. */
  lang?: Locale;
  /** Language of Postlint's messages. */
  locale?: Locale;
  competitors?: string[];
  customerData?: { referral?: string };
  words?: { rude?: string[]; allowed?: string[] };
  /** Per-channel length limits where an instance or account differs (Mastodon instances). */
  limits?: Partial<Record<string, number>>;
  /** Author line of the preview. */
  author?: { name?: string; handle?: string };
  rules?: Partial<Record<RuleId, RuleSetting>>;
}

/** A config problem with a position in its file (0-based offsets into the file text). */
export interface ConfigProblem {
  message: string;
  file?: string;
  start: number;
  end: number;
  line: number;
  character: number;
}
