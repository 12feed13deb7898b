// PLACEHOLDER — being written; replace this whole file.
import type { Rule } from '../engine/rule';

export const customerData: Rule = {
  meta: {
    id: 'customer-data',
    description: { en: '', de: '' },
    defaultSeverity: 'warning',
    fixable: 'none',
    messages: {},
  },
  check() {},
};
