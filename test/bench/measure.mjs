// Runs one command as a whole process and measures its wall time and peak resident memory.
//
// Wall time is taken here, around spawn → exit, with a monotonic clock. Peak RSS comes from GNU
// time (`/usr/bin/time -f %M`, the kernel's ru_maxrss of the child, in KB) when it is installed —
// exact and free of sampling. Without it, the child's VmHWM (the kernel's own high-water mark of its
// RSS) is read from /proc/<pid>/status every 10 ms; VmHWM only grows, so the last reading before
// exit misses at most the growth of the final 10 ms. Every tool measured here is one process (Node
// worker threads share it), so the child's figure is the tool's figure.

import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const GNU_TIME = '/usr/bin/time';

/** 'gnu-time' or 'proc-vmhwm': how peak RSS is measured on this machine. */
export function rssMethod() {
  return hasGnuTime() ? 'gnu-time' : 'proc-vmhwm';
}

let gnuTime;
function hasGnuTime() {
  // BENCH_RSS=proc forces the /proc sampler (to compare both methods, or to test the fallback).
  if (process.env.BENCH_RSS === 'proc') return false;
  if (gnuTime === undefined) {
    try {
      fs.accessSync(GNU_TIME, fs.constants.X_OK);
      gnuTime = true;
    } catch {
      gnuTime = false;
    }
  }
  return gnuTime;
}

/**
 * Runs `command args` in `cwd`, standard output and error into files (so that a tool's output
 * costs what it costs in CI, without a pipe that the harness must drain).
 * Resolves to { wallMs, peakRssKB, exitCode, signal, timedOut }.
 */
export async function measureProcess({ command, args, cwd, env, stdoutFile, stderrFile, timeoutMs = 30 * 60_000 }) {
  const out = fs.openSync(stdoutFile ?? os.devNull, 'w');
  const err = fs.openSync(stderrFile ?? os.devNull, 'w');
  const rssFile = path.join(os.tmpdir(), `postlint-bench-rss-${process.pid}-${Date.now()}.txt`);
  const viaTime = hasGnuTime();
  const [file, argv] = viaTime ? [GNU_TIME, ['-f', '%M', '-o', rssFile, command, ...args]] : [command, args];

  const started = process.hrtime.bigint();
  // detached: the child leads its own process group, so a timeout can end it and its children.
  const child = spawn(file, argv, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', out, err], detached: true });
  let sampledKB = 0;
  const sampler = viaTime ? undefined : setInterval(() => { sampledKB = Math.max(sampledKB, readVmHWM(child.pid)); }, 10);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
  }, timeoutMs);

  const { code, signal } = await new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (exitCode, exitSignal) => resolve({ code: exitCode, signal: exitSignal }));
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  clearTimeout(timer);
  if (sampler) clearInterval(sampler);
  fs.closeSync(out);
  fs.closeSync(err);

  let peakRssKB = sampledKB;
  let exitCode = code;
  if (viaTime) {
    const report = fs.existsSync(rssFile) ? fs.readFileSync(rssFile, 'utf8').trim().split('\n') : [];
    fs.rmSync(rssFile, { force: true });
    peakRssKB = Number(report.at(-1)) || 0;
    // GNU time reports a child killed by a signal as "Command terminated by signal N".
    const killed = report.find((line) => line.startsWith('Command terminated by signal'));
    if (killed) exitCode = 128 + Number(killed.split(' ').at(-1));
  }
  return { wallMs, peakRssKB, exitCode, signal, timedOut };
}

/** VmHWM of a live process in KB, 0 once it has exited. */
export function readVmHWM(pid) {
  return readStatusField(pid, 'VmHWM');
}

/** VmRSS of a live process in KB, 0 once it has exited. */
export function readVmRSS(pid) {
  return readStatusField(pid, 'VmRSS');
}

function readStatusField(pid, field) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}
