// The one build: esbuild bundles the CLI, the language server and the VS Code extension into dist/.
// `node build.mjs --watch` rebuilds on change; `--minify` is used for the VSIX.

import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';

const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');

/** @type {esbuild.BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify,
  logLevel: 'warning',
  legalComments: 'linked',
  // jsonc-parser's default (UMD) entry loads its parts with a dynamic require esbuild cannot follow;
  // its ESM entry bundles cleanly.
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
};

// tinyld (language detection) is a bundle of its own, dist/tinyld.js, that the CLI and the server
// require on first use: its model is a third of the engine's code, and most runs never load it (see
// rules/engine/settings.ts), so the start-up should not have to parse it.
const separateTinyld = {
  name: 'separate-tinyld',
  setup(build) {
    build.onResolve({ filter: /^tinyld$/ }, () => ({ path: './tinyld.js', external: true }));
  },
};

const entries = [
  { entryPoints: ['server/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [separateTinyld] },
  { entryPoints: ['server/lsp/main.ts'], outfile: 'dist/server.js', plugins: [separateTinyld] },
  { entryPoints: ['client/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: [createRequire(import.meta.url).resolve('tinyld')], outfile: 'dist/tinyld.js' },
].filter((entry) => fs.existsSync(entry.entryPoints[0]));

// Rule docs ship with the bundles so diagnostics can link to them offline.
function copyDocs() {
  fs.mkdirSync('dist/docs', { recursive: true });
  for (const file of fs.readdirSync('rules/docs')) {
    if (file.endsWith('.md')) fs.copyFileSync(`rules/docs/${file}`, `dist/docs/${file}`);
  }
}

if (watch) {
  for (const entry of entries) {
    const context = await esbuild.context({ ...common, ...entry });
    await context.watch();
  }
  copyDocs();
  console.log('watching…');
} else {
  await Promise.all(entries.map((entry) => esbuild.build({ ...common, ...entry })));
  copyDocs();
  if (fs.existsSync('dist/cli.js')) fs.chmodSync('dist/cli.js', 0o755);
}
