// `npm run bench`: the performance benchmark of issue 5. Generates (or reuses) the corpus, runs the
// baseline and the peers side by side with Postlint, measures the language server's latency,
// start-up and size, profiles the CLI, checks that Postlint's findings on the corpus are unchanged,
// and writes BENCHMARKS.md.
//
//   node test/bench/run.mjs                    the full benchmark (about 10–12 minutes)
//   node test/bench/run.mjs --quick            one run of everything, fewer keystrokes (a smoke test;
//                                              its report goes to <tmp>/postlint-bench/BENCHMARKS.md)
//   node test/bench/run.mjs --check-findings   only: lint the corpus, compare with the snapshot (exit 1 if changed)
//   node test/bench/run.mjs --update-findings  record test/bench/findings-snapshot.json from this run
//   node test/bench/run.mjs --skip textlint,alex,editor,profile
//
// Environment: BENCH_RUNS (pairs for the fast tools, default 5), BENCH_SLOW_RUNS (pairs for
// textlint and alex, default 3), BENCH_SEED (42), BENCH_COUNT (10000).

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_COUNT, DEFAULT_SEED, ensureCorpus } from './corpus.mjs';
import { canonicalFindings, compare, storeFindings, summarise } from './findings.mjs';
import { fmtSeconds } from './format.mjs';
import { LSP_DEFAULTS, measureEditor } from './lsp-latency.mjs';
import { measureProcess, rssMethod } from './measure.mjs';
import { formatProfile, profileCli } from './profile.mjs';
import { writeReport } from './report.mjs';
import { measureSizes } from './sizes.mjs';
import { median } from './stats.mjs';
import { runPairs, toolResult } from './throughput.mjs';
import { defineTools, writeTextlintConfig } from './tools.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// The snapshot in the repository belongs to the default corpus; other seeds or sizes keep theirs
// beside their cached corpus.
function snapshotFile(corpus) {
  return corpus.seed === DEFAULT_SEED && corpus.count === DEFAULT_COUNT
    ? path.join(repoRoot, 'test/bench/findings-snapshot.json')
    : path.join(corpus.root, 'findings-snapshot.json');
}
// BENCHMARKS.md holds the full benchmark on the default corpus only; a --quick run or another
// corpus writes its report to the temp folder, so a smoke test never replaces the real figures.
function reportFile(corpus, options) {
  return corpus.seed === DEFAULT_SEED && corpus.count === DEFAULT_COUNT && !options.quick
    ? path.join(repoRoot, 'BENCHMARKS.md')
    : path.join(os.tmpdir(), 'postlint-bench', 'BENCHMARKS.md');
}

// Time each comparison may take in total; the number of pairs shrinks to fit (see throughput.mjs).
const BUDGET_MS = { baseline: 120_000, markdownlint: 150_000, textlint: 330_000, alex: 120_000 };

function parseOptions(argv) {
  const skipAt = argv.indexOf('--skip');
  const quick = argv.includes('--quick');
  return {
    quick,
    checkOnly: argv.includes('--check-findings'),
    update: argv.includes('--update-findings'),
    skip: new Set(skipAt === -1 ? [] : argv[skipAt + 1].split(',')),
    runs: quick ? 1 : positive(process.env.BENCH_RUNS, 5),
    slowRuns: quick ? 1 : positive(process.env.BENCH_SLOW_RUNS, 3),
    seed: positive(process.env.BENCH_SEED, DEFAULT_SEED),
    count: positive(process.env.BENCH_COUNT, DEFAULT_COUNT),
    lsp: quick ? { starts: 3, keystrokes: 100, warmup: 20, largeKeystrokes: 5, largeOpens: 1, previews: 50 } : {},
  };
}

function positive(value, fallback) {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : fallback;
}

