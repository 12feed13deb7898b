// Which files to lint: explicit files as named, every *.post.md below a folder, and glob matches.
// Globs go through tinyglobby; a folder is walked here (see postsBelow). node_modules and dot-names
// are skipped below a folder the user names (a dot-folder named explicitly is linted). Symbolic links
// below a folder are not followed: no loops, and no post is linted (or fixed) twice under two names.

import { readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import * as path from 'node:path';
import { CliError, describeFsError } from './errors';

// tinyglobby is loaded on first use: a run over folders never needs it. `require` makes the bundler
// take its CommonJS build: its ESM build (and fdir's) use import.meta.url, which is empty in the
// CommonJS bundle.
function tinyglobby(): typeof import('tinyglobby') {
  return require('tinyglobby');
}

export const POST_PATTERN = '**/*.post.md';
const IGNORE = ['**/node_modules/**'];

/** Absolute paths of the files to lint, without duplicates, in the order of the arguments. */
export async function discoverFiles(patterns: readonly string[], cwd: string): Promise<string[]> {
  const found = new Set<string>();
  for (const pattern of patterns) {
    for (const file of await expand(pattern, cwd)) found.add(file);
  }
  return [...found];
}

async function expand(pattern: string, cwd: string): Promise<string[]> {
  const absolute = path.resolve(cwd, pattern);
  let stats: Stats | undefined;
  try {
    // Synchronous, as the walk: the first asynchronous call would start libuv's thread pool, some
    // milliseconds before the first post is linted.
    stats = statSync(absolute);
  } catch (error) {
    // A path that does not exist may be a glob; a real file named like a glob wins above.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || !tinyglobby().isDynamicPattern(pattern)) {
      throw new CliError(`cannot read '${pattern}': ${describeFsError(error)}`);
    }
  }
  if (stats?.isFile()) return [absolute];
  if (stats?.isDirectory()) {
    const files = postsBelow(absolute);
    if (files.length === 0) throw new CliError(`no *.post.md files in '${pattern}'`);
    return files;
  }
  if (stats) throw new CliError(`cannot read '${pattern}': not a file or folder`);
  const files = await search(pattern, cwd);
  if (files.length === 0) throw new CliError(`no files match '${pattern}'`);
  return files;
}

/**
 * What the glob POST_PATTERN finds below `folder` with the options of `search` — files named
 * *.post.md, no dot-names, no node_modules, links not followed, unreadable folders passed over —
 * by walking the folder. The glob matches every path it finds against the pattern, which took about
 * 40 ms for ten thousand posts, all before the first post is linted; the walk needs no pattern and
 * takes about 15 ms (test/cli/files.test.ts compares the two on a tree with every kind of name).
 */
export function postsBelow(folder: string): string[] {
  folder = path.resolve(folder);
  const found: string[] = [];
  const folders = [folder];
  for (let next = folders.pop(); next !== undefined; next = folders.pop()) {
    let entries: Dirent[];
    try {
      entries = readdirSync(next, { withFileTypes: true });
    } catch {
      continue;
    }
    // `folder` is absolute and normal (path.resolve), and a name holds no separator and is no dot
    // segment (dot-names are skipped): joined by hand, the paths are normal without path.join.
    const prefix = next.endsWith(path.sep) ? next : next + path.sep;
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      // (A link is neither: Dirent describes the link itself.)
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') folders.push(prefix + entry.name);
      } else if (entry.isFile() && entry.name.endsWith('.post.md')) {
        found.push(prefix + entry.name);
      }
    }
  }
  return found.sort();
}

/** The files a glob finds below `cwd`: absolute, normalised and sorted. */
export async function search(pattern: string, cwd: string): Promise<string[]> {
  const files = await tinyglobby().glob(pattern, {
    cwd,
    absolute: true,
    dot: false,
    ignore: IGNORE,
    onlyFiles: true,
    expandDirectories: false,
    followSymbolicLinks: false,
  });
  return files.map(normalizedPath).sort();
}

/**
 * A `.` or `..` segment, or an empty one (a doubled, leading or trailing separator): what
 * path.normalize and path.relative would change. A path without one is normal already.
 */
const NOT_NORMAL = /(?:^|[\\/])(?:\.{1,2}(?=[\\/]|$)|[\\/]|$)/;

/**
 * True when `file`, an absolute path, is one that path.normalize would leave as it is, on a system
 * whose separator is `/`. (The leading separator is no empty segment. On Windows the answer is
 * always false: the search answers with forward slashes, and every path goes through path.normalize.)
 */
function isNormalPosixPath(file: string): boolean {
  return path.sep === '/' && !NOT_NORMAL.test(file.slice(1));
}

/**
 * path.normalize(file) for an absolute path, without its cost where it would change nothing: the
 * paths of a folder walk are normal already, and normalising ten thousand of them took 20–30 ms of a
 * run's start.
 */
export function normalizedPath(file: string): string {
  return isNormalPosixPath(file) ? file : path.normalize(file);
}

/**
 * path.dirname(file), without its cost for the usual absolute, normal path: a run of ten thousand
 * files asks for each file's folder twice before any thread lints (about 8 ms with path.dirname).
 */
export function folderOf(file: string): string {
  const cut = isNormalPosixPath(file) ? file.lastIndexOf('/') : -1;
  return cut > 0 ? file.slice(0, cut) : path.dirname(file);
}

/** How a file is named in reports: relative to the working folder where it lies below it. */
export function displayPath(file: string, cwd: string): string {
  // The usual case, a file found below the working folder, without path.relative's normalising of
  // both paths (a run of ten thousand files waits for these names before any thread lints).
  const below = cwd.endsWith(path.sep) ? cwd : cwd + path.sep;
  if (file.startsWith(below)) {
    const rest = file.slice(below.length);
    if (!NOT_NORMAL.test(rest)) return rest;
  }
  const relative = path.relative(cwd, file);
  return relative === '' || path.isAbsolute(relative) ? file : relative;
}
