#!/usr/bin/env node
// Runs a VS Code extension test suite offline: code-server (VS Code's server + web
// workbench, installed by setup-code-server.mjs) serves the workbench on loopback, and
// Debian's Chromium, driven by playwright-core, opens it with extensionDevelopmentPath /
// extensionTestsPath in the URL payload. The suite's run() then executes in code-server's
// extension host and reports through files (see "Results protocol" in README.md):
//   $POSTLINT_TEST_RESULTS.started  written when run() starts: {"pid": <extension host pid>}
//   $POSTLINT_TEST_RESULTS          written when it ends: {passed, failed, failures, tests}
//
// Usage:
//   node test/vscode/run-in-code-server.mjs --extension <dir> --suite <index.js>
//        --workspace <dir> [--results <file>] [--timeout <ms>] [--vsix <file>] [--keep]
//
// Exit codes: 0 = all tests passed (and at least one ran), 1 = tests failed or none ran,
// 2 = the harness failed (workbench, extension host or suite did not start, crash, timeout).

import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { parseArgs } from 'node:util';

import { CHROMIUM_PATH, CODE_SERVER_VERSION, codeServerDir, codeServerEntry, readMarker } from './code-server-paths.mjs';

const POLL_MS = 100; // interval for checking files / health while waiting on an event
const SERVER_READY_MS = 60_000;
const WORKBENCH_READY_MS = 120_000;
const SUITE_START_MS = 120_000; // from workbench shown to the suite's run() being called
const DEFAULT_TIMEOUT_MS = 600_000;

class HarnessError extends Error {}

const USAGE = `usage: node test/vscode/run-in-code-server.mjs --extension <dir> --suite <index.js> --workspace <dir>
       [--results <file>] [--timeout <ms>] [--vsix <file>] [--keep]

  --extension  extension development folder (its package.json); optional with --vsix
  --suite      compiled suite entry exporting run() (extensionTestsPath)
  --workspace  folder to open in the workbench
  --results    where the suite writes its JSON results (default: in a temp run folder)
  --timeout    overall limit in ms (default ${DEFAULT_TIMEOUT_MS})
  --vsix       install this packaged extension into the test profile before starting
  --keep       keep the temp run folder (profile, logs) even when everything passes`;

function parseCli() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        extension: { type: 'string' },
        suite: { type: 'string' },
        workspace: { type: 'string' },
        results: { type: 'string' },
        timeout: { type: 'string' },
        vsix: { type: 'string' },
        keep: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (err) {
    throw new HarnessError(`${err.message}\n${USAGE}`);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const missing = ['suite', 'workspace'].filter((k) => !values[k]);
  if (!values.extension && !values.vsix) missing.unshift('extension (or --vsix)');
  if (missing.length) throw new HarnessError(`missing --${missing.join(', --')}\n${USAGE}`);
  const timeout = values.timeout === undefined ? DEFAULT_TIMEOUT_MS : Number(values.timeout);
  if (!Number.isFinite(timeout) || timeout <= 0) throw new HarnessError(`--timeout must be a positive number of ms`);
  const abs = (p) => (p === undefined ? undefined : path.resolve(p));
  return {
    extension: abs(values.extension),
    suite: abs(values.suite),
    workspace: abs(values.workspace),
    results: abs(values.results),
    vsix: abs(values.vsix),
    timeout,
    keep: values.keep,
  };
}

// Everything the cleanup needs, filled in as things start.
const state = {
  server: null, // code-server ChildProcess (leader of its own process group)
  serverExited: null, // Promise resolved when it exits
  context: null, // playwright BrowserContext
  page: null,
  overallDeadline: Infinity, // from --timeout
  timeoutMs: 0,
  fatal: null, // first HarnessError raised by an event (server exit, page crash)
  rejectFatal: null,
  runDir: null,
};
const fatalPromise = new Promise((_, reject) => {
  state.rejectFatal = reject;
});
fatalPromise.catch(() => {}); // only observed through races
function raiseFatal(message) {
  if (state.fatal) return;
  state.fatal = new HarnessError(message);
  state.rejectFatal(state.fatal);
}

