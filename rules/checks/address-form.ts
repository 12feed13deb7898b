// PLACEHOLDER — being written; replace this whole file.
import type { Rule } from '../engine/rule';

export const addressForm: Rule = {
  meta: {
    id: 'address-form',
    description: { en: '', de: '' },
    defaultSeverity: 'warning',
    fixable: 'none',
    messages: {},
  },
  check() {},
};
