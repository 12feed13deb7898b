// The preview model (SPEC §6): a post as each of its channels would show it.

export { buildPreview, previewFromLint } from './build';
export { displayUrl } from './url-display';
export { networkLook, type NetworkLook } from './networks';
export type * from './model';
