// What a rule is: metadata (ESLint-style `meta` with message ids) and a check over one post.

import type { ChannelProfile } from '../channels/profiles';
import type { PostlintConfig } from '../config/types';
import type { ParsedPost } from '../post/parse';
import type { AddressForm } from '../post/frontmatter';
import type { ChannelId, Locale, RuleId, Severity, TextEdit } from '../types';
import type { ParagraphReading, Span } from './paragraph-spans';

export interface LocalizedText {
  en: string;
  de: string;
}

export interface RuleMeta {
  id: RuleId;
  /** One line for docs and the CLI's rule list. */
  description: LocalizedText;
  defaultSeverity: Severity;
  /** `safe`: has fixes for Fix All; `suggestion`: lightbulb only; `both`; `none`. */
  fixable: 'safe' | 'suggestion' | 'both' | 'none';
  /** Messages and fix titles by message id; `{name}` placeholders are filled from the data. */
  messages: Record<string, LocalizedText>;
  /** Default options; `.postlintrc.json` may override them per rule. */
  defaultOptions?: Record<string, unknown>;
  /**
   * `paragraph`: the rule reads one paragraph (text between blank lines) at a time — its findings
   * never depend on another paragraph. The engine then runs it on each paragraph separately, with
   * `content` and `post.tokens` those of the paragraph (`post.content` stays the whole post's, for
   * suggestions that depend on it), and a document's next lint re-runs it only on paragraphs whose
   * text changed (see lint-cache.ts). `post` (the default): the rule reads the whole post at once.
   */
  scope?: 'post' | 'paragraph';
}

/** The settings of one post after frontmatter, config and defaults are merged (SPEC §4). */
export interface PostSettings {
  channels: ChannelProfile[];
  kind: 'post' | 'reply';
  signOff?: string;
  address: AddressForm;
  inReplyTo?: string;
  lang: Locale;
  /** Per-channel limit, where the config overrides the profile's. */
  limitOf(channel: ChannelProfile): number;
  config: PostlintConfig;
}

export interface FixSpec {
  titleId: string;
  data?: Record<string, string | number>;
  /** Edits in content offsets (or document offsets when the report says `inDocument`). */
  edits: TextEdit[];
}

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  /** Content offsets, or document offsets when `inDocument` is set. */
  start: number;
  end: number;
  inDocument?: boolean;
  channel?: ChannelId;
  /** Severity of this finding where the rule grades its findings (hashtag-count); config wins. */
  severity?: Severity;
  fix?: FixSpec;
  /**
   * Lightbulb-only fixes. Pass a function when they are costly (trim, split): the engine calls it
   * only when the caller wants suggestions (the editor's code actions, not the CLI).
   */
  suggestions?: FixSpec[] | (() => FixSpec[]);
}

export interface RuleContext {
  post: ParsedPost;
  /** The published text (body without notes, LF line ends, trimmed). */
  content: string;
  settings: PostSettings;
  /** The rule's options: its defaults merged with the config's. */
  options: Record<string, unknown>;
  report(report: Report): void;
  /**
   * The spans `reading` finds in `content`, found paragraph by paragraph and kept between lints of
   * a document, so that a keystroke in a long post re-reads only what it changed (paragraph-spans.ts).
   */
  spansByParagraph<T extends Span>(reading: ParagraphReading<T>): T[];
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}