function log(line) {
  console.log(line);
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const started = performance.now();
  log(`corpus: generating or reusing ${options.count} posts (seed ${options.seed}) …`);
  const corpus = ensureCorpus({ seed: options.seed, count: options.count });
  log(`corpus: ${corpus.postsDir} (${corpus.files} files, ${(corpus.bytes / 1e6).toFixed(2)} MB)`);
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-bench-run-'));
  try {
    if (options.checkOnly) return await checkFindings({ corpus, workDir, options });
    const report = reportFile(corpus, options);
    await fullBenchmark({ corpus, workDir, options, report });
    log(`\ndone in ${fmtSeconds(performance.now() - started)}; wrote ${report}`);
    return 0;
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

/** --check-findings: one Postlint run on the corpus, compared with the snapshot. */
async function checkFindings({ corpus, workDir, options }) {
  const { postlint } = defineTools({ repoRoot, corpus, textlintConfig: '' });
  if (!fs.existsSync(path.join(repoRoot, 'dist/cli.js'))) {
    log('dist/cli.js does not exist: run `npm run build` first');
    return 2;
  }
  const output = path.join(workDir, 'postlint.json');
  const run = await measureProcess({ command: postlint.command, args: postlint.args, cwd: postlint.cwd, stdoutFile: output, stderrFile: path.join(workDir, 'postlint.stderr') });
  log(`Postlint linted the corpus in ${fmtSeconds(run.wallMs)} (exit ${run.exitCode})`);
  const findings = evaluateFindings({ corpus, outputFile: output, exitCode: run.exitCode, update: options.update });
  for (const line of findings.lines) log(line);
  log(`findings: ${findings.status}`);
  return findings.status === 'same' || findings.status === 'recorded' ? 0 : 1;
}

async function fullBenchmark({ corpus, workDir, options, report }) {
  const textlintConfig = writeTextlintConfig(workDir);
  const tools = defineTools({ repoRoot, corpus, textlintConfig });
  const entry = (tool) => ({ tool, result: toolResult(tool) });
  const entries = {
    baseline: entry(tools.baseline),
    postlint: entry(tools.postlint),
    markdownlint: entry(tools.markdownlint),
    textlint: entry(tools.textlint),
    alex: entry(tools.alex),
    postlintSubset: entry(tools.postlintSubset),
  };
  if (!fs.existsSync(path.join(repoRoot, 'dist/cli.js'))) {
    entries.postlint.result.skipped = entries.postlintSubset.result.skipped = 'dist/cli.js does not exist (run `npm run build`)';
  }
  for (const id of ['markdownlint', 'textlint', 'alex']) {
    if (options.skip.has(id)) entries[id].result.skipped = 'skipped with --skip';
  }
  const machine = describeMachine();

  log('\nthroughput (whole processes, paired with Postlint):');
  let postlintOutput;
  // The findings check uses the first Postlint run on the corpus that did not crash (exit 2 means
  // a rule threw: its findings are incomplete).
  let postlintExit;
  const keepOutput = (file, exitCode) => {
    postlintOutput = path.join(workDir, 'postlint-findings.json');
    postlintExit = exitCode;
    fs.copyFileSync(file, postlintOutput);
    return exitCode === 0 || exitCode === 1;
  };
  const plans = comparisonPlans(corpus, options);
  const throughput = [];
  for (const plan of plans) {
    throughput.push(await runPairs({
      peer: entries[plan.key], postlint: entries[plan.partner], plan, workDir, log,
      onPostlintOutput: plan.partner === 'postlint' && !(postlintExit === 0 || postlintExit === 1) ? keepOutput : undefined,
    }));
  }

  log('\nfindings check:');
  const findings = postlintOutput
    ? evaluateFindings({ corpus, outputFile: postlintOutput, exitCode: postlintExit, update: options.update })
    : undefined;
  if (findings) for (const line of [`  ${findings.status}`, ...findings.lines.slice(0, 12).map((line) => `  ${line}`)]) log(line);

  let editor = [];
  if (!options.skip.has('editor')) {
    log('\neditor latency (dist/server.js over stdio):');
    editor = await measureEditor({ repoRoot, corpus, workDir, options: { ...LSP_DEFAULTS, ...options.lsp } });
    for (const row of editor) log(`  ${row.id}: ${row.status === 'ok' ? JSON.stringify(rounded(row)) : `${row.status}: ${row.reason}`}`);
  }

  let profile;
  if (!options.skip.has('profile') && !entries.postlint.result.skipped) {
    log('\nprofile (node --cpu-prof, one CLI run):');
    try {
      profile = profileCli({ repoRoot, corpus, workDir });
      log(formatProfile(profile, 10).split('\n').map((line) => `  ${line}`).join('\n'));
    } catch (error) {
      profile = { error: error.message };
      log(`  skipped: ${error.message}`);
    }
  }

  machine.loadEnd = os.loadavg()[0];
  const results = {
    machine,
    corpus,
    tools: ['baseline', 'postlint', 'markdownlint', 'textlint', 'postlintSubset', 'alex'].map((key) => entries[key].result),
    throughput,
    findings,
    editor,
    sizes: measureSizes(repoRoot),
    profile,
    commands: commandLines(tools),
  };
  writeReport(report, results);
  fs.writeFileSync(path.join(os.tmpdir(), 'postlint-bench', 'last-results.json'), `${JSON.stringify(results, null, 2)}\n`);

  log('\nsummary:');
  for (const pair of throughput) {
    log(`  ${pair.title.padEnd(30)} ${pair.ratios.length ? `${median(pair.ratios).toFixed(2)}× over ${pair.ratios.length} pairs` : `skipped: ${pair.skipped}`}`);
  }
}

/** The four comparisons of issue 5, each a peer paired with Postlint on the same input. */
function comparisonPlans(corpus, options) {
  const corpusInput = `${corpus.files.toLocaleString('en-US')} posts`;
  const subsetInput = `${corpus.subsetFiles.toLocaleString('en-US')} posts`;
  const postlintOverPeer = (peerMs, postlintMs) => postlintMs / peerMs;
  const peerOverPostlint = (peerMs, postlintMs) => peerMs / postlintMs;
  return [
    { key: 'baseline', partner: 'postlint', title: 'Postlint ÷ baseline', inputName: corpusInput, runs: options.runs, budgetMs: BUDGET_MS.baseline,
      ratio: postlintOverPeer, target: { text: '≤ 1.5×', test: (value) => value <= 1.5 } },
    { key: 'markdownlint', partner: 'postlint', title: 'markdownlint-cli2 ÷ Postlint', inputName: corpusInput, runs: options.runs, budgetMs: BUDGET_MS.markdownlint,
      ratio: peerOverPostlint, target: { text: '≥ 5×', test: (value) => value >= 5 } },
    { key: 'textlint', partner: 'postlint', title: 'textlint ÷ Postlint', inputName: corpusInput, runs: options.slowRuns, budgetMs: BUDGET_MS.textlint,
      ratio: peerOverPostlint, target: { text: '≥ 20×', test: (value) => value >= 20 } },
    { key: 'alex', partner: 'postlintSubset', title: 'alex ÷ Postlint', inputName: subsetInput, runs: options.slowRuns, budgetMs: BUDGET_MS.alex,
      ratio: peerOverPostlint },
  ];
}

/**
 * Canonicalises Postlint's JSON output, compares it with the snapshot, and records the snapshot
 * when there is none yet or --update-findings asks for it. A run that exited with 2 (a rule
 * crashed) is never recorded: its findings are incomplete.
 */
function evaluateFindings({ corpus, outputFile, exitCode, update }) {
  let findings;
  try {
    findings = canonicalFindings(fs.readFileSync(outputFile, 'utf8'));
  } catch (error) {
    return { status: 'failed', lines: [`Postlint's output is not the expected JSON: ${error.message}`], summary: undefined };
  }
  const summary = summarise(findings, corpus);
  storeFindings(findings, summary, corpus);
  const crashed = exitCode !== 0 && exitCode !== 1;
  const snapshot = snapshotFile(corpus);
  const shown = path.relative(repoRoot, snapshot).startsWith('..') ? snapshot : path.relative(repoRoot, snapshot);
  const exists = fs.existsSync(snapshot);
  if ((update || !exists) && !crashed) {
    fs.writeFileSync(snapshot, `${JSON.stringify(summary, null, 2)}\n`);
    return { status: 'recorded', lines: [`recorded ${summary.findings} findings in ${summary.files} files to ${shown}`], summary };
  }
  const notes = crashed ? [`Postlint exited with ${exitCode} (a rule crashed): findings are incomplete and were not recorded`] : [];
  if (!exists) return { status: 'not recorded', lines: notes, summary };
  const result = compare(JSON.parse(fs.readFileSync(snapshot, 'utf8')), summary, findings, corpus);
  return { ...result, lines: [...notes, ...result.lines], summary };
}

function describeMachine() {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    cpus: os.availableParallelism?.() ?? cpus.length,
    cpuModel: cpus[0]?.model?.trim() ?? 'unknown CPU',
    memoryGB: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    rssMethod: rssMethod(),
    loadStart: os.loadavg()[0],
    loadEnd: NaN,
  };
}

function commandLines(tools) {
  return [
    `${tools.baseline.display.padEnd(44)} # baseline`,
    `${tools.postlint.display.padEnd(44)} # Postlint (posts/ and subset/)`,
    `${tools.markdownlint.display.padEnd(44)} # markdownlint-cli2, default rules`,
    `${tools.alex.display.padEnd(44)} # alex, in subset/`,
    `# textlint, from the repository (so it finds its rule packages):`,
    tools.textlint.display,
    `# editor: node dist/server.js --stdio, driven over stdio by test/bench/lsp-latency.mjs`,
    `# profile: node --cpu-prof --cpu-prof-dir <tmp> dist/cli.js --format json .`,
  ];
}

function rounded(row) {
  return Object.fromEntries(Object.entries(row).filter(([key]) => key !== 'id' && key !== 'status')
    .map(([key, value]) => [key, typeof value === 'number' ? Math.round(value * 100) / 100 : value]));
}

process.exitCode = await main();
