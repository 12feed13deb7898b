// PLACEHOLDER — being written; replace this whole file.
import type { Rule } from '../engine/rule';

export const length: Rule = {
  meta: {
    id: 'length',
    description: { en: '', de: '' },
    defaultSeverity: 'warning',
    fixable: 'none',
    messages: {},
  },
  check() {},
};
