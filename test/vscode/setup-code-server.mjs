#!/usr/bin/env node
// Installs code-server (VS Code's workbench + server, from the npm registry) into a
// cache folder outside the repo, so the extension tests can run without downloading
// VS Code itself. Idempotent: a completed install leaves a marker file and later runs
// return at once. Usage: `npm run setup:code-server [-- --force]`.
//
// Why not plain `npm install -g code-server`? Its postinstall runs `npm install` in
// lib/vscode with scripts enabled, and @vscode/ripgrep's script downloads a binary
// from outside the npm registry, which fails offline. So we install with
// --ignore-scripts and rebuild only the native modules we need, using Debian's `rg`.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

import {
  CODE_SERVER_VERSION,
  CHROMIUM_PATH,
  RG_PATH,
  codeServerDir,
  markerPath,
  readMarker,
} from './code-server-paths.mjs';

const REQUIRED_NODE_MAJOR = 20; // code-server 4.100.x declares engines.node "20"
// Native modules of VS Code's server that must be compiled for this Node. The rest of
// lib/vscode's dependencies are pure JS or only needed on Windows/macOS.
const VSCODE_NATIVE_MODULES = ['@parcel/watcher', '@vscode/spdlog', 'native-watchdog', 'node-pty', 'kerberos'];

const force = process.argv.includes('--force');
const started = Date.now();

function step(msg) {
  const secs = ((Date.now() - started) / 1000).toFixed(0).padStart(4);
  console.log(`[setup:code-server ${secs}s] ${msg}`);
}

function fail(msg) {
  console.error(`\nsetup:code-server FAILED: ${msg}`);
  process.exit(1);
}

function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

// Runs a command with inherited output; aborts the setup with a clear message on failure.
function run(cmd, args, cwd, env = process.env) {
  step(`$ ${[cmd, ...args].join(' ')}   (in ${cwd})`);
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit', env });
  if (r.error) fail(`could not start ${cmd}: ${r.error.message}`);
  if (r.status !== 0) fail(`\`${[cmd, ...args].join(' ')}\` exited with ${r.status ?? r.signal} (in ${cwd})`);
}

function checkPrerequisites() {
  const problems = [];
  const major = Number(process.versions.node.split('.')[0]);
  if (major !== REQUIRED_NODE_MAJOR) {
    problems.push(
      `code-server ${CODE_SERVER_VERSION} needs Node ${REQUIRED_NODE_MAJOR}.x; this is Node ${process.versions.node}.`,
    );
  }
  const apt = [];
  if (!existsSync(CHROMIUM_PATH)) apt.push('chromium');
  if (!existsSync(RG_PATH)) apt.push('ripgrep');
  // kerberos' native build needs the GSSAPI headers (krb5-config comes with them).
  if (!which('krb5-config')) apt.push('libkrb5-dev');
  for (const [tool, pkg] of [['make', 'make'], ['g++', 'g++'], ['python3', 'python3']]) {
    if (!which(tool)) apt.push(pkg);
  }
  if (apt.length) {
    problems.push(
      `missing system packages: ${apt.join(', ')}\n  install them with: apt-get update && apt-get install -y ${apt.join(' ')}`,
    );
  }
  if (problems.length) fail(problems.join('\n'));
}

// node-gyp downloads Node's headers unless told where they are; offline that fails.
// Debian's nodejs / the machine's Node ship them under <prefix>/include/node.
function buildEnv() {
  const env = { ...process.env };
  const configured = env.npm_config_nodedir;
  if (!configured) {
    const prefix = path.resolve(path.dirname(process.execPath), '..');
    if (existsSync(path.join(prefix, 'include', 'node', 'node_version.h'))) env.npm_config_nodedir = prefix;
  }
  return env;
}

