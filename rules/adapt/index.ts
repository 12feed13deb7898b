// Channel adaptation ("Adapt for C"), for the editor command, the CLI and the server.

export { adaptPost, type AdaptOptions, type AdaptResult } from './adapt';
export { adaptedFileName } from './file-name';
export { AdaptError, type AdaptErrorCode } from './frontmatter';
