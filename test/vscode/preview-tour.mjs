#!/usr/bin/env node
// The preview as a writer sees it, in a real VS Code workbench (code-server in headless Chromium),
// once in the default light and once in the default dark theme: open a post, run "Postlint: Open
// Preview to the Side" from the command palette, wait for the cards, take a screenshot. In the light
// run the window is then reloaded, and the preview must come back by itself (its serializer) with
// the same post. Screenshots go to --out (the README uses them).
//
// Usage: node test/vscode/preview-tour.mjs [--vsix postlint-<version>.vsix] [--out docs/images]
//   --vsix  install the packaged extension (as a writer has it); else the checkout runs as the
//           extension under development (its bundles: `npx tsc -p . && node build.mjs` first)
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
const { values } = parseArgs({ options: { vsix: { type: 'string' }, out: { type: 'string', default: 'docs/images' } } });
if (!(await readMarker())) {
  console.error('code-server is not set up: run `npm run setup:code-server` first');
  process.exit(2);
}
if (!values.vsix && !fs.existsSync(path.join(root, 'dist/extension.js'))) {
  console.error('dist/extension.js is missing: run `node build.mjs` first');
  process.exit(2);
}

const THEMES = [
  { name: 'light', theme: 'Default Light Modern', reload: true },
  { name: 'dark', theme: 'Default Dark Modern', reload: false },
];

const POST = `---
channels: [twitter, instagram, linkedin]
---
Our new summer plan is here! ☀️ Twice the data, calls to every network and EU roaming at no extra cost, for everyone who is on the move this summer.

Switch before 30 June and get the first three months at half price. All details: https://www.example.com/summer-plan-2026

Questions? Ask @stadtwerke_help any time.
<!-- Approved by marketing on 12 June -->
#SummerPlan #Mobile #Roaming
`;

const CONFIG = `{
  // The author line of the preview's cards.
  "author": { "name": "Stadtwerke Musterstadt", "handle": "stadtwerke" }
}
`;

function step(message) {
  console.log(`[preview-tour] ${message}`);
}

async function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

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

/** The preview's page: the webview's inner frame inside its host frame. */
function previewFrame(page) {
  return page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
}

async function tour({ name, theme, reload }, out) {
  const run = fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-preview-tour-'));
  const workspace = path.join(run, 'posts');
  fs.mkdirSync(workspace, { recursive: true });
  fs.writeFileSync(path.join(workspace, 'summer-plan.post.md'), POST);
  fs.writeFileSync(path.join(workspace, '.postlintrc.json'), CONFIG);
  fs.mkdirSync(path.join(run, 'user-data/User'), { recursive: true });
  fs.writeFileSync(
    path.join(run, 'user-data/User/settings.json'),
    JSON.stringify({
      'security.workspace.trust.enabled': false,
      'workbench.startupEditor': 'none',
      'workbench.colorTheme': theme,
      'workbench.tips.enabled': false,
      'editor.minimap.enabled': false,
      'telemetry.telemetryLevel': 'off',
      'extensions.ignoreRecommendations': true,
    }),
  );
  fs.writeFileSync(path.join(run, 'config.yaml'), '');
  const profile = ['--config', path.join(run, 'config.yaml'), '--user-data-dir', path.join(run, 'user-data'), '--extensions-dir', path.join(run, 'extensions')];
  const env = { ...process.env, EXTENSIONS_GALLERY: '{}' };
  for (const key of Object.keys(env)) if (key.startsWith('VSCODE_')) delete env[key];

  if (values.vsix) {
    const install = spawnSync(process.execPath, [codeServerEntry(), ...profile, '--install-extension', path.resolve(values.vsix)], { encoding: 'utf8', env });
    if (install.status !== 0 || /fail/i.test(`${install.stdout}${install.stderr}`)) throw new Error(`installing the VSIX failed:\n${install.stdout}${install.stderr}`);
  }

  const port = await freePort();
  const log = fs.openSync(path.join(run, 'code-server.log'), 'w');
  const codeServer = spawn(
    process.execPath,
    [codeServerEntry(), ...profile, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', workspace],
    { env, detached: true, stdio: ['ignore', log, log] },
  );
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });

  let failed = false;
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: 820 } });
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    const payload = JSON.stringify([['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${port}${root}`]]);
    await untilHealthy(`http://127.0.0.1:${port}/healthz`);
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}${values.vsix ? '' : `&payload=${encodeURIComponent(payload)}`}`);
    await page.locator('.monaco-workbench').waitFor();

    step(`${name}: opening summer-plan.post.md`);
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').fill('summer-plan.post.md');
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.tab.active', { hasText: 'summer-plan.post.md' }).waitFor();
    await page.locator('.statusbar-item', { hasText: /^X \d+\/280$/ }).waitFor();
    await page.keyboard.press('Control+B'); // more room for the post and the preview

    step(`${name}: running "Postlint: Open Preview to the Side"`);
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').fill('>Postlint: Open Preview to the Side');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Open Preview to the Side' }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.tab', { hasText: 'Preview summer-plan.post.md' }).waitFor();
    const cards = previewFrame(page).locator('.card');
    await cards.nth(2).waitFor();
    await previewFrame(page).locator('.channel--twitter .meter--over').waitFor();
    // Put the cursor into the text, as a writer would have it, and let the workbench settle.
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+End');
    await page.locator('.squiggly-error, .squiggly-warning').first().waitFor();
    await page.screenshot({ path: path.join(out, `preview-${name}.png`) });
    step(`${name}: screenshot ${path.relative(root, path.join(out, `preview-${name}.png`))}`);

    if (reload) {
      step('reloading the window: the preview must come back by itself');
      await page.keyboard.press('F1');
      await page.locator('.quick-input-widget input').fill('>Developer: Reload Window');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Reload Window' }).first().waitFor();
      await Promise.all([page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame() }), page.keyboard.press('Enter')]);
      await page.locator('.monaco-workbench').waitFor();
      await page.locator('.tab', { hasText: 'Preview summer-plan.post.md' }).click();
      await previewFrame(page).locator('.card').first().waitFor();
      const title = await previewFrame(page).locator('.toolbar-title').textContent();
      if (title !== 'summer-plan.post.md') throw new Error(`after the reload the preview shows "${title}"`);
      step('the preview came back after the reload, on the same post');
    }
  } catch (error) {
    failed = true;
    console.error(`[preview-tour] FAILED (${name}): ${error instanceof Error ? error.message : error}`);
    const page = browser.contexts()[0]?.pages()[0];
    await page?.screenshot({ path: path.join(run, 'failure.png') }).catch(() => {});
    console.error(`(screenshot and logs in ${run})`);
  } finally {
    await browser.close();
    try {
      process.kill(-codeServer.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    if (!failed) fs.rmSync(run, { recursive: true, force: true });
  }
  return !failed;
}

const out = path.resolve(root, values.out);
fs.mkdirSync(out, { recursive: true });
let ok = true;
for (const theme of THEMES) ok = (await tour(theme, out)) && ok;
process.exit(ok ? 0 : 1);
