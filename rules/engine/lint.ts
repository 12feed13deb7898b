// Runs the rules over one document: parse → settings → rules → findings with fixes (document
// offsets), filtered by configuration and inline control comments. Paragraph-scoped rules
// (RuleMeta.scope) run on each paragraph of the content; with a LintCache from the document's
// previous lint, only on the paragraphs whose text changed.

import type { PostlintConfig, RuleSetting } from '../config/types';
import { changesNoteMarkers } from '../post/content';
import { parsePost, type ParsedPost } from '../post/parse';
import { SEVERITIES, type Finding, type Fix, type Locale, type RuleId, type Severity, type TextEdit } from '../types';
import { ALL_RULES } from './registry';
import { Suppressions } from './disable';
import type { LintCache } from './lint-cache';
import { formatMessage } from './messages';
import { spansByParagraph as readSpansByParagraph, type ParagraphReading, type Span } from './paragraph-spans';
import { PostParagraphs, type LintParagraph } from './post-paragraphs';
import type { FixSpec, PostSettings, Report, Rule, RuleContext } from './rule';
import { resolveSettings } from './settings';

export interface LintOptions {
  config?: PostlintConfig;
  /** Language of the messages; default: config `locale`, else the post's language. */
  locale?: Locale;
  /** Channels that replace the post's own (`--channel`). */
  channels?: string[];
  /** The rules to run (all by default). */
  rules?: readonly Rule[];
  /**
   * Compute suggestions (lightbulb-only fixes)? Default true. The CLI and diagnostics-only callers
   * pass false: trimming and splitting are the costliest part of linting a long post.
   */
  suggestions?: boolean;
  /**
   * The document's cache (one per open document): what this lint finds per paragraph is kept for
   * the next lint of the same document. The result is the same with or without it. Rules' reports
   * are reused only when `suggestions` is false, since suggestions may depend on the whole post.
   */
  cache?: LintCache;
}

export interface LintResult {
  findings: Finding[];
  post: ParsedPost;
  settings: PostSettings;
  locale: Locale;
  /** Rules that threw; their findings are missing. Never expected: tests assert this is empty. */
  internalErrors: Array<{ ruleId: RuleId; error: unknown }>;
}

interface RuleConfiguration {
  severity?: Severity;
  off: boolean;
  options: Record<string, unknown>;
}

export function ruleConfiguration(rule: Rule, setting: RuleSetting | undefined): RuleConfiguration {
  const defaults = rule.meta.defaultOptions ?? {};
  if (setting === undefined) return { off: false, options: { ...defaults } };
  const [level, options] = Array.isArray(setting) ? [setting[0], setting[1]] : [setting, undefined];
  const merged = { ...defaults, ...(options && typeof options === 'object' ? options : {}) };
  if (level === 'off') return { off: true, options: merged };
  return { off: false, severity: SEVERITIES.includes(level as Severity) ? (level as Severity) : undefined, options: merged };
}

export function lint(text: string, options: LintOptions = {}): LintResult {
  const config = options.config ?? {};
  // The post's tokens are put together from its paragraphs' (see post-paragraphs.ts).
  let paragraphs: PostParagraphs | undefined;
  const post = parsePost(text, () => paragraphs!.tokens);
  const settings = resolveSettings(post, config, options.channels);
  const locale = options.locale ?? config.locale ?? settings.lang;
  // The settings key only matters to a cache: a CLI lint does not build it.
  paragraphs = new PostParagraphs(post.content.text, options.cache, options.cache ? settingsKey(settings) : '');
  const suppressions = new Suppressions(text, post.content.notes);
  const findings: Finding[] = [];
  const internalErrors: LintResult['internalErrors'] = [];
  const wantSuggestions = options.suggestions !== false;
  const reuseReports = options.cache !== undefined && !wantSuggestions;
  let paragraphPosts: ParsedPost[] | undefined;

  for (const rule of options.rules ?? ALL_RULES) {
    const configuration = ruleConfiguration(rule, config.rules?.[rule.meta.id]);
    if (configuration.off) continue;
    // A fix that would make or break a note marker is withheld (the finding stays): it would hide or
    // reveal text the writer did not touch.
    const toFix = (spec: FixSpec, inDocument: boolean): Fix | undefined => {
      const edits = inDocument ? spec.edits : spec.edits.flatMap((edit) => post.content.map.toDocEdits(edit));
      if (changesNoteMarkers(text, edits)) return undefined;
      const title = formatMessage(rule.meta.messages[spec.titleId] ?? { en: spec.titleId, de: spec.titleId }, locale, spec.data);
      return { titleId: spec.titleId, title, edits };
    };
    const report = (report: Report) => {
      const [start, end] = report.inDocument
        ? [report.start, report.end]
        : [post.content.map.toDocStart(report.start), post.content.map.toDocEnd(report.end)];
      if (suppressions.isSuppressed(rule.meta.id, start)) return;
      const message = rule.meta.messages[report.messageId];
      if (!message) throw new Error(`Rule ${rule.meta.id} has no message ${report.messageId}`);
      const data = { ...report.data };
      const channelName = report.channel ? settings.channels.find((channel) => channel.id === report.channel)?.shortName : undefined;
      const text = formatMessage(message, locale, data);
      findings.push({
        ruleId: rule.meta.id,
        messageId: report.messageId,
        data,
        message: channelName ? `[${channelName}] ${text}` : text,
        severity: configuration.severity ?? report.severity ?? rule.meta.defaultSeverity,
        channel: report.channel,
        start,
        end: Math.max(start, end),
        fix: report.fix ? toFix(report.fix, report.inDocument === true) : undefined,
        suggestions: wantSuggestions ? suggestionSpecs(report).flatMap((spec) => toFix(spec, report.inDocument === true) ?? []) : [],
      });
    };
    try {
      if (rule.meta.scope === 'paragraph') {
        const ruleKey = reuseReports ? `${rule.meta.id}\u0000${JSON.stringify(configuration.options)}` : '';
        const all = paragraphs.all;
        // The post as a paragraph-scoped rule sees it, made once per paragraph for all such rules.
        if (paragraphPosts === undefined) {
          // Filled by push, not made by map: see PostParagraphs.all.
          paragraphPosts = [];
          for (const paragraph of all) paragraphPosts.push(new ParagraphPost(post, paragraph));
        }
        for (let index = 0; index < all.length; index++) {
          const paragraph = all[index]!;
          const cached = reuseReports ? paragraph.entry?.reports.get(ruleKey) : undefined;
          const reports = cached ?? checkParagraph(rule, paragraph, paragraphPosts[index]!, { settings, options: configuration.options });
          // Kept without suggestions, which reused reports never need (a lazy one would pin the post).
          if (!cached && reuseReports) paragraph.entry?.reports.set(ruleKey, reports.map(withoutSuggestions));
          for (const found of reports) report(atOffset(found, paragraph.start));
        }
      } else {
        const spansByParagraph = <T extends Span>(reading: ParagraphReading<T>) =>
          readSpansByParagraph(reading, post.content.text, () => post.tokens.all, paragraphs.all, options.cache);
        rule.check({ post, content: post.content.text, settings, options: configuration.options, report, spansByParagraph });
      }
    } catch (error) {
      internalErrors.push({ ruleId: rule.meta.id, error });
    }
  }
  options.cache?.finish();
  findings.sort(byPosition);
  return { findings, post, settings, locale, internalErrors };
}

