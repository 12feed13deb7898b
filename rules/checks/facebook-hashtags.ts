// PLACEHOLDER — being written; replace this whole file.
import type { Rule } from '../engine/rule';

export const facebookHashtags: Rule = {
  meta: {
    id: 'facebook-hashtags',
    description: { en: '', de: '' },
    defaultSeverity: 'warning',
    fixable: 'none',
    messages: {},
  },
  check() {},
};
