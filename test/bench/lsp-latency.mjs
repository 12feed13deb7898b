// Editor latency of the language server, measured over stdio with the real dist/server.js as an
// editor uses it (or the server bundle named by the POSTLINT_SERVER environment variable; issue 5
// targets in brackets):
//   - server ready: spawn → `initialize` response                         (≤ 150 ms)
//   - keystroke in a 1 KB post → its publishDiagnostics, p50/p95/p99       (p99 ≤ 5 ms)
//   - opening a 1 MB post → its first diagnostics                          (≤ 300 ms)
//   - keystroke in the 1 MB post → its diagnostics                         (≤ 100 ms)
//   - `postlint/preview` for a 1 KB post                                   (≤ 5 ms)
//   - server RSS with 100 open posts                                       (≤ 60 MB)
// Every measurement returns a row; one that cannot run says "skipped: <reason>" instead.
//
// A keystroke is timed from sending its didChange until the diagnostics of exactly that document
// version arrive (Postlint's server sends `version` with them; without it, the next diagnostics of
// the document count). Keystrokes are sent one after another, the next only when the previous one's
// diagnostics are in, as a fast typist with a fast server sees it.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DiagnosticsTimeout, LspSession, defaultSettings, pathToUri, withTimeout } from './lsp-client.mjs';
import { readVmHWM, readVmRSS } from './measure.mjs';
import { makePost } from './post-text.mjs';
import { Random } from './random.mjs';
import { latencySummary, max, median, min } from './stats.mjs';

const TYPED = ' Wir melden uns gleich bei dir, versprochen.';

// Time the 1 MB measurements may take each (opens, then keystrokes) before they stop repeating.
const LARGE_BUDGET_MS = 60_000;

export const LSP_DEFAULTS = { starts: 10, keystrokes: 500, warmup: 50, largeKeystrokes: 30, largeOpens: 3, previews: 200, openPosts: 100 };

/** Runs every editor measurement; returns rows for the report. */
export async function measureEditor({ repoRoot, corpus, workDir, options = {} }) {
  const settings = { ...LSP_DEFAULTS, ...options };
  // POSTLINT_SERVER measures another build of the server (e.g. one bundled elsewhere) than dist/'s.
  const serverPath = process.env.POSTLINT_SERVER ? path.resolve(process.env.POSTLINT_SERVER) : path.join(repoRoot, 'dist/server.js');
  if (!fs.existsSync(serverPath)) {
    const reason = `${path.relative(repoRoot, serverPath)} does not exist (run \`npm run build\`)`;
    return ['ready', 'keystroke-1kb', 'open-1mb', 'keystroke-1mb', 'preview-1kb', 'memory-100'].map((id) => skipped(id, reason));
  }
  const workspace = fs.mkdtempSync(path.join(workDir, 'lsp-workspace-'));
  const context = { serverPath, workspace, clientSettings: defaultSettings(repoRoot), corpus, settings };
  const rows = [];
  for (const measurement of [measureReady, measureSmallPost, measureLargePost, measureMemory]) {
    rows.push(...(await measurement(context)));
  }
  fs.rmSync(workspace, { recursive: true, force: true });
  return rows;
}

function skipped(id, reason) {
  return { id, status: 'skipped', reason };
}

/** A timeout is a result (slower than the limit), anything else a skipped measurement. */
function failed(id, error) {
  return error instanceof DiagnosticsTimeout
    ? { id, status: 'timeout', limitMs: error.timeoutMs, reason: error.message }
    : skipped(id, error.message);
}

/** Starts a server in the empty workspace folder and initializes it. */
async function startServer(context) {
  const session = new LspSession({ serverPath: context.serverPath, cwd: context.workspace, settings: context.clientSettings });
  const { readyMs, capabilities } = await withTimeout(session.initialize(context.workspace), 10_000);
  return { session, readyMs, capabilities };
}

async function measureReady(context) {
  const times = [];
  try {
    for (let i = 0; i < context.settings.starts; i++) {
      const { session, readyMs } = await startServer(context);
      times.push(readyMs);
      await session.stop();
    }
  } catch (error) {
    return [skipped('ready', `server did not answer initialize: ${error.message}`)];
  }
  return [{ id: 'ready', status: 'ok', unit: 'ms', runs: times.length, median: median(times), min: min(times), max: max(times) }];
}