/**
 * Findings in document order; at the same range, by rule id. Rule ids are ASCII, so comparing code
 * units gives the same order as `localeCompare`, which would load ICU's collation data: about 2 MB
 * more resident memory in every process that lints.
 */
function byPosition(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/**
 * Everything a rule may read besides the text, as one key: a paragraph's cached reports are valid
 * while it stays the same. (The message locale is not in it: messages are formatted on every lint.)
 */
function settingsKey(settings: PostSettings): string {
  const { channels, kind, signOff, address, inReplyTo, lang, config } = settings;
  return JSON.stringify([channels.map((channel) => channel.id), kind, signOff, address, inReplyTo, lang, config]);
}

/** A paragraph-scoped rule's reports on one paragraph, in paragraph offsets. */
function checkParagraph(rule: Rule, paragraph: LintParagraph, post: ParsedPost, context: Pick<RuleContext, 'settings' | 'options'>): Report[] {
  const reports: Report[] = [];
  rule.check({
    post,
    settings: context.settings,
    options: context.options,
    content: paragraph.text,
    report(report) {
      if (report.inDocument) throw new Error(`Rule ${rule.meta.id} is paragraph-scoped but reported document offsets`);
      reports.push(report);
    },
    // A paragraph-scoped rule reads its paragraph alone.
    spansByParagraph: (reading) => reading.find(paragraph.text, paragraph.tokens.all),
  });
  return reports;
}

function withoutSuggestions(report: Report): Report {
  if (report.suggestions === undefined) return report;
  const copy = { ...report };
  delete copy.suggestions;
  return copy;
}

/**
 * The post as a paragraph-scoped rule sees it: with the paragraph's tokens (found on first use). A
 * class rather than an object literal with a getter: one shape for every paragraph.
 */
class ParagraphPost implements ParsedPost {
  readonly text: string;
  readonly frontmatter: ParsedPost['frontmatter'];
  readonly problems: ParsedPost['problems'];
  readonly bodyStart: number;
  readonly content: ParsedPost['content'];

  constructor(
    private readonly post: ParsedPost,
    private readonly paragraph: LintParagraph,
  ) {
    this.text = post.text;
    this.frontmatter = post.frontmatter;
    this.problems = post.problems;
    this.bodyStart = post.bodyStart;
    this.content = post.content;
  }

  get tokens(): ParsedPost['tokens'] {
    return this.paragraph.tokens;
  }

  measure(profile: Parameters<ParsedPost['measure']>[0], limit: number): ReturnType<ParsedPost['measure']> {
    return this.post.measure(profile, limit);
  }
}

/** A report in paragraph offsets, moved to content offsets. */
function atOffset(report: Report, offset: number): Report {
  if (offset === 0) return report;
  const move = (spec: FixSpec): FixSpec => ({
    ...spec,
    edits: spec.edits.map((edit) => ({ ...edit, start: edit.start + offset, end: edit.end + offset })),
  });
  const suggestions = report.suggestions;
  return {
    ...report,
    start: report.start + offset,
    end: report.end + offset,
    fix: report.fix && move(report.fix),
    suggestions: typeof suggestions === 'function' ? () => suggestions().map(move) : suggestions?.map(move),
  };
}

function suggestionSpecs(report: Report): FixSpec[] {
  const suggestions = report.suggestions;
  if (!suggestions) return [];
  return typeof suggestions === 'function' ? suggestions() : suggestions;
}

/** All edits of a finding's fix, for tests and for callers that apply them. */
export function fixEdits(finding: Finding): TextEdit[] {
  return finding.fix?.edits ?? [];
}
