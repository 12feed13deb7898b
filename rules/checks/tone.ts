// PLACEHOLDER — being written; replace this whole file.
import type { Rule } from '../engine/rule';

export const tone: Rule = {
  meta: {
    id: 'tone',
    description: { en: '', de: '' },
    defaultSeverity: 'warning',
    fixable: 'none',
    messages: {},
  },
  check() {},
};
