// The one build: esbuild bundles the CLI, the language server and the VS Code extension into dist/.
// `node build.mjs --watch` rebuilds on change. The bundles are the same in development as in the
// VSIX, so that what is tested and benchmarked is what ships. Whitespace and syntax are minified
// (V8 keeps each script's source in its heap: the server holds about 1 MB less), names are not, so
// that stack traces and profiles read as the sources do; the extension's bundle is minified whole.

import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import * as vm from 'node:vm';

const watch = process.argv.includes('--watch');

/** @type {esbuild.BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
  legalComments: 'linked',
  // jsonc-parser's default (UMD) entry loads its parts with a dynamic require esbuild cannot follow;
  // its ESM entry bundles cleanly.
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
};

// Packages that the engine and the CLI require on first use are bundles of their own, dist/<name>.js,
// so that the threads and the server do not parse and set them up at start-up for nothing:
//   - tinyld (language detection): its model is a third of the engine's code, and most runs never
//     load it (rules/engine/settings.ts);
//   - yaml: only for frontmatter the fast reader cannot read and for "Adapt for …"
//     (rules/post/yaml.ts), a fifth of the engine's bundle and about 8 ms per thread;
//   - tinyglobby (with picomatch and fdir): only for the CLI's globs (server/cli/files.ts).
const LAZY_PACKAGES = ['tinyld', 'yaml', 'tinyglobby'];
const separateLazyPackages = {
  name: 'separate-lazy-packages',
  setup(build) {
    build.onResolve({ filter: new RegExp(`^(?:${LAZY_PACKAGES.join('|')})$`) }, (args) => ({ path: `./${args.path}.js`, external: true }));
  },
};

// tinyld's model covers 62 languages; Postlint only ever asks it to choose between German and English
// (`detect(text, { only: ['de', 'en'] })`, rules/engine/settings.ts). With `only`, tinyld skips the
// grams unique to any other language and scores only the languages listed, so the model cut down to
// German and English gives the same answers (test/unit/tinyld-model.test.ts compares the two on
// thousands of texts) — and a CLI thread or the server loads it in a fraction of the time and memory.
// tinyld has no option to load a subset, so the bundle's model is filtered here, at build time.
const tinyldGermanEnglishOnly = {
  name: 'tinyld-german-english-only',
  setup(build) {
    build.onLoad({ filter: /tinyld\.normal\.node\.js$/ }, async (args) => ({
      contents: germanEnglishModel(await fs.promises.readFile(args.path, 'utf8'), createRequire(import.meta.url)('tinyld')),
      loader: 'js',
    }));
  },
};

/** tinyld's source with its model (`var X = {id: "tinyld-dict", multiples, uniques}`) reduced to German and English. */
function germanEnglishModel(source, tinyld) {
  const start = source.indexOf('var X={id:"tinyld-dict"');
  const end = source.indexOf('}};', start) + 2;
  if (start < 0 || end < 2) throw new Error('tinyld: model not found in its bundle (a new tinyld version?)');
  // The model is an object literal with unquoted keys (not JSON): evaluated as data, in an empty context.
  const model = vm.runInNewContext(`(${source.slice(start + 'var X='.length, end)})`, Object.create(null));
  // Languages are numbered from 1 in the order of supportedLanguages, written in base 36.
  const kept = new Set(tinyld.supportedLanguages.flatMap((iso3, index) => (['de', 'en'].includes(tinyld.toISO2(iso3)) ? [index + 1] : [])));
  if (kept.size !== 2) throw new Error('tinyld: German and English not found among its languages');
  const uniques = Object.fromEntries(Object.entries(model.uniques).filter(([, language]) => kept.has(parseInt(String(language), 36))));
  const multiples = {};
  for (const [gram, scores] of Object.entries(model.multiples)) {
    // Four characters per language: two for its number, two for the gram's score in it.
    const ours = (scores.match(/.{1,4}/g) ?? []).filter((entry) => kept.has(parseInt(entry.slice(0, 2), 36))).join('');
    if (ours) multiples[gram] = ours;
  }
  return `${source.slice(0, start)}var X=${JSON.stringify({ id: model.id, multiples, uniques })}${source.slice(end)}`;
}

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

