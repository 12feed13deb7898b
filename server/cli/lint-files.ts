// Lints the posts of one run: each file with the config of its folder, fixes written back. Many
// files are spread over worker threads (parallel.ts); a few are linted right here. Problems that
// make the run fail with exit 2 (unreadable files, rules that crashed) are collected as one-line
// messages instead of aborting the run.

import * as path from 'node:path';
import type { ChannelId, Locale, PostlintConfig } from '../../rules';
import type { ConfigResolver } from './configs';
import { describeFsError } from './errors';
import { displayPath, folderOf } from './files';
import { lintText, type LintOutcome } from './lint-text';
import { lintInParallel, shouldRunInParallel } from './parallel';
import { decodePost, describeReadError, encodePost, readPost, writePost } from './read-post';
import type { FileReport } from './report';
import type { LintWorkers } from './worker-pool';

export interface LintSettings {
  cwd: string;
  configs: ConfigResolver;
  fix: boolean;
  /** The format shows each safe fix (FileReport.fixes). */
  reportFixes: boolean;
  locale?: Locale;
  channels?: ChannelId[];
  /** Worker threads started for this run (worker-pool.ts); without them everything runs here. */
  workers?: LintWorkers;
}

export interface LintRun {
  /** One per linted file, in the order of the files. */
  reports: FileReport[];
  /** "cannot read 'a.post.md': no such file" — each makes the run exit with 2. */
  failures: string[];
  /** --stdin --fix: the post after fixing (unchanged when nothing was fixable). */
  output?: Uint8Array;
}

/** One file to lint, as plain data (it may travel to a worker thread). */
export interface FileJob {
  file: string;
  /** The name shown in reports and messages. */
  shown: string;
  config: PostlintConfig;
}

/** What every file of a run shares. */
export interface JobOptions {
  locale?: Locale;
  channels?: ChannelId[];
  fix: boolean;
  reportFixes: boolean;
}

export interface FileOutcome {
  report?: FileReport;
  failures: string[];
}

export async function lintFiles(files: readonly string[], settings: LintSettings): Promise<LintRun> {
  const jobs: FileJob[] = files.map((file) => ({
    file,
    shown: displayPath(file, settings.cwd),
    config: settings.configs.forDirectory(folderOf(file)).config,
  }));
  const options: JobOptions = { locale: settings.locale, channels: settings.channels, fix: settings.fix, reportFixes: settings.reportFixes };
  const { workers } = settings;
  if (workers && shouldRunInParallel(jobs.length, workers)) return collect(await lintInParallel(jobs, options, workers));
  // Not awaited: the threads end on their own time, on another core.
  void workers?.stop();
  return collect(jobs.map((job) => lintFile(job, options)));
}

function collect(outcomes: readonly FileOutcome[]): LintRun {
  // Collected per file and joined in file order, so that output does not depend on timing.
  return {
    reports: outcomes.flatMap((outcome) => (outcome.report ? [outcome.report] : [])),
    failures: outcomes.flatMap((outcome) => outcome.failures),
  };
}

/** Reads, lints and (with --fix) writes back one file. */
export function lintFile(job: FileJob, options: JobOptions): FileOutcome {
  const post = readPost(job.file);
  if ('error' in post) return { failures: [describeReadError(job.shown, post)] };
  const outcome = lintText({ ...options, config: job.config, text: post.text });
  const failures = outcome.internalErrors.map((error) => `internal error in rule ${error} (in '${job.shown}')`);
  if (outcome.output !== undefined) {
    try {
      writePost(job.file, { ...post, text: outcome.output });
    } catch (error) {
      failures.push(`cannot write '${job.shown}': ${describeFsError(error)}`);
    }
  }
  return { report: reportOf(job.shown, outcome), failures };
}

/** Lints standard input; `name` (--stdin-filename) picks the config and names it in reports. */
export function lintStdin(bytes: Uint8Array, name: string | undefined, settings: LintSettings): LintRun {
  const shown = name === undefined ? '<stdin>' : displayPath(path.resolve(settings.cwd, name), settings.cwd);
  const post = decodePost(bytes);
  if ('error' in post) return { reports: [], failures: [describeReadError(name === undefined ? '<stdin>' : shown, post)] };
  const config = settings.configs.forDirectory(path.dirname(stdinPath(settings.cwd, name))).config;
  const outcome = lintText({ config, locale: settings.locale, channels: settings.channels, fix: settings.fix, reportFixes: settings.reportFixes, text: post.text });
  return {
    reports: [reportOf(shown, outcome)],
    failures: outcome.internalErrors.map((error) => `internal error in rule ${error} (in '${shown}')`),
    output: settings.fix ? encodePost({ ...post, text: outcome.output ?? post.text }) : undefined,
  };
}

function reportOf(file: string, outcome: LintOutcome): FileReport {
  return outcome.fixes ? { file, diagnostics: outcome.diagnostics, fixes: outcome.fixes } : { file, diagnostics: outcome.diagnostics };
}

/** Where standard input counts as lying, for finding its config: --stdin-filename, else the working folder. */
export function stdinPath(cwd: string, name: string | undefined): string {
  return path.resolve(cwd, name ?? 'stdin.post.md');
}
