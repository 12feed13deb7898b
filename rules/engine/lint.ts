// Runs the rules over one document: parse → settings → rules → findings with fixes (document
// offsets), filtered by configuration and inline control comments.

import type { PostlintConfig, RuleSetting } from '../config/types';
import { parsePost, type ParsedPost } from '../post/parse';
import { SEVERITIES, type Finding, type Fix, type Locale, type RuleId, type Severity, type TextEdit } from '../types';
import { ALL_RULES } from './registry';
import { Suppressions } from './disable';
import { formatMessage } from './messages';
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
  const post = parsePost(text);
  const settings = resolveSettings(post, config, options.channels);
  const locale = options.locale ?? config.locale ?? settings.lang;
  const suppressions = new Suppressions(text, post.content.notes);
  const findings: Finding[] = [];
  const internalErrors: LintResult['internalErrors'] = [];
  const wantSuggestions = options.suggestions !== false;

  for (const rule of options.rules ?? ALL_RULES) {
    const configuration = ruleConfiguration(rule, config.rules?.[rule.meta.id]);
    if (configuration.off) continue;
    const toFix = (spec: FixSpec, inDocument: boolean): Fix => ({
      titleId: spec.titleId,
      title: formatMessage(rule.meta.messages[spec.titleId] ?? { en: spec.titleId, de: spec.titleId }, locale, spec.data),
      edits: inDocument ? spec.edits : spec.edits.flatMap((edit) => post.content.map.toDocEdits(edit)),
    });
    const context: RuleContext = {
      post,
      content: post.content.text,
      settings,
      options: configuration.options,
      report(report: Report) {
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
          suggestions: wantSuggestions ? suggestionSpecs(report).map((spec) => toFix(spec, report.inDocument === true)) : [],
        });
      },
    };
    try {
      rule.check(context);
    } catch (error) {
      internalErrors.push({ ruleId: rule.meta.id, error });
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return { findings, post, settings, locale, internalErrors };
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
