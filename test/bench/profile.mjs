// Where Postlint's CLI spends its time on the corpus: runs `node --cpu-prof dist/cli.js --format
// json .` on the posts, reads the V8 .cpuprofile files it writes (one per thread) and sums self time
// per function and per source file. Positions in the bundle are mapped back to the TypeScript
// sources (and node_modules packages) through the bundles' source maps (dist/cli.js, dist/cli-engine.js).
//
//   node test/bench/profile.mjs [--top 20]      prints the tables
//
// Self time of a function is the time the sampler found it on top of the stack; a sample's time is
// its timeDelta in the profile.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { SourceMap } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Profiles one CLI run; returns { wallMs, sampledMs, warning?, functions (self time), inclusive
 * (total time), files (self time per source file or package) }, each sorted, largest first.
 */
export function profileCli({ repoRoot, corpus, workDir }) {
  const profileDir = fs.mkdtempSync(path.join(workDir, 'cpu-prof-'));
  const cli = path.join(repoRoot, 'dist/cli.js');
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', profileDir, cli, '--format', 'json', '.'], {
    cwd: corpus.postsDir, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  // Exit 2 with "internal error in rule …" still lints every file; the profile stays meaningful,
  // so it is kept with a warning. Without profiles there is nothing to show.
  const warning = result.status === 0 || result.status === 1
    ? undefined
    : `the CLI exited with ${result.status ?? result.signal}: ${result.stderr.trim().split('\n').at(-1) ?? ''}`;
  const resolver = new BundleResolver(repoRoot);
  const functions = new Map();
  const inclusive = new Map();
  const files = new Map();
  let sampledMs = 0;
  for (const name of fs.readdirSync(profileDir).filter((file) => file.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(fs.readFileSync(path.join(profileDir, name), 'utf8'));
    for (const { frame, stack, ms } of selfTimes(profile)) {
      sampledMs += ms;
      const where = resolver.resolve(frame);
      add(functions, `${where.name}\0${where.location}`, ms, { name: where.name, location: where.location });
      add(files, where.file, ms, { file: where.file });
      // Total (inclusive) time: the sample counts once for every distinct function on its stack,
      // so recursion does not count twice.
      const seen = new Set();
      for (const caller of stack) {
        const at = resolver.resolve(caller);
        const key = `${at.name}\0${at.location}`;
        if (seen.has(key) || at.name === '(root)') continue;
        seen.add(key);
        add(inclusive, key, ms, { name: at.name, location: at.location });
      }
    }
  }
  fs.rmSync(profileDir, { recursive: true, force: true });
  if (sampledMs === 0) throw new Error(warning ?? 'the CLI wrote no CPU profile');
  const sorted = (map) => [...map.values()].sort((a, b) => b.ms - a.ms).map((entry) => ({ ...entry, share: entry.ms / sampledMs }));
  return { wallMs, sampledMs, warning, functions: sorted(functions), inclusive: sorted(inclusive), files: sorted(files) };
}

function add(map, key, ms, fields) {
  const entry = map.get(key) ?? { ...fields, ms: 0 };
  entry.ms += ms;
  map.set(key, entry);
}

/** [{ frame, stack, ms }]: each profile node's self time, with its call frames up to the root. */
function selfTimes(profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, { frame: node.callFrame, children: node.children ?? [], parent: undefined, ms: 0 }]));
  for (const [id, node] of nodes) for (const child of node.children) nodes.get(child).parent = id;
  profile.samples.forEach((id, index) => {
    nodes.get(id).ms += (profile.timeDeltas[index] ?? 0) / 1000;
  });
  const stackOf = (node) => {
    const stack = [];
    for (let current = node; current; current = nodes.get(current.parent)) stack.push(current.frame);
    return stack;
  };
  return [...nodes.values()].filter((node) => node.ms > 0).map((node) => ({ frame: node.frame, stack: stackOf(node), ms: node.ms }));
}

