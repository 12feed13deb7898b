// PLACEHOLDER — being written; replace this whole file.
import type { Rule } from '../engine/rule';

export const hashtagCount: Rule = {
  meta: {
    id: 'hashtag-count',
    description: { en: '', de: '' },
    defaultSeverity: 'warning',
    fixable: 'none',
    messages: {},
  },
  check() {},
};
