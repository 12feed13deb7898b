// PLACEHOLDER — being written; replace this whole file.
import type { Rule } from '../engine/rule';

export const styledUnicode: Rule = {
  meta: {
    id: 'styled-unicode',
    description: { en: '', de: '' },
    defaultSeverity: 'warning',
    fixable: 'none',
    messages: {},
  },
  check() {},
};