function log(msg) {
  console.log(`[vscode-test] ${msg}`);
}

// Polls `check` until it returns a truthy value; fails on timeout or on a fatal event.
async function waitFor(what, timeoutMs, check) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (state.fatal) throw state.fatal;
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new HarnessError(`${what} (gave up after ${Math.round(timeoutMs / 1000)}s${overallNote()})`);
    await delay(POLL_MS);
  }
}

// Says so when a wait ended because the whole run hit --timeout.
function overallNote() {
  return Date.now() >= state.overallDeadline - 100 ? `; overall --timeout ${state.timeoutMs}ms reached` : '';
}

async function freePort() {
  // Bind port 0 on loopback and hand the number to code-server. Another process could
  // grab it in between; code-server would then exit with EADDRINUSE, reported below.
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function readJson(file) {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8'));
  } catch (err) {
    if (err.code === 'ENOENT') return null;
    throw new HarnessError(`could not read ${file}: ${err.message}`);
  }
}

// code-server logs "<pid> Launched Extension Host Process." for each extension host.
async function extensionHostPids(runDir) {
  const text = await fs.readFile(path.join(runDir, 'code-server.log'), 'utf8').catch(() => '');
  return [...text.matchAll(/<(\d+)> Launched Extension Host Process/g)].map((m) => Number(m[1]));
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

// Environment for code-server and so for its extension host (forked from it with this
// environment), which is how POSTLINT_TEST_RESULTS reaches the suite.
function serverEnv(resultsFile) {
  const env = {
    ...process.env,
    POSTLINT_TEST_RESULTS: resultsFile,
    // No extension gallery (default: open-vsx.org): the tests must not touch the network.
    EXTENSIONS_GALLERY: '{}',
  };
  // Inside a VS Code terminal, VSCODE_IPC_HOOK_CLI makes code-server hand the folder to
  // that VS Code instead of starting a server; drop such variables.
  for (const key of Object.keys(env)) {
    if (key.startsWith('VSCODE_') || key === 'ELECTRON_RUN_AS_NODE') delete env[key];
  }
  return env;
}

function codeServerBaseArgs(runDir) {
  return [
    codeServerEntry(),
    // An empty config file: otherwise code-server writes ~/.config/code-server/config.yaml.
    '--config',
    path.join(runDir, 'config.yaml'),
    '--user-data-dir',
    path.join(runDir, 'user-data'),
    '--extensions-dir',
    path.join(runDir, 'extensions'),
  ];
}

async function installVsix(runDir, vsix, env) {
  if (!existsSync(vsix)) throw new HarnessError(`--vsix file not found: ${vsix}`);
  log(`installing ${path.basename(vsix)} into the test profile`);
  const r = spawnSync(process.execPath, [...codeServerBaseArgs(runDir), '--install-extension', vsix, '--force'], {
    encoding: 'utf8',
    env,
  });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  await fs.writeFile(path.join(runDir, 'install-extension.log'), out);
  // code-server prints "Failed Installing Extensions" yet may exit 0, so check both.
  if (r.status !== 0 || /fail/i.test(out)) {
    throw new HarnessError(`installing ${vsix} failed (exit ${r.status ?? r.signal}):\n${out.trim()}`);
  }
  const entries = (await fs.readdir(path.join(runDir, 'extensions'))).filter((e) => !e.startsWith('.') && e !== 'extensions.json');
  log(`installed: ${entries.join(', ') || '(nothing?)'}`);
}

// With --vsix and no --extension, VS Code still needs an extensionDevelopmentPath to run
// extensionTestsPath at all, so point it at an empty stand-in extension.
async function writeStubExtension(runDir) {
  const dir = path.join(runDir, 'dev-stub-extension');
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'postlint-test-host-stub', publisher: 'postlint', version: '0.0.0', engines: { vscode: '^1.100.0' } }),
  );
  return dir;
}