async function main() {
  const dir = codeServerDir();
  const marker = await readMarker();
  if (marker && !force) {
    if (marker.nodeModulesAbi === process.versions.modules) {
      step(`code-server ${CODE_SERVER_VERSION} already set up in ${dir} (${marker.completedAt}); use --force to redo.`);
      return;
    }
    step(`cached install was built for Node ABI ${marker.nodeModulesAbi}, this Node is ${process.versions.modules}: reinstalling.`);
  }

  checkPrerequisites();
  const env = buildEnv();
  if (env.npm_config_nodedir) step(`native modules build against Node headers in ${env.npm_config_nodedir}`);

  // Build in a side folder and rename at the end, so an interrupted setup never looks done.
  const partial = `${dir}.partial`;
  await fs.rm(partial, { recursive: true, force: true });
  await fs.mkdir(partial, { recursive: true });

  step(`fetching code-server@${CODE_SERVER_VERSION} from the npm registry`);
  run('npm', ['pack', `code-server@${CODE_SERVER_VERSION}`, '--silent'], partial, env);
  const tarball = path.join(partial, `code-server-${CODE_SERVER_VERSION}.tgz`);
  if (!existsSync(tarball)) fail(`npm pack did not produce ${tarball}`);
  run('tar', ['xzf', tarball, '--strip-components=1'], partial, env);
  await fs.rm(tarball);

  const vscodeDir = path.join(partial, 'lib', 'vscode');
  step('installing VS Code server dependencies (lib/vscode), scripts disabled');
  run('npm', ['install', '--ignore-scripts', '--omit=dev', '--no-audit', '--no-fund'], vscodeDir, env);

  // @vscode/ripgrep normally downloads rg in its postinstall; use Debian's instead.
  step(`using ${RG_PATH} as @vscode/ripgrep's binary`);
  const rgBin = path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg');
  await fs.mkdir(path.dirname(rgBin), { recursive: true });
  await fs.copyFile(RG_PATH, rgBin);
  await fs.chmod(rgBin, 0o755);

  step('compiling native modules for this Node');
  // node-pty's postinstall calls `npx node-gyp` (only to write compile_commands.json);
  // an npmrc with `yes=false` makes npx refuse, so allow npx to fetch node-gyp here.
  run('npm', ['rebuild', ...VSCODE_NATIVE_MODULES], vscodeDir, { ...env, npm_config_yes: 'true' });

  // VS Code looks up some files (ripgrep, wasm) in node_modules.asar; code-server's own
  // postinstall symlinks it to node_modules, so do the same.
  await fs.rm(path.join(vscodeDir, 'node_modules.asar'), { recursive: true, force: true });
  await fs.symlink('node_modules', path.join(vscodeDir, 'node_modules.asar'));

  step("installing code-server's own dependencies");
  run('npm', ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], partial, env);
  run('npm', ['rebuild', 'argon2'], partial, env);

  // Smoke check: the server entry point loads and reports its version.
  // An empty --config keeps code-server from writing ~/.config/code-server/config.yaml.
  const entry = path.join(partial, 'out', 'node', 'entry.js');
  const smokeConfig = path.join(partial, '.smoke-config.yaml');
  await fs.writeFile(smokeConfig, '');
  const v = spawnSync(process.execPath, [entry, '--config', smokeConfig, '--version'], { encoding: 'utf8', env });
  await fs.rm(smokeConfig);
  if (v.status !== 0 || !v.stdout.includes(CODE_SERVER_VERSION)) {
    fail(`code-server --version failed:\n${v.stdout}\n${v.stderr}`);
  }
  step(`code-server --version: ${v.stdout.trim().split('\n').pop()}`);

  await fs.rm(dir, { recursive: true, force: true });
  await fs.rename(partial, dir);
  await fs.writeFile(
    markerPath(),
    JSON.stringify(
      {
        version: CODE_SERVER_VERSION,
        node: process.versions.node,
        nodeModulesAbi: process.versions.modules,
        completedAt: new Date().toISOString(),
      },
      null,
      2,
    ) + '\n',
  );
  step(`done: code-server ${CODE_SERVER_VERSION} is ready in ${dir}`);
}

main().catch((err) => fail(err?.stack ?? String(err)));
