// Lints the posts of one run: reads files asynchronously a few at a time, lints each with the
// config of its folder, writes fixes back. Problems that make the run fail with exit 2 (unreadable
// files, rules that crashed) are collected as one-line messages instead of aborting the run.

import * as path from 'node:path';
import type { ChannelId, Locale } from '../../rules';
import type { ConfigResolver } from './configs';
import { describeFsError } from './errors';
import { displayPath } from './files';
import { lintText } from './lint-text';
import { mapConcurrent } from './pool';
import { decodePost, encodePost, readPost, writePost } from './read-post';
import type { FileReport } from './report';

export interface LintSettings {
  cwd: string;
  configs: ConfigResolver;
  fix: boolean;
  locale?: Locale;
  channels?: ChannelId[];
}

export interface LintRun {
  /** One per linted file, in the order of the files. */
  reports: FileReport[];
  /** "cannot read 'a.post.md': no such file" — each makes the run exit with 2. */
  failures: string[];
  /** --stdin --fix: the post after fixing (unchanged when nothing was fixable). */
  output?: string;
}

const CONCURRENCY = 16;

export async function lintFiles(files: readonly string[], settings: LintSettings): Promise<LintRun> {
  const outcomes = await mapConcurrent(files, CONCURRENCY, (file) => lintFile(file, settings));
  // Collected per file and joined in file order, so that output does not depend on disk timing.
  return {
    reports: outcomes.flatMap((outcome) => (outcome.report ? [outcome.report] : [])),
    failures: outcomes.flatMap((outcome) => outcome.failures),
  };
}

async function lintFile(file: string, settings: LintSettings): Promise<{ report?: FileReport; failures: string[] }> {
  const shown = displayPath(file, settings.cwd);
  const post = await readPost(file);
  if ('error' in post) return { failures: [`cannot read '${shown}': ${post.error}`] };
  const outcome = lintText({ ...jobSettings(settings, file), text: post.text });
  const failures = outcome.internalErrors.map((error) => `internal error in rule ${error} (in '${shown}')`);
  if (outcome.output !== undefined) {
    try {
      await writePost(file, { text: outcome.output, bom: post.bom });
    } catch (error) {
      failures.push(`cannot write '${shown}': ${describeFsError(error)}`);
    }
  }
  return { report: { file: shown, diagnostics: outcome.diagnostics }, failures };
}

/** Lints standard input; `name` (--stdin-filename) picks the config and names it in reports. */
export function lintStdin(bytes: Uint8Array, name: string | undefined, settings: LintSettings): LintRun {
  const shown = name === undefined ? '<stdin>' : displayPath(path.resolve(settings.cwd, name), settings.cwd);
  const post = decodePost(bytes);
  if ('error' in post) return { reports: [], failures: [`cannot read standard input: ${post.error}`] };
  const outcome = lintText({ ...jobSettings(settings, stdinPath(settings.cwd, name)), text: post.text });
  return {
    reports: [{ file: shown, diagnostics: outcome.diagnostics }],
    failures: outcome.internalErrors.map((error) => `internal error in rule ${error} (in '${shown}')`),
    output: settings.fix ? encodePost({ text: outcome.output ?? post.text, bom: post.bom }) : undefined,
  };
}

/** Where standard input counts as lying, for finding its config: --stdin-filename, else the working folder. */
export function stdinPath(cwd: string, name: string | undefined): string {
  return path.resolve(cwd, name ?? 'stdin.post.md');
}

function jobSettings(settings: LintSettings, file: string) {
  return {
    config: settings.configs.forDirectory(path.dirname(file)).config,
    locale: settings.locale,
    channels: settings.channels,
    fix: settings.fix,
  };
}