async function startServer(runDir, port, workspace, env, readyTimeoutMs) {
  const logFile = path.join(runDir, 'code-server.log');
  const out = createWriteStream(logFile);
  const args = [
    ...codeServerBaseArgs(runDir),
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    workspace,
  ];
  // detached: own process group, so cleanup can kill the extension host and other
  // helpers it forks along with it.
  const server = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout.pipe(out, { end: false });
  server.stderr.pipe(out, { end: false });
  state.server = server;
  state.serverExited = new Promise((resolve) => {
    server.on('exit', (code, signal) => {
      raiseFatal(`code-server exited unexpectedly (${signal ?? `code ${code}`})`);
      resolve();
    });
  });
  server.on('error', (err) => raiseFatal(`could not start code-server: ${err.message}`));

  const url = `http://127.0.0.1:${port}`;
  await waitFor(`code-server did not answer on ${url}/healthz`, readyTimeoutMs, async () => {
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
      return res.ok;
    } catch {
      return false;
    }
  });
  return url;
}

async function launchBrowser(runDir) {
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch (err) {
    throw new HarnessError(`playwright-core is not installed (run npm install): ${err.message}`);
  }
  const browserLog = createWriteStream(path.join(runDir, 'browser-console.log'));
  // A fresh, empty profile per run; no network besides the loopback workbench.
  let context;
  try {
    context = await chromium.launchPersistentContext(path.join(runDir, 'chromium-profile'), {
      executablePath: CHROMIUM_PATH,
      headless: true,
      timeout: 60_000,
      viewport: { width: 1280, height: 800 },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
        '--no-proxy-server',
      ],
    });
  } catch (err) {
    throw new HarnessError(`could not launch ${CHROMIUM_PATH}: ${err.message}`);
  }
  state.context = context;
  const page = context.pages()[0] ?? (await context.newPage());
  state.page = page;
  page.on('console', (msg) => browserLog.write(`[${msg.type()}] ${msg.text()}\n`));
  page.on('pageerror', (err) => browserLog.write(`[pageerror] ${err.stack ?? err}\n`));
  page.on('crash', () => raiseFatal('the browser page crashed'));
  return page;
}

