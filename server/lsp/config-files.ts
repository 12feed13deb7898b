// `.postlintrc.json` files for the server: the nearest one up from each post, read from disk and
// cached until the file changes (checked by modification time and size, so a save is seen even by
// clients that do not report file events). A broken file yields its problems — shown in the file
// itself — and an empty configuration, so linting goes on with the defaults (SPEC §4).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE_NAME, findConfigFile, loadConfigFile, parseConfig, type LoadedConfig } from '../../rules/config/load';
import type { ConfigProblem } from '../../rules/config/types';

const NONE: LoadedConfig = { config: {}, problems: [] };

export function isConfigFile(filePath: string): boolean {
  return path.basename(filePath) === CONFIG_FILE_NAME;
}

/** Checks the text of a config file; problem offsets point into `text` as given (BOM included). */
export function checkConfigText(text: string, file?: string): LoadedConfig {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const result = parseConfig(bom ? text.slice(1) : text, file);
  if (!bom) return result;
  return { ...result, problems: result.problems.map((problem) => ({ ...problem, start: problem.start + bom, end: problem.end + bom })) };
}

export type ConfigLoadListener = (file: string, text: string, problems: ConfigProblem[]) => void;

export class ConfigFiles {
  private readonly loaded = new Map<string, { stamp: string; result: LoadedConfig }>();

  /** `onLoad` hears of every (re)load of a file, to publish its problems. */
  constructor(private readonly onLoad: ConfigLoadListener) {}

  /** The configuration that applies to files in `directory`. */
  forDirectory(directory: string): LoadedConfig {
    const file = findConfigFile(directory);
    return file ? this.load(file) : NONE;
  }

  load(file: string): LoadedConfig {
    let stamp: string;
    try {
      const stat = fs.statSync(file);
      stamp = `${stat.mtimeMs}:${stat.size}`;
    } catch {
      // Gone between the lookup and now.
      this.loaded.delete(file);
      return NONE;
    }
    const cached = this.loaded.get(file);
    if (cached?.stamp === stamp) return cached.result;
    let text = '';
    let result: LoadedConfig;
    try {
      text = fs.readFileSync(file, 'utf8');
      result = checkConfigText(text, file);
    } catch {
      // Unreadable (a folder of that name, no permission): the engine words the problem.
      result = loadConfigFile(file);
    }
    this.loaded.set(file, { stamp, result });
    this.onLoad(file, text, result.problems);
    return result;
  }

  forget(file: string): void {
    this.loaded.delete(file);
  }

  /** Files loaded so far (whose problems may be on screen). */
  files(): string[] {
    return [...this.loaded.keys()];
  }
}