// The CLI is two bundles too: dist/cli.js (server/cli/main.ts: the process's roles and the worker
// threads' start) and dist/cli-engine.js (server/cli/engine.ts: the run, the batches, the engine),
// which main.ts requires once the workers are on their way.
const separateCliEngine = {
  name: 'separate-cli-engine',
  setup(build) {
    build.onResolve({ filter: /^\.\/engine$/ }, (args) =>
      args.importer.endsWith(`${path.sep}server${path.sep}cli${path.sep}main.ts`) ? { path: './cli-engine.js', external: true } : undefined,
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

// esbuild writes non-ASCII characters as \u escapes in strings, but leaves them in regular expression
// literals, comments and tagged templates. A single one makes V8 hold the whole bundle source as a
// two-byte string (twice its size) in every thread that loads it: about 0.9 MB more for dist/engine.js
// in the server and again in its background worker. This plugin escapes what esbuild left, after it
// wrote the bundle. \uXXXX (one per UTF-16 unit) means the same character in a regular expression
// (with or without the u flag), a comment, a string, an identifier and an untagged template; in a
// String.raw template it would not (the raw text would keep the escape), so there the character
// becomes the substitution ${"\uXXXX"}, which String.raw joins in unchanged. Other tags, or a
// character right after a backslash, stop the build rather than risk a change of meaning.
// Where a line gains escapes, the source map's columns after them are off by the escapes' length.
const asciiOnlyOutput = {
  name: 'ascii-only-output',
  setup(build) {
    build.onEnd(async (result) => {
      const outfile = build.initialOptions.outfile;
      if (result.errors.length > 0 || !outfile || !fs.existsSync(outfile)) return;
      const source = await fs.promises.readFile(outfile, 'utf8');
      if (!/[^\x00-\x7f]/.test(source)) return;
      await fs.promises.writeFile(outfile, await escapeNonAscii(source, outfile));
    });
  },
};

/** `source` with every non-ASCII character escaped as described above (parsed with TypeScript to know where each is). */
async function escapeNonAscii(source, file) {
  const { default: ts } = await import('typescript');
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  /** Template literal parts as [start, end, tag text or undefined]. */
  const templates = [];
  const visit = (node) => {
    if (ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      let template = node;
      while (template.parent && !ts.isTaggedTemplateExpression(template) && (ts.isTemplateExpression(template.parent) || ts.isTemplateSpan(template.parent) || ts.isTaggedTemplateExpression(template.parent))) template = template.parent;
      templates.push([node.getStart(sourceFile), node.end, ts.isTaggedTemplateExpression(template) ? template.tag.getText(sourceFile) : undefined]);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  const tagAt = (index) => templates.find(([start, end]) => index >= start && index < end);
  return source.replace(/[^\x00-\x7f]/g, (character, index) => {
    const escaped = `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    const where = `${path.basename(file)} at offset ${index}`;
    if (/(^|[^\\])(\\\\)*\\$/.test(source.slice(Math.max(0, index - 16), index))) throw new Error(`ascii-only-output: a non-ASCII character after a backslash, ${where}`);
    const template = tagAt(index);
    if (!template || template[2] === undefined) return escaped;
    if (template[2] === 'String.raw') return `\${"${escaped}"}`;
    throw new Error(`ascii-only-output: a non-ASCII character in a template tagged ${template[2]}, ${where}`);
  });
}

const entries = [
  { entryPoints: ['server/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [separateCliEngine, asciiOnlyOutput] },
  { entryPoints: ['server/cli/engine.ts'], outfile: 'dist/cli-engine.js', plugins: [separateLazyPackages, asciiOnlyOutput] },
  { entryPoints: ['server/lsp/main.ts'], outfile: 'dist/server.js', plugins: [separateLazyPackages, separateEngine, oneProtocolCopy, asciiOnlyOutput] },
  { entryPoints: ['server/lsp/engine.ts'], outfile: 'dist/engine.js', plugins: [separateLazyPackages, oneProtocolCopy, asciiOnlyOutput] },
  // Timestamps as the bundle's first statement (after the directive, which must stay first for the
  // bundle to be strict) and its last: the extension times its own activation (client/activation.ts).
  // (Minified, VS Code compiles the bundle at each activation in about two thirds of the time.)
  {
    entryPoints: ['client/extension.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode'],
    minify: true,
    banner: { js: '"use strict";\nvar POSTLINT_BUNDLE_STARTED = performance.now();' },
    footer: { js: 'var POSTLINT_BUNDLE_LOADED = performance.now();' },
  },
  { entryPoints: [createRequire(import.meta.url).resolve('tinyld')], outfile: 'dist/tinyld.js', plugins: [tinyldGermanEnglishOnly, asciiOnlyOutput] },
  ...LAZY_PACKAGES.filter((name) => name !== 'tinyld').map((name) => ({ entryPoints: [createRequire(import.meta.url).resolve(name)], outfile: `dist/${name}.js`, plugins: [asciiOnlyOutput] })),
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
