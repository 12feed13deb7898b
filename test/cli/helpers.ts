// Shared helpers of the CLI process tests: run the bundled `dist/cli.js` as a user would, in
// temporary folders built from a { path: content } map.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after } from 'node:test';

export const ROOT = path.resolve(__dirname, '../../..');
export const CLI = path.join(ROOT, 'dist/cli.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  input?: string | Buffer;
  env?: Record<string, string | undefined>;
}

/** Runs `node dist/cli.js …args`; colour variables of the test's own environment are removed. */
export function runCli(args: readonly string[], options: RunOptions): CliResult {
  const env: Record<string, string | undefined> = { ...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd,
    input: options.input,
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary folder with these files (paths with `/`), removed after the test file. */
export function makeTree(files: Record<string, string | Buffer>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-cli-'));
  after(() => fs.rmSync(root, { recursive: true, force: true }));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, ...name.split('/'));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return root;
}

export interface JsonDiagnostic {
  rule: string;
  severity: string;
  channel: string | null;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  fixable: boolean;
}

export interface JsonEntry {
  file: string;
  diagnostics: JsonDiagnostic[];
}

export function parseJsonReport(stdout: string): JsonEntry[] {
  return JSON.parse(stdout) as JsonEntry[];
}

/** The rule ids reported for one file of a JSON report. */
export function rulesOf(report: JsonEntry[], file: string): string[] {
  const entry = report.find((candidate) => candidate.file === file);
  if (!entry) throw new Error(`${file} is not in the report: ${report.map((candidate) => candidate.file).join(', ')}`);
  return entry.diagnostics.map((diagnostic) => diagnostic.rule);
}

// Posts the tests share. Each is kept to one channel so that other rules stay quiet.

/** Passes every rule: one channel, no hashtags, no direct address, polite, short. */
export const CLEAN_POST = `---
channels: [facebook]
---
Heute ab 18 Uhr gibt es engineering on tap in unserem Büro. Thema: CI/CD unserer Systeme.
`;

/** `frontmatter` error: the channel `instagarm` (line 1, characters 21–30), suggestion only. */
export const TYPO_CHANNEL_POST = `---
channels: [facebook, instagarm]
---
Heute ab 18 Uhr gibt es engineering on tap in unserem Büro. Thema: CI/CD unserer Systeme.
`;

/** `facebook-hashtags` with a safe fix: `#Sommerfest` → `Sommerfest`. */
export const FACEBOOK_HASHTAG_POST = `---
channels: [facebook]
---
Heute feiern wir unser #Sommerfest im Büro in Düsseldorf.
`;
export const FACEBOOK_HASHTAG_FIXED = `---
channels: [facebook]
---
Heute feiern wir unser Sommerfest im Büro in Düsseldorf.
`;

/** `length` on X: 400 characters of plain English. */
export const LONG_TWEET = `---
channels: [twitter]
lang: en
---
${'Our new release makes every call clearer and every team a little calmer. '.repeat(6).trim()}
`;
