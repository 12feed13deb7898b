// The engine's public surface, used by the server, the CLI and the tests.

export * from './types';
export { lint, ruleConfiguration, type LintOptions, type LintResult } from './engine/lint';
export { fixAll, collectSafeEdits, MAX_FIX_PASSES, type FixAllResult } from './engine/fix-all';
export { applyEdits, editsOverlap } from './engine/edits';
export { ALL_RULES, RULE_IDS, findRule } from './engine/registry';
export type { Rule, RuleMeta, RuleContext, PostSettings } from './engine/rule';
export { parsePost, type ParsedPost } from './post/parse';
export { CHANNELS, CHANNEL_IDS, findChannel, channelProfile, type ChannelProfile } from './channels/profiles';
export { measure, countTwitter, tokenCost } from './channels/count';
export { parseConfig, loadConfigFile, findConfigFile, CONFIG_FILE_NAME, type LoadedConfig } from './config/load';
export { mergeConfigs } from './config/merge';
export type { PostlintConfig, ConfigProblem } from './config/types';
export { LineIndex, type Position } from './text/positions';
export { closestMatch } from './text/suggest';
export { trimToFit } from './text/trim';
export { splitIntoThread, splitThreadParts } from './text/thread';
export { adaptPost, adaptedFileName, AdaptError } from './adapt';
