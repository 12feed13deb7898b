// The one build: esbuild bundles the CLI, the language server and the VS Code extension into dist/.
// `node build.mjs --watch` rebuilds on change; `--minify` is used for the VSIX.

import * as esbuild from 'esbuild';
import * as fs from 'node:fs';

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

const entries = [
  { entryPoints: ['server/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['server/lsp/main.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['client/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
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
