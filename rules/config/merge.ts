// Precedence (SPEC §4): frontmatter > .postlintrc.json > editor settings > defaults. Frontmatter is
// applied per post in engine/settings.ts; this merges the file over the editor's settings.

import type { PostlintConfig } from './types';

export function mergeConfigs(lower: PostlintConfig, higher: PostlintConfig): PostlintConfig {
  return {
    ...lower,
    ...higher,
    customerData: { ...lower.customerData, ...higher.customerData },
    words: { ...lower.words, ...higher.words },
    limits: { ...lower.limits, ...higher.limits },
    author: { ...lower.author, ...higher.author },
    rules: { ...lower.rules, ...higher.rules },
  };
}
