// The engine work the server does on a document's text, as pure functions of plain data so that
// each can run on the main thread or in the background worker (runner.ts) with the same result.

import { adaptPost, AdaptError } from '../../rules/adapt';
import { signOff as signOffRule } from '../../rules/checks/sign-off';
import { LintCache } from '../../rules/engine/lint-cache';
import type { Rule } from '../../rules/engine/rule';
import { buildPreview, type PreviewDocument } from '../../rules/preview';
import { fixAll, lint, type ChannelId, type Finding, type Locale, type PostlintConfig, type TextEdit } from '../../rules';
import type { ChannelCount, EditCommand } from '../protocol';
import type { MessageId } from './messages';
import { minimalEdit } from './minimal-edit';
import { capFindings } from './size-limit';

// The runner keeps one on the main thread (runner.ts); it comes from here so that the server bundle
// leaves the engine's code to dist/engine.js.
export { LintCache };

/** What the server passes to the engine for one document: merged configuration and message locale. */
export interface EngineOptions {
  config: PostlintConfig;
  locale?: Locale;
  /** Compute lightbulb-only suggestions (code actions need them; diagnostics do not). */
  suggestions?: boolean;
  /** The document's lint cache: the background worker keeps one per very large document. */
  cache?: LintCache;
}

export interface TaskInput {
  text: string;
  options: EngineOptions;
}

export interface LintOutcome {
  findings: Finding[];
  /** The post's channels with its length on each (status bar, hover, preview). */
  counts: ChannelCount[];
  /** Locale the messages are in; the server's own texts for this document use it too. */
  locale: Locale;
  /** Rules that threw (logged by the server; their findings are missing). */
  internalErrors: string[];
  /** Findings left out past MAX_DIAGNOSTICS (size-limit.ts): how many, and where the first starts. */
  omitted?: { count: number; start: number };
}

export function lintTask(input: TaskInput): LintOutcome {
  return capFindings(lintWithContent(input).outcome);
}

/** The lint of a document, and its published text (notes removed, trimmed). */
function lintWithContent({ text, options }: TaskInput): { outcome: LintOutcome; content: string } {
  const result = lint(text, options);
  const content = result.post.content.text;
  const counts = result.settings.channels.map((profile) => {
    // The length rule measured the post on each channel already; the post keeps those measurements.
    const { length, limit } = result.post.measure(profile, result.settings.limitOf(profile));
    return { channel: profile.id, channelName: profile.shortName, length, limit };
  });
  const outcome = {
    findings: result.findings,
    counts,
    locale: result.locale,
    internalErrors: result.internalErrors.map(({ ruleId, error }) => `${ruleId}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
  };
  return { outcome, content };
}

/** The preview model of the document (rules/preview): the lint plus how each channel shows the post. */
export function previewTask({ text, options }: TaskInput): PreviewDocument {
  // The preview lists problems, not their fixes: the costly trim and split suggestions are skipped.
  return buildPreview(text, { ...options, suggestions: false });
}

export interface EditsOutcome {
  /** Document offsets of the text the task was given. */
  edits: TextEdit[];
  /** Why there are no edits. */
  reason?: { id: MessageId; data?: Record<string, string | number> };
  locale: Locale;
}

/** Fix All: every safe fix, pass after pass (the engine's loop), as one minimal edit. */
export function fixAllTask({ text, options }: TaskInput): EditsOutcome {
  const fixed = fixAll(text, options);
  const locale = localeOf(text, options);
  const edit = minimalEdit(text, fixed.text);
  return edit ? { edits: [edit], locale } : { edits: [], reason: { id: 'reasonNothingToFix' }, locale };
}

export function commandEditsTask(input: TaskInput & { command: EditCommand }): EditsOutcome {
  switch (input.command) {
    case 'fixAll':
      return fixAllTask(input);
    case 'addSignOff':
      return addSignOffTask(input);
    case 'splitThread':
      return splitThreadTask(input);
    default:
      throw new Error(`Unknown command ${JSON.stringify(input.command)}`);
  }
}

/**
 * Add Sign-off: the `sign-off` rule's own fix, applied as if the post were a reply (the writer
 * asked for a sign-off explicitly, so it also works on posts and when the rule is switched off).
 */
function addSignOffTask({ text, options }: TaskInput): EditsOutcome {
  const asReply: Rule = {
    meta: signOffRule.meta,
    check: (context) => signOffRule.check({ ...context, settings: { ...context.settings, kind: 'reply' } }),
  };
  const config: PostlintConfig = { ...options.config, rules: { ...options.config.rules, 'sign-off': undefined } };
  const result = lint(text, { ...options, config, rules: [asReply] });
  const locale = result.locale;
  const configured = result.settings.signOff?.split('\n')[0].trim();
  const finding = result.findings.find((candidate) => candidate.ruleId === 'sign-off');
  if (finding?.fix) return { edits: finding.fix.edits, locale };
  if (!configured) return { edits: [], reason: { id: 'reasonNoSignOff' }, locale };
  if (result.post.content.text === '') {
    const at = result.post.content.map.toDocStart(0);
    return { edits: [{ start: at, end: at, newText: configured }], locale };
  }
  return { edits: [], reason: { id: 'reasonSignedOff', data: { signOff: configured } }, locale };
}

export const SPLIT_TITLE_ID = 'fixSplit';

/** Split into Thread: the `length` rule's split suggestion for the tightest channel that has one. */
function splitThreadTask(input: TaskInput): EditsOutcome {
  const { outcome } = lintWithContent(input);
  const tooLong = outcome.findings.filter((finding) => finding.ruleId === 'length' && finding.channel);
  const locale = outcome.locale;
  if (tooLong.length === 0) return { edits: [], reason: { id: 'reasonFits' }, locale };
  const byTightness = [...outcome.counts].sort((a, b) => b.length / b.limit - a.length / a.limit);
  for (const count of byTightness) {
    for (const finding of tooLong.filter((candidate) => candidate.channel === count.channel)) {
      const split = finding.suggestions.find((suggestion) => suggestion.titleId === SPLIT_TITLE_ID);
      if (split) return { edits: split.edits, locale };
    }
  }
  const tightest = byTightness.find((count) => tooLong.some((finding) => finding.channel === count.channel)) ?? byTightness[0];
  return { edits: [], reason: { id: 'reasonCannotSplit', data: { channel: tightest?.channelName ?? '' } }, locale };
}

export type AdaptOutcome = { text: string; length: number; limit: number } | { error: string };

export function adaptTask({ text, options, channel }: TaskInput & { channel: ChannelId }): AdaptOutcome {
  try {
    return adaptPost(text, channel, { config: options.config });
  } catch (error) {
    // The document cannot be adapted as it stands (e.g. broken frontmatter): a reason, not a crash.
    if (error instanceof AdaptError) return { error: error.message };
    throw error;
  }
}

function localeOf(text: string, options: EngineOptions): Locale {
  return options.locale ?? lint(text, { ...options, rules: [] }).locale;
}

/** Every task by name, for the background worker. */
export const TASKS = {
  lint: lintTask,
  preview: previewTask,
  commandEdits: commandEditsTask,
  adapt: adaptTask,
};
export type TaskName = keyof typeof TASKS;
export type TaskArgument<K extends TaskName> = Parameters<(typeof TASKS)[K]>[0];
export type TaskResult<K extends TaskName> = ReturnType<(typeof TASKS)[K]>;
