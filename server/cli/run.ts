// One run of `postlint`: arguments → files → configs → lint (and fix) → report → exit code.
//   0  no errors (warnings within --max-warnings)
//   1  errors, or more warnings than --max-warnings
//   2  usage or configuration error, unreadable input, or a rule that crashed

import { version } from '../../package.json';
import { parseArguments, type CliOptions } from './args';
import { useColor } from './colors';
import { ConfigResolver, formatConfigProblem } from './configs';
import { CliError, UsageError } from './errors';
import { discoverFiles, folderOf } from './files';
import { FORMATTERS, SHOWS_FIXES } from './formatters';
import type { CliIO } from './io';
import { lintFiles, lintStdin, stdinPath, type LintSettings } from './lint-files';
import { totals, type FileReport } from './report';
import { usage } from './usage';

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    return await runChecked(argv, io);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    io.stderr.write(`postlint: ${error.message}\n`);
    if (error instanceof UsageError) io.stderr.write("Run 'postlint --help' for usage.\n");
    return 2;
  }
}

async function runChecked(argv: readonly string[], io: CliIO): Promise<number> {
  const options = parseArguments(argv);
  if (options.help) {
    io.stdout.write(usage());
    return 0;
  }
  if (options.version) {
    io.stdout.write(`${version}\n`);
    return 0;
  }
  if (!options.stdin && options.patterns.length === 0) {
    io.stderr.write(usage());
    return 2;
  }

  const configs = options.configFile ? ConfigResolver.fromFile(options.configFile, io.cwd) : ConfigResolver.search();
  const files = options.stdin ? [] : await discoverFiles(options.patterns, io.cwd);

  // A broken config stops the run before anything is linted or fixed with the wrong settings.
  const folders = new Set((options.stdin ? [stdinPath(io.cwd, options.stdinFilename)] : files).map(folderOf));
  const problems = configs.problemsFor(folders);
  if (problems.length > 0) {
    for (const problem of problems) io.stderr.write(`${formatConfigProblem(problem, io.cwd)}\n`);
    return 2;
  }

  const settings: LintSettings = {
    cwd: io.cwd,
    configs,
    fix: options.fix,
    reportFixes: SHOWS_FIXES.has(options.format),
    locale: options.locale,
    channels: options.channels,
    workers: io.workers,
  };
  const outcome = options.stdin ? lintStdin(await io.readStdin(), options.stdinFilename, settings) : await lintFiles(files, settings);

  // With --stdin --fix, standard output carries the fixed post (a filter); the report moves to stderr.
  const reportStream = outcome.output !== undefined ? io.stderr : io.stdout;
  if (outcome.output !== undefined) io.stdout.write(outcome.output);
  reportStream.write(
    FORMATTERS[options.format](outcome.reports, {
      cwd: io.cwd,
      color: options.format === 'stylish' && useColor(reportStream, io.env),
      docsDirectory: io.docsDirectory,
      locale: options.locale,
      version,
    }),
  );

  for (const failure of outcome.failures) io.stderr.write(`postlint: ${failure}\n`);
  if (outcome.failures.length > 0) return 2;
  return exitCode(outcome.reports, options, io);
}

function exitCode(reports: readonly FileReport[], options: CliOptions, io: CliIO): number {
  const count = totals(reports);
  if (count.errors > 0) return 1;
  if (options.maxWarnings !== undefined && count.warnings > options.maxWarnings) {
    io.stderr.write(`postlint: too many warnings (${count.warnings}, maximum: ${options.maxWarnings})\n`);
    return 1;
  }
  return 0;
}
