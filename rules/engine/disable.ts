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
    let disabled = false;
    for (const directive of this.directives) {
      if (directive.rules && !directive.rules.has(ruleId)) continue;
      if (directive.to !== undefined) {
        if (offset >= directive.from && offset < directive.to) return true;
        continue;
      }
      if (directive.from <= offset) disabled = directive.kind === 'disable';
    }
    return disabled;
  }
}
