// Locations shared by setup-code-server.mjs and run-in-code-server.mjs.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

// code-server 4.100.3 ships VS Code 1.100.3, matching engines.vscode ^1.100.0.
export const CODE_SERVER_VERSION = '4.100.3';

// Debian's packages (apt-get install chromium ripgrep); overridable for other distros.
export const CHROMIUM_PATH = process.env.POSTLINT_CHROMIUM || '/usr/bin/chromium';
export const RG_PATH = process.env.POSTLINT_RG || '/usr/bin/rg';

// POSTLINT_CACHE moves the whole cache (default ~/.cache/postlint).
export function cacheDir() {
  return process.env.POSTLINT_CACHE || path.join(os.homedir(), '.cache', 'postlint');
}

export function codeServerDir() {
  return path.join(cacheDir(), `code-server-${CODE_SERVER_VERSION}`);
}

export function codeServerEntry() {
  return path.join(codeServerDir(), 'out', 'node', 'entry.js');
}

// Written last by the setup script: its presence means the install is complete.
export function markerPath() {
  return path.join(codeServerDir(), '.postlint-setup-complete');
}

export async function readMarker() {
  try {
    return JSON.parse(await fs.readFile(markerPath(), 'utf8'));
  } catch {
    return null;
  }
}
