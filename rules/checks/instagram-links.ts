// PLACEHOLDER — being written; replace this whole file.
import type { Rule } from '../engine/rule';

export const instagramLinks: Rule = {
  meta: {
    id: 'instagram-links',
    description: { en: '', de: '' },
    defaultSeverity: 'warning',
    fixable: 'none',
    messages: {},
  },
  check() {},
};