function workbenchUrl(serverUrl, port, workspace, extensionDir, suite) {
  // The remote authority is the server's host:port as the workbench sees it.
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionDir)],
    ['extensionTestsPath', remote(suite)],
  ];
  return `${serverUrl}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

async function runSuite(opts) {
  const marker = await readMarker();
  if (!marker) {
    throw new HarnessError(
      `code-server ${CODE_SERVER_VERSION} is not set up in ${codeServerDir()}: run \`npm run setup:code-server\` first`,
    );
  }
  if (!existsSync(CHROMIUM_PATH)) throw new HarnessError(`${CHROMIUM_PATH} not found: apt-get install -y chromium`);
  for (const [flag, p] of [['suite', opts.suite], ['workspace', opts.workspace], ['extension', opts.extension]]) {
    if (p && !existsSync(p)) throw new HarnessError(`--${flag} does not exist: ${p}`);
  }

  state.timeoutMs = opts.timeout;
  state.overallDeadline = Date.now() + opts.timeout;
  const remaining = (cap) => Math.max(1, Math.min(cap, state.overallDeadline - Date.now()));

  const runDir = await fs.mkdtemp(path.join(os.tmpdir(), 'postlint-vscode-test-'));
  state.runDir = runDir;
  await fs.writeFile(path.join(runDir, 'config.yaml'), '');
  await fs.mkdir(path.join(runDir, 'extensions'), { recursive: true });
  await fs.mkdir(path.join(runDir, 'user-data', 'User'), { recursive: true });
  await fs.writeFile(
    path.join(runDir, 'user-data', 'User', 'settings.json'),
    JSON.stringify(
      {
        'security.workspace.trust.enabled': false, // no trust dialog in front of the workbench
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'workbench.startupEditor': 'none',
        'workbench.enableExperiments': false,
      },
      null,
      2,
    ),
  );

  const resultsFile = opts.results ?? path.join(runDir, 'results.json');
  const startedFile = `${resultsFile}.started`;
  await fs.mkdir(path.dirname(resultsFile), { recursive: true });
  await fs.rm(resultsFile, { force: true });
  await fs.rm(startedFile, { force: true });

  const env = serverEnv(resultsFile);
  if (opts.vsix) await installVsix(runDir, opts.vsix, env);
  const extensionDir = opts.extension ?? (await writeStubExtension(runDir));

  const port = await freePort();
  log(`starting code-server ${CODE_SERVER_VERSION} on 127.0.0.1:${port} (logs in ${runDir})`);
  const serverUrl = await startServer(runDir, port, opts.workspace, env, remaining(SERVER_READY_MS));

  log(`launching ${CHROMIUM_PATH} (headless)`);
  const page = await launchBrowser(runDir);
  page.on('close', () => {
    if (!existsSync(startedFile)) raiseFatal('the browser page closed before the suite started');
  });

  log('opening the workbench');
  try {
    const url = workbenchUrl(serverUrl, port, opts.workspace, extensionDir, opts.suite);
    await Promise.race([page.goto(url, { timeout: remaining(WORKBENCH_READY_MS) }), fatalPromise]);
    await Promise.race([
      page.waitForSelector('.monaco-workbench', { timeout: remaining(WORKBENCH_READY_MS) }),
      fatalPromise,
    ]);
  } catch (err) {
    if (err instanceof HarnessError) throw err;
    throw new HarnessError(`the VS Code workbench did not load: ${err.message.split('\n')[0]}${overallNote()}`);
  }
  log('workbench loaded; waiting for the extension host to start the suite');

  const started = await waitFor(
    `the extension host never started the suite (no ${path.basename(startedFile)}); is --suite a compiled index.js exporting run() that writes it?`,
    remaining(SUITE_START_MS),
    async () => {
      const s = await readJson(startedFile);
      if (s) return s;
      // Fail fast instead of waiting for the timeout when the extension host already
      // died (e.g. the suite file does not load or export run()).
      const hosts = await extensionHostPids(runDir);
      if (hosts.length && !hosts.some(isAlive)) {
        const late = await readJson(startedFile);
        if (late) return late;
        throw new HarnessError(
          `the extension host (pid ${hosts.join(', ')}) exited without starting the suite: does --suite load and export run()?`,
        );
      }
      return null;
    },
  );
  log(`suite running in extension host pid ${started.pid}`);

  const results = await waitFor(
    'the suite did not finish',
    remaining(Infinity),
    async () => {
      const r = await readJson(resultsFile);
      if (r) return r;
      // The suite writes its results before the extension host exits, so a dead host
      // with no results means the suite crashed.
      if (started.pid && !isAlive(started.pid)) {
        const late = await readJson(resultsFile);
        if (late) return late;
        throw new HarnessError(`the extension host (pid ${started.pid}) exited before the suite wrote its results: the suite crashed`);
      }
      return null;
    },
  );
  await fs.rm(startedFile, { force: true });
  return results;
}

function indent(text, prefix) {
  return String(text)
    .split('\n')
    .map((l) => prefix + l)
    .join('\n');
}

