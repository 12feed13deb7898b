// No code from the workspace runs: Postlint never evaluates text (no `eval`, no `Function`
// constructor) and never loads a module whose path is computed (a `require` or `import()` of
// anything but a string literal) — so neither a post nor a `.postlintrc.json` can make it run code.
// Checked in our sources and in the bundles as shipped (dist/*.js, dependencies included), and the
// manifest declares untrusted workspaces supported.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';

const ROOT = path.resolve(__dirname, '../../..');

interface Construct {
  name: string;
  pattern: RegExp;
}

// `(?<![\w$.])` keeps methods and longer names out (`regex.eval(`, `visitFunction(`, `__require(`).
const CONSTRUCTS: Construct[] = [
  { name: 'eval', pattern: /(?<![\w$.])eval\s*\(/g },
  { name: 'Function constructor', pattern: /(?<![\w$.])(?:new\s+)?Function\s*\(/g },
  { name: 'require of a computed path', pattern: /(?<![\w$.])require\s*\(\s*(?!['"`)]|\s*\))/g },
  { name: 'import() of a computed path', pattern: /(?<![\w$.])import\s*\(\s*(?!['"`])/g },
  { name: 'template literal require/import with a substitution', pattern: /(?<![\w$.])(?:require|import)\s*\(\s*`[^`]*\$\{/g },
];

/**
 * Known-safe uses inside the bundled dependencies, each with its reason. Matched against the code
 * around the hit; anything else fails the test.
 */
const ALLOWED_IN_BUNDLES: Array<{ construct: string; around: string; why: string }> = [
  {
    construct: 'Function constructor',
    around: 'Function("return this")()',
    // core-js (bundled with twitter-text) finds the global object this way; the source is a constant.
    why: 'core-js global-object detection: a constant string, no input',
  },
];

/** Comments blanked out, so that prose ("we never eval(") does not count. */
function codeOf(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, (line, before: string) => before + ' '.repeat(line.length - before.length));
}

function sourceFiles(folder: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|js|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

interface Hit {
  file: string;
  line: number;
  construct: string;
  around: string;
}

function scan(file: string, text: string): Hit[] {
  const hits: Hit[] = [];
  for (const { name, pattern } of CONSTRUCTS) {
    for (const match of text.matchAll(pattern)) {
      const line = text.slice(0, match.index).split('\n').length;
      hits.push({ file: path.relative(ROOT, file), line, construct: name, around: text.slice(Math.max(0, match.index - 40), match.index + 60) });
    }
  }
  return hits;
}

describe('no code from the workspace runs', () => {
  it('our sources (rules/, server/, client/) have no eval, no Function constructor, no require or import() of a computed path', () => {
    const files = ['rules', 'server', 'client'].flatMap(sourceFiles);
    assert.ok(files.length > 50, `${files.length} source files`);
    const hits = files.flatMap((file) => scan(file, codeOf(fs.readFileSync(file, 'utf8'))));
    assert.deepEqual(hits, []);
  });

  it('the bundles as shipped (dist/*.js, dependencies included) have none either, but for the allowed ones', () => {
    const bundles = fs.readdirSync(path.join(ROOT, 'dist')).filter((name) => name.endsWith('.js'));
    for (const expected of ['cli.js', 'server.js', 'extension.js']) assert.ok(bundles.includes(expected), `dist/${expected} is built`);
    const unexpected: Hit[] = [];
    const allowedSeen = new Set<string>();
    for (const bundle of bundles) {
      const text = fs.readFileSync(path.join(ROOT, 'dist', bundle), 'utf8');
      for (const hit of scan(path.join(ROOT, 'dist', bundle), text)) {
        const allowed = ALLOWED_IN_BUNDLES.find((entry) => entry.construct === hit.construct && hit.around.includes(entry.around));
        if (allowed) allowedSeen.add(allowed.around);
        else unexpected.push(hit);
      }
    }
    assert.deepEqual(unexpected, [], 'every dynamic construct in a bundle is on the allow-list, with its reason');
    console.log(`bundles scanned: ${bundles.join(', ')}; allowed constructs found: ${[...allowedSeen].join(', ') || 'none'}`);
  });

  it('every module a bundle requires is built in, the editor (extension only) or a file beside it', () => {
    const builtins = new Set(require('node:module').builtinModules as string[]);
    const problems: string[] = [];
    for (const bundle of fs.readdirSync(path.join(ROOT, 'dist')).filter((name) => name.endsWith('.js'))) {
      const text = fs.readFileSync(path.join(ROOT, 'dist', bundle), 'utf8');
      for (const match of text.matchAll(/(?<![\w$.])require\(\s*(['"])([^'"]+)\1\s*\)/g)) {
        const name = match[2];
        const ok =
          builtins.has(name.replace(/^node:/, '')) ||
          (name === 'vscode' && bundle === 'extension.js') ||
          (name.startsWith('./') && fs.existsSync(path.join(ROOT, 'dist', name)));
        if (!ok) problems.push(`${bundle}: require("${name}")`);
      }
    }
    assert.deepEqual(problems, [], 'a bundle needs nothing from node_modules');
  });

  it('declares untrusted workspaces supported: nothing it does needs trust', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(manifest.capabilities?.untrustedWorkspaces, { supported: true });
  });
});
