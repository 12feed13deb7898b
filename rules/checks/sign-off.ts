// PLACEHOLDER — being written; replace this whole file.
import type { Rule } from '../engine/rule';

export const signOff: Rule = {
  meta: {
    id: 'sign-off',
    description: { en: '', de: '' },
    defaultSeverity: 'warning',
    fixable: 'none',
    messages: {},
  },
  check() {},
};
