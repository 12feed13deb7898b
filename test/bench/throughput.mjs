// Throughput runs: each peer paired with a Postlint run on the same input, alternating
// (peer, Postlint, peer, Postlint, …). On a shared 2-core machine the load drifts within minutes;
// the two runs of a pair see about the same load, so the ratio within a pair is steadier than a
// ratio of medians taken minutes apart.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { measureProcess } from './measure.mjs';
import { fmtSeconds } from './format.mjs';

/** Collected samples of one tool across all its runs. */
export function toolResult(tool) {
  return { id: tool.id, label: tool.label, input: tool.input, wallMs: [], peakRssKB: [], exitCodes: [], problems: [], skipped: undefined };
}

/**
 * Runs `plan.runs` pairs of `peer` and `postlint` (without Postlint — no dist/cli.js — the peer
 * runs alone). After the first pair the count shrinks, if needed, so that all pairs fit
 * `plan.budgetMs`. `onPostlintOutput(file, exitCode)` is offered each Postlint run's JSON output
 * until it returns true.
 */
export async function runPairs({ peer, postlint, plan, workDir, log, onPostlintOutput }) {
  const pair = { title: plan.title, input: plan.inputName, target: plan.target, ratios: [], runs: 0, planned: plan.runs, skipped: undefined };
  let runs = plan.runs;
  for (let round = 0; round < runs; round++) {
    // A skipped peer skips its pair: a lone Postlint run would add nothing but minutes.
    if (!peer || peer.result.skipped) break;
    const peerRun = await runOnce(peer, workDir);
    const postlintRun = postlint && !postlint.result.skipped ? await runOnce(postlint, workDir) : undefined;
    if (postlintRun && onPostlintOutput?.(postlintRun.stdoutFile, postlintRun.exitCode)) onPostlintOutput = undefined;
    if (!peerRun) break;
    pair.runs++;
    if (peerRun && postlintRun) pair.ratios.push(plan.ratio(peerRun.wallMs, postlintRun.wallMs));
    log(`  ${plan.title} ${round + 1}/${runs}: ${describe(peer, peerRun)} | ${describe(postlint, postlintRun)}`);
    if (round === 0 && runs > 1) {
      const pairMs = peerRun.wallMs + (postlintRun?.wallMs ?? 0);
      const fitting = Math.max(1, Math.min(runs, Math.floor(plan.budgetMs / pairMs)));
      if (fitting < runs) {
        log(`  (${runs} runs would take about ${fmtSeconds(pairMs * runs)}; running ${fitting} to stay within ${fmtSeconds(plan.budgetMs)})`);
        runs = fitting;
      }
    }
  }
  if (!peer || peer.result.skipped) pair.skipped = peer?.result.skipped ?? 'peer not run';
  else if (!postlint || postlint.result.skipped) pair.skipped = postlint?.result.skipped ?? 'Postlint not run';
  return pair;
}

function describe(entry, run) {
  if (!entry || !run) return 'skipped';
  return `${entry.tool.id} ${fmtSeconds(run.wallMs)}, ${Math.round(run.peakRssKB / 1024)} MB${entry.tool.okExitCodes.includes(run.exitCode) ? '' : `, exit ${run.exitCode}`}`;
}

/** One measured run of a tool; its samples go into entry.result. */
async function runOnce({ tool, result }, workDir) {
  const stdoutFile = path.join(workDir, `${tool.id}.stdout`);
  const stderrFile = path.join(workDir, `${tool.id}.stderr`);
  let run;
  try {
    run = await measureProcess({ command: tool.command, args: tool.args, cwd: tool.cwd, stdoutFile, stderrFile });
  } catch (error) {
    result.skipped = `could not start: ${error.message}`;
    return undefined;
  }
  result.wallMs.push(run.wallMs);
  result.peakRssKB.push(run.peakRssKB);
  result.exitCodes.push(run.exitCode);
  if (run.timedOut) result.problems.push(`${tool.label}: a run was stopped after the time limit`);
  if (!tool.okExitCodes.includes(run.exitCode)) {
    const problem = `${tool.label} exited with ${run.exitCode}: ${lastLine(stderrFile)}`;
    if (!result.problems.includes(problem)) result.problems.push(problem);
  }
  return { ...run, stdoutFile };
}

function lastLine(file) {
  try {
    const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
    return (lines.at(-1) ?? '').slice(0, 200);
  } catch {
    return '';
  }
}
