// The one build: esbuild bundles the CLI, the language server and the VS Code extension into dist/.
// `node build.mjs --watch` rebuilds on change; `--minify` is used for the VSIX.

import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
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

// The language server is two bundles: dist/server.js (the connection, settings, config files) and
// dist/engine.js (server/lsp/engine.ts: the tasks and hovers, with the rules, yaml and twitter-text),
// which the server requires on the first lint and the background worker when it starts. Starting the
// server then parses less than half of the code: `initialize` is answered sooner, an idle server is smaller.
const separateEngine = {
  name: 'separate-engine',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\/(tasks|hover)$/ }, (args) =>
      args.importer.includes(`${path.sep}server${path.sep}lsp${path.sep}`) ? { path: './engine.js', external: true } : undefined,
    );
  },
};

// vscode-languageserver brings its own copy of the protocol packages; server/protocol.ts imports the
// top-level copy (the client's, a patch version apart). In the server bundles both resolve to the
// server library's copy, so the protocol is bundled and initialised once, not twice.
const serverLibraryEntry = createRequire(import.meta.url).resolve('vscode-languageserver/node');
const requireFromServerLibrary = createRequire(serverLibraryEntry);
const oneProtocolCopy = {
  name: 'one-protocol-copy',
  setup(build) {
    build.onResolve({ filter: /^vscode-(languageserver-protocol|languageserver-types|jsonrpc)(\/node)?$/ }, (args) => ({
      path: requireFromServerLibrary.resolve(args.path),
    }));
  },
};

const entries = [
  { entryPoints: ['server/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [separateTinyld] },
  { entryPoints: ['server/lsp/main.ts'], outfile: 'dist/server.js', plugins: [separateTinyld, separateEngine, oneProtocolCopy] },
  { entryPoints: ['server/lsp/engine.ts'], outfile: 'dist/engine.js', plugins: [separateTinyld, oneProtocolCopy] },
  // Timestamps as the bundle's first statement (after the directive, which must stay first for the
  // bundle to be strict) and its last: the extension times its own activation (client/activation.ts).
  // Always minified, as in the VSIX: VS Code compiles the bundle at each activation, and the minified
  // one compiles in about two thirds of the time; the source map keeps it debuggable.
  {
    entryPoints: ['client/extension.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode'],
    minify: true,
    banner: { js: '"use strict";\nvar POSTLINT_BUNDLE_STARTED = performance.now();' },
    footer: { js: 'var POSTLINT_BUNDLE_LOADED = performance.now();' },
  },
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
