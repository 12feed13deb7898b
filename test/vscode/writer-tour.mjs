#!/usr/bin/env node
// A writer's first minutes with the packaged extension, clicked through in a real VS Code workbench
// (code-server in headless Chromium): install the .vsix, open a post, see the language "Social
// Post", the squiggles and the character count in the status bar, open the lightbulb, run "Adapt
// for Instagram" from the command palette. Each step waits for what the writer would see and fails
// if it does not appear; screenshots of the steps go to --out (the README uses them).
//
// Usage: node test/vscode/writer-tour.mjs --vsix postlint-<version>.vsix [--out test-results/writer-tour]
// Needs `npm run setup:code-server` (see test/vscode/README.md).

import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

import { CHROMIUM_PATH, codeServerEntry, readMarker } from './code-server-paths.mjs';

const STEP_TIMEOUT_MS = 60_000;
const root = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({ options: { vsix: { type: 'string' }, out: { type: 'string', default: 'test-results/writer-tour' } } });
if (!values.vsix) {
  console.error('usage: node test/vscode/writer-tour.mjs --vsix <file> [--out <folder>]');
  process.exit(2);
}
if (!(await readMarker())) {
  console.error('code-server is not set up: run `npm run setup:code-server` first');
  process.exit(2);
}

const out = path.resolve(root, values.out);
fs.mkdirSync(out, { recursive: true });
const run = fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-tour-'));
const workspace = path.join(run, 'posts');
fs.cpSync(path.join(import.meta.dirname, 'workspace'), workspace, { recursive: true });
fs.mkdirSync(path.join(run, 'user-data/User'), { recursive: true });
fs.writeFileSync(
  path.join(run, 'user-data/User/settings.json'),
  JSON.stringify({ 'security.workspace.trust.enabled': false, 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off' }),
);
fs.writeFileSync(path.join(run, 'config.yaml'), '');
const profile = ['--config', path.join(run, 'config.yaml'), '--user-data-dir', path.join(run, 'user-data'), '--extensions-dir', path.join(run, 'extensions')];
const env = { ...process.env, EXTENSIONS_GALLERY: '{}' };
for (const key of Object.keys(env)) if (key.startsWith('VSCODE_')) delete env[key];

// Polls code-server's health endpoint until it listens (it takes a second or two to start).
async function untilHealthy(healthz) {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const ok = await fetch(healthz, { signal: AbortSignal.timeout(2000) }).then((response) => response.ok, () => false);
    if (ok) return;
    await delay(100);
  }
  throw new Error(`code-server did not start (${healthz})`);
}

function step(message) {
  console.log(`[writer-tour] ${message}`);
}

step(`installing ${path.basename(values.vsix)}`);
const install = spawnSync(process.execPath, [codeServerEntry(), ...profile, '--install-extension', path.resolve(values.vsix)], { encoding: 'utf8', env });
if (install.status !== 0 || /fail/i.test(`${install.stdout}${install.stderr}`)) {
  console.error(`installing the VSIX failed:\n${install.stdout}${install.stderr}`);
  process.exit(1);
}

const port = await new Promise((resolve) => {
  const server = net.createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = server.address();
    server.close(() => resolve(free));
  });
});
const codeServer = spawn(
  process.execPath,
  [codeServerEntry(), ...profile, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', workspace],
  { env, detached: true, stdio: ['ignore', fs.openSync(path.join(run, 'code-server.log'), 'w'), fs.openSync(path.join(run, 'code-server.log'), 'a')] },
);
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`;
  await untilHealthy(`http://127.0.0.1:${port}/healthz`);
  await page.goto(url);
  await page.locator('.monaco-workbench').waitFor();
  const shot = (name) => page.screenshot({ path: path.join(out, `${name}.png`) });

  step('opening launch.post.md with Quick Open');
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').fill('launch.post.md');
  await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.tab.active', { hasText: 'launch.post.md' }).waitFor();

  step('the status bar names the language "Social Post"');
  await page.locator('#status\\.editor\\.mode', { hasText: 'Social Post' }).waitFor();

  step('squiggles and the character count appear');
  await page.locator('.view-overlays .squiggly-warning, .view-overlays .squiggly-error').first().waitFor();
  await page.locator('.statusbar-item', { hasText: /^X \d+\/280$/ }).waitFor();
  await shot('1-post-with-squiggles');

  step('the lightbulb offers the quick fix');
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('F8'); // go to the first problem, as a writer does from the Problems count
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+.');
  await page.locator('.action-widget', { hasText: 'Remove hashtags for Facebook' }).waitFor();
  await shot('2-lightbulb');
  await page.keyboard.press('Escape');

  step('running "Postlint: Adapt for Instagram" from the command palette');
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').fill('>Postlint: Adapt for Instagram');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Adapt for Instagram' }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.tab.active', { hasText: 'launch.instagram.post.md' }).waitFor();
  await page.locator('.view-line', { hasText: /Link\sin\s(der\s)?Bio/ /* spaces render as no-break spaces */ }).first().waitFor();
  if (!fs.existsSync(path.join(workspace, 'launch.instagram.post.md'))) throw new Error('launch.instagram.post.md was not written');
  await shot('3-adapted-for-instagram');
  step(`done: screenshots in ${path.relative(root, out) || out}`);
} catch (error) {
  failed = true;
  console.error(`[writer-tour] FAILED: ${error instanceof Error ? error.message : error}`);
  const page = browser.contexts()[0]?.pages()[0];
  await page?.screenshot({ path: path.join(out, 'failure.png') }).catch(() => {});
  console.error(`(screenshot ${path.join(out, 'failure.png')}, logs in ${run})`);
} finally {
  await browser.close();
  try {
    process.kill(-codeServer.pid, 'SIGKILL');
  } catch {
    // already gone
  }
  if (!failed) fs.rmSync(run, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