/** Keystrokes and preview requests in a 1 KB post. */
async function measureSmallPost(context) {
  const text = postOfSize(1024, 1100, { channels: ['twitter', 'facebook', 'instagram'], kind: 'post', lang: 'de' });
  const uri = pathToUri(path.join(context.workspace, 'one-kb.post.md'));
  let server;
  try {
    server = await startServer(context);
    const { session } = server;
    const opened = session.diagnosticsFor(uri, 1, 10_000);
    session.open(uri, text);
    await opened;
    const document = new TypedDocument(session, uri, text);
    const rows = [];
    try {
      await document.type(context.settings.warmup, 5_000);
      const latencies = await document.type(context.settings.keystrokes, 5_000);
      rows.push({ id: 'keystroke-1kb', status: 'ok', unit: 'ms', bytes: Buffer.byteLength(text), ...latencySummary(latencies) });
    } catch (error) {
      rows.push(failed('keystroke-1kb', error));
    }
    rows.push(await measurePreview(session, uri, context.settings));
    return rows;
  } catch (error) {
    return [failed('keystroke-1kb', error), skipped('preview-1kb', error.message)];
  } finally {
    await server?.session.stop();
  }
}

async function measurePreview(session, uri, settings) {
  const times = [];
  try {
    for (let i = 0; i < settings.warmup + settings.previews; i++) {
      const started = process.hrtime.bigint();
      const model = await withTimeout(session.request('postlint/preview', { uri }), 5_000);
      if (model === null || model === undefined) return skipped('preview-1kb', 'postlint/preview returned no model for an open post');
      if (i >= settings.warmup) times.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  } catch (error) {
    const reason = error.code === -32601 ? 'postlint/preview is not implemented by the server' : `postlint/preview failed: ${error.message}`;
    return skipped('preview-1kb', reason);
  }
  return { id: 'preview-1kb', status: 'ok', unit: 'ms', ...latencySummary(times) };
}

/**
 * Opening a 1 MB post, then keystrokes in it. Each open is a fresh document (a new URI), so the
 * server lints it from scratch: it keeps what a document's lint found only for that document's next
 * lint. A server that does not check a post this large (one "too large" notice instead of findings)
 * is not measured: that would time a skip.
 */
async function measureLargePost(context) {
  const text = postOfSize(1_000_000, 1_100_000, { channels: ['facebook', 'linkedin'], kind: 'post', lang: 'de' }, 1_000_000);
  let server;
  try {
    server = await startServer(context);
    const { session } = server;
    const opens = [];
    let uri;
    let diagnostics;
    const started = performance.now();
    for (let i = 0; i < context.settings.largeOpens && withinBudget(started, LARGE_BUDGET_MS, opens.at(-1)); i++) {
      if (uri) session.close(uri);
      uri = pathToUri(path.join(context.workspace, `one-mb-${i}.post.md`));
      const started = process.hrtime.bigint();
      const opened = session.diagnosticsFor(uri, 1, 60_000);
      session.open(uri, text);
      ({ diagnostics } = await opened);
      opens.push(Number(process.hrtime.bigint() - started) / 1e6);
      if (diagnostics.some((diagnostic) => diagnostic.data?.messageId === 'tooLargeToCheck')) {
        const reason = 'the server does not check a post this large (its size limit): nothing to time';
        return [skipped('open-1mb', reason), skipped('keystroke-1mb', reason)];
      }
    }
    const rows = [{ id: 'open-1mb', status: 'ok', unit: 'ms', bytes: Buffer.byteLength(text), diagnostics: diagnostics.length, runs: opens.length, median: median(opens), min: min(opens), max: max(opens) }];
    try {
      const document = new TypedDocument(session, uri, text);
      const latencies = await document.type(context.settings.largeKeystrokes, 30_000, LARGE_BUDGET_MS);
      rows.push({ id: 'keystroke-1mb', status: 'ok', unit: 'ms', ...latencySummary(latencies) });
    } catch (error) {
      rows.push(failed('keystroke-1mb', error));
    }
    return rows;
  } catch (error) {
    return [failed('open-1mb', error), skipped('keystroke-1mb', 'the 1 MB post was never linted')];
  } finally {
    await server?.session.stop();
  }
}

/** RSS of a fresh server after 100 corpus posts are open and linted. */
async function measureMemory(context) {
  const files = firstPosts(context.corpus.postsDir, context.settings.openPosts);
  let server;
  try {
    server = await startServer(context);
    const { session } = server;
    const idleKB = readVmRSS(session.pid);
    const linted = files.map((file, index) => {
      const uri = pathToUri(path.join(context.workspace, `open-${index}.post.md`));
      const done = session.diagnosticsFor(uri, 1, 30_000);
      session.open(uri, fs.readFileSync(file, 'utf8'));
      return done;
    });
    await Promise.all(linted);
    const rssKB = readVmRSS(session.pid);
    const peakKB = readVmHWM(session.pid);
    return [{ id: 'memory-100', status: 'ok', unit: 'MB', posts: files.length, idle: idleKB / 1024, rss: rssKB / 1024, peak: peakKB / 1024 }];
  } catch (error) {
    return [failed('memory-100', error)];
  } finally {
    await server?.session.stop();
  }
}

/**
 * A document being typed into: inserts TYPED one character at a time at the end of its first body
 * line, then deletes it again with backspace, and so on — the text stays about the same size.
 */
class TypedDocument {
  constructor(session, uri, text) {
    this.session = session;
    this.uri = uri;
    this.text = text;
    this.version = 1;
    this.lines = text.split('\n');
    this.line = bodyLine(this.lines);
    this.anchor = this.lines[this.line].replace(/\r$/, '').length;
    this.typed = 0;
    this.deleting = false;
  }

  /**
   * Sends up to `count` keystrokes; resolves with each one's latency in ms. Stops early when
   * another keystroke would overrun `budgetMs`, so that a slow server cannot stretch the benchmark
   * to hours.
   */
  async type(count, timeoutMs, budgetMs = Infinity) {
    const latencies = [];
    const started = performance.now();
    for (let i = 0; i < count && withinBudget(started, budgetMs, latencies.at(-1)); i++) {
      const edit = this.nextEdit();
      this.version++;
      const arrived = this.session.diagnosticsFor(this.uri, this.version, timeoutMs);
      const started = process.hrtime.bigint();
      this.session.change(this.uri, this.version, edit, this.text);
      await arrived;
      latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    return latencies;
  }

  nextEdit() {
    if (!this.deleting && this.typed === TYPED.length) this.deleting = true;
    if (this.deleting && this.typed === 0) this.deleting = false;
    const line = this.lines[this.line];
    const at = this.anchor + this.typed;
    let edit;
    if (this.deleting) {
      edit = { range: range(this.line, at - 1, at), text: '' };
      this.lines[this.line] = line.slice(0, at - 1) + line.slice(at);
      this.typed--;
    } else {
      const character = TYPED[this.typed];
      edit = { range: range(this.line, at, at), text: character };
      this.lines[this.line] = line.slice(0, at) + character + line.slice(at);
      this.typed++;
    }
    this.text = this.lines.join('\n');
    return edit;
  }
}

/** Whether one more repetition, as long as the last one, still ends within the budget. */
function withinBudget(started, budgetMs, lastMs = 0) {
  return performance.now() - started + lastMs <= budgetMs;
}

function range(line, start, end) {
  return { start: { line, character: start }, end: { line, character: end } };
}

/** The first line after the frontmatter. */
function bodyLine(lines) {
  if (lines[0]?.replace(/\r$/, '') !== '---') return 0;
  const close = lines.findIndex((line, index) => index > 0 && line.replace(/\r$/, '') === '---');
  return close === -1 ? 0 : Math.min(close + 1, lines.length - 1);
}

/** A generated post whose UTF-8 size lies in [minBytes, maxBytes] (deterministic). */
function postOfSize(minBytes, maxBytes, overrides, target) {
  const rng = new Random(7);
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const { text } = makePost(rng, attempt, { ...overrides, target: target ?? Math.round(minBytes * 0.85) });
    const bytes = Buffer.byteLength(text);
    if (bytes >= minBytes && bytes <= maxBytes && !text.includes('\r')) return text;
  }
  throw new Error(`no generated post between ${minBytes} and ${maxBytes} bytes`);
}

function firstPosts(dir, count) {
  const files = [];
  for (const bucket of fs.readdirSync(dir).filter((name) => !name.startsWith('.')).sort()) {
    for (const name of fs.readdirSync(path.join(dir, bucket)).sort()) {
      files.push(path.join(dir, bucket, name));
      if (files.length === count) return files;
    }
  }
  return files;
}

// Run alone: node test/bench/lsp-latency.mjs
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { ensureCorpus } = await import('./corpus.mjs');
  const repoRoot = path.resolve(import.meta.dirname, '../..');
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-bench-lsp-'));
  const rows = await measureEditor({ repoRoot, corpus: ensureCorpus(), workDir });
  console.log(JSON.stringify(rows, null, 2));
  fs.rmSync(workDir, { recursive: true, force: true });
}
