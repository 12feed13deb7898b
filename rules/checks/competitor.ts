// PLACEHOLDER — being written; replace this whole file.
import type { Rule } from '../engine/rule';

export const competitor: Rule = {
  meta: {
    id: 'competitor',
    description: { en: '', de: '' },
    defaultSeverity: 'warning',
    fixable: 'none',
    messages: {},
  },
  check() {},
};
