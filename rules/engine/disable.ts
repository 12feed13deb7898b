// Inline control comments (SPEC §3):
//   <!-- postlint-disable [rule-id …] -->        from here on
//   <!-- postlint-enable [rule-id …] -->         from here on again
//   <!-- postlint-disable-next-line [rule-id …] --> the line after the comment's line
// Without ids they apply to every rule.

import type { Note } from '../post/content';

const DIRECTIVE = /^postlint-(disable-next-line|disable|enable)(?:\s+([\s\S]*))?$/;

interface Directive {
  kind: 'disable' | 'enable';
  /** Undefined: every rule. */
  rules?: Set<string>;
  /** Document offset from which it applies. */
  from: number;
  /** For disable-next-line: where it stops applying. */
  to?: number;
}

export class Suppressions {
  private readonly directives: Directive[] = [];
  /** Per rule id, the directives that concern it, ready for binary search (built on first use). */
  private readonly byRule = new Map<string, RuleDirectives>();

  constructor(text: string, notes: readonly Note[]) {
    for (const note of notes) {
      const match = DIRECTIVE.exec(note.text);
      if (!match) continue;
      const ids = (match[2] ?? '')
        .split(/[\s,]+/)
        .map((id) => id.trim())
        .filter((id) => id !== '' && id !== '--');
      const rules = ids.length > 0 ? new Set(ids) : undefined;
      if (match[1] === 'disable-next-line') {
        const lineEnd = text.indexOf('\n', note.end);
        if (lineEnd === -1) continue;
        const nextLineEnd = text.indexOf('\n', lineEnd + 1);
        this.directives.push({ kind: 'disable', rules, from: lineEnd + 1, to: nextLineEnd === -1 ? text.length + 1 : nextLineEnd + 1 });
      } else {
        this.directives.push({ kind: match[1] as 'disable' | 'enable', rules, from: note.end });
      }
    }
  }

  get isEmpty(): boolean {
    return this.directives.length === 0;
  }

  /** Is a finding of `ruleId` starting at document offset `offset` switched off? */
  isSuppressed(ruleId: string, offset: number): boolean {
    if (this.directives.length === 0) return false;
    let forRule = this.byRule.get(ruleId);
    if (!forRule) {
      forRule = { toggles: [], lines: [] };
      for (const directive of this.directives) {
        if (directive.rules && !directive.rules.has(ruleId)) continue;
        if (directive.to !== undefined) forRule.lines.push(directive as Directive & { to: number });
        else forRule.toggles.push(directive);
      }
      this.byRule.set(ruleId, forRule);
    }
    // Directives come in document order, so `from` only grows (and so does `to` of next-line ones):
    // only the last directive that starts at or before the offset can apply.
    const line = lastStartingBy(forRule.lines, offset);
    if (line && offset < line.to) return true;
    return lastStartingBy(forRule.toggles, offset)?.kind === 'disable';
  }
}

interface RuleDirectives {
  /** disable / enable: the last one before a finding decides. */
  toggles: Directive[];
  /** disable-next-line: a finding inside one of these lines is switched off. */
  lines: Array<Directive & { to: number }>;
}

/** The last directive with `from <= offset` (directives sorted by `from`), by binary search. */
function lastStartingBy<T extends Directive>(directives: readonly T[], offset: number): T | undefined {
  let low = 0;
  let high = directives.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (directives[mid].from <= offset) low = mid + 1;
    else high = mid;
  }
  return low > 0 ? directives[low - 1] : undefined;
}
