// PLACEHOLDER — being written; replace this whole file.
import type { Rule } from '../engine/rule';

export const markdown: Rule = {
  meta: {
    id: 'markdown',
    description: { en: '', de: '' },
    defaultSeverity: 'warning',
    fixable: 'none',
    messages: {},
  },
  check() {},
};
