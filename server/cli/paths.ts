// Path spellings for machine formats, which want forward slashes on every platform.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

export function toPosixPath(file: string): string {
  return path.sep === '\\' ? file.replace(/\\/g, '/') : file;
}

/** A relative path as a URI reference: forward slashes, each segment percent-encoded. */
export function relativeUri(file: string): string {
  return toPosixPath(file).split('/').map(encodeURIComponent).join('/');
}

/** file:///… of a folder, with the trailing slash SARIF's uriBaseId needs. */
export function folderUri(folder: string): string {
  const uri = pathToFileURL(folder).href;
  return uri.endsWith('/') ? uri : `${uri}/`;
}

export { pathToFileURL };