/** Maps call frames of the esbuild bundle back to the original files through its source map. */
class BundleResolver {
  constructor(repoRoot) {
    this.repoRoot = repoRoot;
    this.maps = new Map();
  }

  resolve(frame) {
    const name = shortName(frame.functionName || '(anonymous)');
    if (!frame.url) return { name, location: '', file: nativeGroup(name) };
    const file = frame.url.startsWith('file://') ? fileURLToPath(frame.url) : frame.url;
    const map = this.mapFor(file);
    const entry = map?.findEntry(frame.lineNumber, frame.columnNumber);
    if (entry?.originalSource) {
      const source = this.shorten(path.resolve(path.dirname(file), entry.originalSource));
      return { name, location: `${source}:${entry.originalLine + 1}`, file: groupOf(source) };
    }
    const shown = this.shorten(file);
    return { name, location: `${shown}:${frame.lineNumber + 1}`, file: groupOf(shown) };
  }

  mapFor(file) {
    if (!this.maps.has(file)) {
      let map;
      try {
        map = new SourceMap(JSON.parse(fs.readFileSync(`${file}.map`, 'utf8')));
      } catch {
        map = undefined;
      }
      this.maps.set(file, map);
    }
    return this.maps.get(file);
  }

  shorten(file) {
    return file.startsWith(this.repoRoot) ? path.relative(this.repoRoot, file) : file.replace(/^node:/, 'node:');
  }
}

/** Regex frames are named by their whole source; the start is enough to recognise them. */
function shortName(name) {
  return name.length > 90 ? `${name.slice(0, 89)}…` : name;
}

/** Frames without a script: V8's own entries, compiled regular expressions, native bindings (fs). */
function nativeGroup(name) {
  if (name.startsWith('(')) return name;
  if (name.startsWith('RegExp: ')) return '(regular expressions)';
  return '(native bindings, e.g. fs)';
}

/** A package for node_modules files ("twitter-text"), else the source file. */
function groupOf(source) {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (match) return `node_modules/${match[1]}`;
  if (source.startsWith('node:') || !source.includes('/')) return source.startsWith('node:') ? '(node internals)' : source;
  return source;
}

export function formatProfile(profile, top = 20) {
  const lines = [`CLI wall ${(profile.wallMs / 1000).toFixed(2)} s, ${(profile.sampledMs / 1000).toFixed(2)} s sampled (all threads)`];
  if (profile.warning) lines.push(`warning: ${profile.warning}`);
  lines.push('', 'Top functions by self time:');
  for (const entry of profile.functions.slice(0, top)) {
    lines.push(`${pad(entry.ms.toFixed(0), 7)} ms ${pad((entry.share * 100).toFixed(1), 5)} %  ${entry.name}  ${entry.location}`);
  }
  lines.push('', 'Top functions by total time (self + callees):');
  for (const entry of profile.inclusive.slice(0, top)) {
    lines.push(`${pad(entry.ms.toFixed(0), 7)} ms ${pad((entry.share * 100).toFixed(1), 5)} %  ${entry.name}  ${entry.location}`);
  }
  lines.push('', 'Self time by source file or package:');
  for (const entry of profile.files.slice(0, top)) {
    lines.push(`${pad(entry.ms.toFixed(0), 7)} ms ${pad((entry.share * 100).toFixed(1), 5)} %  ${entry.file}`);
  }
  return lines.join('\n');
}

function pad(text, width) {
  return text.padStart(width);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { ensureCorpus } = await import('./corpus.mjs');
  const at = process.argv.indexOf('--top');
  const top = at === -1 ? 20 : Number(process.argv[at + 1]);
  const repoRoot = path.resolve(import.meta.dirname, '../..');
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-bench-profile-'));
  try {
    console.log(formatProfile(profileCli({ repoRoot, corpus: ensureCorpus(), workDir }), top));
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}