// Prints a mocha-like report and returns the exit code.
function report(results) {
  if (typeof results.passed !== 'number' || typeof results.failed !== 'number') {
    throw new HarnessError(`the results file is not {passed, failed, ...}: ${JSON.stringify(results).slice(0, 300)}`);
  }
  console.log('');
  for (const t of results.tests ?? []) {
    const mark = t.state === 'passed' ? '✔' : t.state === 'failed' ? '✘' : '-';
    const ms = typeof t.durationMs === 'number' ? ` (${t.durationMs}ms)` : '';
    console.log(`  ${mark} ${t.title}${ms}`);
  }
  const failures = results.failures ?? [];
  if (failures.length) {
    console.log('\n  Failures:\n');
    failures.forEach((f, i) => {
      console.log(`  ${i + 1}) ${f.title}`);
      console.log(indent(f.error ?? '(no error message)', '     '));
      console.log('');
    });
  }
  console.log('');
  if (results.passed === 0 && results.failed === 0) console.log('No tests ran.');
  console.log(`${results.passed} passed, ${results.failed} failed`);
  return results.failed === 0 && results.passed > 0 ? 0 : 1;
}

async function tail(file, lines = 40) {
  try {
    const text = await fs.readFile(file, 'utf8');
    return text.trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return null;
  }
}

async function findFiles(dir, name) {
  const out = [];
  try {
    for (const e of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
      if (e.isFile() && e.name === name) out.push(path.join(e.parentPath ?? e.path, e.name));
    }
  } catch {
    // no such folder yet
  }
  return out;
}

async function showLogs(runDir) {
  const files = [
    path.join(runDir, 'code-server.log'),
    ...(await findFiles(path.join(runDir, 'user-data', 'logs'), 'remoteexthost.log')),
    path.join(runDir, 'browser-console.log'),
  ];
  for (const f of files) {
    const t = await tail(f);
    if (t) console.error(`\n----- ${path.relative(runDir, f)} (last lines) -----\n${t}`);
  }
  console.error(`\n(full logs kept in ${runDir})`);
}

// Stops the browser and the whole code-server process group; safe to call twice.
async function cleanup() {
  const { context, server } = state;
  state.context = null;
  if (context) await Promise.race([context.close().catch(() => {}), delay(10_000)]);
  if (server && server.exitCode === null && server.signalCode === null) {
    state.fatal ??= new HarnessError('stopping'); // its exit is expected from now on
    killGroup(server.pid, 'SIGTERM');
    const exited = await Promise.race([state.serverExited.then(() => true), delay(5_000).then(() => false)]);
    if (!exited) killGroup(server.pid, 'SIGKILL');
  }
  // Helpers (extension host, file watcher) may outlive the server; end the group anyway.
  if (server) killGroup(server.pid, 'SIGKILL');
  state.server = null;
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

async function main() {
  let code = 2;
  let opts;
  try {
    opts = parseCli();
  } catch (err) {
    console.error(`vscode-test: ${err.message}`);
    process.exit(2);
  }
  // Last resort if we are interrupted: never leave code-server running.
  process.on('exit', () => state.server && killGroup(state.server.pid, 'SIGKILL'));
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.on(sig, () => {
      console.error(`\nvscode-test: ${sig}, stopping code-server and the browser`);
      cleanup().finally(() => process.exit(130));
    });
  }

  const t0 = Date.now();
  try {
    const results = await runSuite(opts);
    await cleanup();
    code = report(results);
    log(`finished in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  } catch (err) {
    const harness = err instanceof HarnessError;
    // What the workbench showed (an error dialog, a blank page...) helps diagnose.
    if (state.page && !state.page.isClosed()) {
      await state.page.screenshot({ path: path.join(state.runDir, 'failure.png'), timeout: 5_000 }).catch(() => {});
    }
    await cleanup();
    console.error(`\nvscode-test FAILED: ${harness ? err.message : err?.stack ?? err}`);
    if (state.runDir) await showLogs(state.runDir);
    code = 2;
  }
  if (code === 0 && state.runDir && !opts.keep) await fs.rm(state.runDir, { recursive: true, force: true });
  else if (code === 1 && state.runDir) console.error(`(logs kept in ${state.runDir})`);
  process.exit(code);
}

main();
