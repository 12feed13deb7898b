// The malformed-input corpus (test/malformed/corpus, written by test/malformed/build-corpus.mjs; cases.json says
// where each case's problem is): broken and hostile frontmatter, broken `.postlintrc.json` files,
// and files that are not UTF-8 text. Every case yields a diagnostic whose range covers the problem —
// in the engine, in the CLI (`file:line:column: message`, exit 2 for a config or encoding error) and
// in the language server (diagnostics in a broken config file) — and none crashes or hangs.
//
// The CLI runs as a process once per kind of case (all cases of a kind in one run: each config
// folder has its own `.postlintrc.json`, and a run reports the problems of every config it meets),
// and in-process once per config case through `run()` — the function dist/cli.js calls with the
// process's arguments and streams, so the same code path.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { lint, LineIndex, parseConfig, type Position } from '../../rules';
import { run } from '../../server/cli/run';
import { parseJsonReport, runCli, type JsonEntry } from '../cli/helpers';
import { TestServer } from '../protocol/lsp-client';
import { checkDocument, newFigures } from '../reliability/invariants';

const CORPUS = path.resolve(__dirname, '../../../test/malformed/corpus');

interface Case {
  kind: 'frontmatter' | 'config' | 'encoding';
  file: string;
  name: string;
  at?: Position;
  expect?: string[] | { lintsAs?: string; refused?: string; at?: Position };
}

const cases: Case[] = JSON.parse(fs.readFileSync(path.join(CORPUS, 'cases.json'), 'utf8'));
const ofKind = (kind: Case['kind']) => cases.filter((entry) => entry.kind === kind);

function offsetOf(text: string, position: Position): number {
  return new LineIndex(text).offsetAt(position);
}

/** `file:line:column: …` lines of the CLI's stderr for one file (1-based, as printed). */
function stderrLinesFor(stderr: string, file: string): string[] {
  return stderr.split('\n').filter((line) => line.startsWith(`${file}:`));
}

describe('malformed-input corpus', () => {
  it('has at least 200 cases of each kind promised', () => {
    assert.ok(cases.length >= 200, `${cases.length} cases`);
    for (const kind of ['frontmatter', 'config', 'encoding'] as const) assert.ok(ofKind(kind).length >= 15, `${ofKind(kind).length} ${kind} cases`);
  });

  describe('frontmatter', () => {
    it('the engine reports each case with a frontmatter finding over the marked place, within 1 s, no failure', () => {
      for (const entry of ofKind('frontmatter')) {
        const text = fs.readFileSync(path.join(CORPUS, entry.file), 'utf8');
        const at = offsetOf(text.replace(/^\uFEFF/, ''), entry.at!) + (text.startsWith('\uFEFF') ? 1 : 0);
        const findings = checkDocument(text, {}, newFigures());
        const covering = findings.filter((finding) => finding.ruleId === 'frontmatter' && finding.start <= at && at <= finding.end);
        assert.ok(
          covering.some((finding) => (entry.expect as string[]).includes(finding.messageId)),
          `${entry.file} (${entry.name}): a ${(entry.expect as string[]).join('/')} finding at offset ${at}; got ${findings
            .filter((finding) => finding.ruleId === 'frontmatter')
            .map((finding) => `${finding.messageId}@${finding.start}-${finding.end}`)
            .join(', ')}`,
        );
      }
    });

    it('the CLI reports each case at the same place (one run over all, --format json, exit 1)', () => {
      const result = runCli(['--format', 'json', 'frontmatter'], { cwd: CORPUS });
      assert.equal(result.code, 1, result.stderr);
      const report = parseJsonReport(result.stdout);
      const byFile = new Map<string, JsonEntry>(report.map((entry) => [entry.file.split(path.sep).join('/'), entry]));
      for (const entry of ofKind('frontmatter')) {
        const file = byFile.get(entry.file);
        assert.ok(file, `${entry.file} is in the report`);
        const at = entry.at!;
        const covers = (range: { start: Position; end: Position }) =>
          (range.start.line < at.line || (range.start.line === at.line && range.start.character <= at.character)) &&
          (range.end.line > at.line || (range.end.line === at.line && range.end.character >= at.character));
        assert.ok(
          file.diagnostics.some((diagnostic) => diagnostic.rule === 'frontmatter' && covers(diagnostic.range)),
          `${entry.file} (${entry.name}): a frontmatter diagnostic at ${at.line}:${at.character}`,
        );
      }
    });
  });

  describe('config files', () => {
    it('the engine reports each broken config with a problem over the marked place (line and column)', () => {
      for (const entry of ofKind('config')) {
        const text = fs.readFileSync(path.join(CORPUS, entry.file), 'utf8').replace(/^\uFEFF/, '');
        const at = offsetOf(text, entry.at!);
        const { config, problems } = parseConfig(text, entry.file);
        assert.deepEqual(config, {}, `${entry.file}: linting goes on with the defaults`);
        const covering = problems.filter((problem) => problem.start <= at && at <= problem.end);
        assert.ok(covering.length > 0, `${entry.file} (${entry.name}): a problem at offset ${at}; got ${problems.map((problem) => `${problem.start}-${problem.end} ${problem.message}`).join('; ')}`);
        for (const problem of problems) assert.deepEqual(new LineIndex(text).positionAt(problem.start), { line: problem.line, character: problem.character });
      }
    });

    it('the CLI prints `file:line:column: message` for each and exits 2 (in-process run() per case)', async () => {
      for (const entry of ofKind('config')) {
        const folder = path.join(CORPUS, path.dirname(entry.file));
        let stderr = '';
        let stdout = '';
        const code = await run(['post.post.md'], {
          cwd: folder,
          env: {},
          stdout: { write: (chunk) => (stdout += String(chunk)) },
          stderr: { write: (chunk) => (stderr += String(chunk)) },
          readStdin: async () => Buffer.alloc(0),
          docsDirectory: '',
        });
        assert.equal(code, 2, `${entry.file}: exit 2`);
        assert.equal(stdout, '', `${entry.file}: nothing is linted with a broken config`);
        const text = fs.readFileSync(path.join(CORPUS, entry.file), 'utf8').replace(/^\uFEFF/, '');
        const at = offsetOf(text, entry.at!);
        const problem = parseConfig(text).problems.find((candidate) => candidate.start <= at && at <= candidate.end)!;
        assert.ok(stderr.includes(`.postlintrc.json:${problem.line + 1}:${problem.character + 1}: ${problem.message}\n`), `${entry.file}: ${stderr}`);
      }
    });

    it('the CLI process reports every broken config of a run, each at its line and column', () => {
      const result = runCli(['config'], { cwd: CORPUS });
      assert.equal(result.code, 2);
      assert.equal(result.stdout, '');
      for (const entry of ofKind('config')) {
        const shown = entry.file.split('/').join(path.sep);
        const lines = stderrLinesFor(result.stderr, shown);
        assert.ok(lines.length > 0, `${entry.file} is reported`);
        for (const line of lines) assert.match(line, /^.+\.postlintrc\.json:\d+:\d+: \S/);
      }
    });

    describe('in the language server', () => {
      let server: TestServer;
      before(async () => {
        server = await TestServer.start({ locale: 'en' });
      });
      after(async () => {
        await server.stop();
      });

      it('an open broken config file gets diagnostics over the marked place', async () => {
        for (const entry of ofKind('config')) {
          const file = path.join(CORPUS, entry.file);
          const uri = pathToFileURL(file).href;
          // As an editor opens it: without the byte-order mark.
          const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
          await server.open(uri, text, 1, 'jsonc');
          const published = await server.waitForDiagnostics(uri, (params) => params.diagnostics.length > 0);
          const at = entry.at!;
          const covers = published.diagnostics.some(
            ({ range }) =>
              (range.start.line < at.line || (range.start.line === at.line && range.start.character <= at.character)) &&
              (range.end.line > at.line || (range.end.line === at.line && range.end.character >= at.character)),
          );
          assert.ok(covers, `${entry.file} (${entry.name}): a diagnostic at ${at.line}:${at.character}`);
          await server.close(uri);
        }
      });
    });
  });

  describe('file encodings', () => {
    it('the CLI decodes UTF-16 by its BOM and refuses what is not text, at the first bad byte (one run, exit 2)', () => {
      const result = runCli(['--format', 'json', 'encoding'], { cwd: CORPUS });
      assert.equal(result.code, 2, 'files that are not text make the run exit 2');
      const report = parseJsonReport(result.stdout);
      for (const entry of ofKind('encoding')) {
        const expect = entry.expect as { lintsAs?: string; refused?: string; at?: Position };
        const shown = entry.file.split('/').join(path.sep);
        const linted = report.find((candidate) => candidate.file === shown);
        if (expect.lintsAs !== undefined) {
          assert.ok(linted, `${entry.file} (${entry.name}) is linted`);
          const lines = new LineIndex(expect.lintsAs);
          const expected = lint(expect.lintsAs, { suggestions: false }).findings.map((finding) => ({
            rule: finding.ruleId,
            message: finding.message,
            range: { start: lines.positionAt(finding.start), end: lines.positionAt(finding.end) },
          }));
          assert.deepEqual(linted.diagnostics.map(({ rule, message, range }) => ({ rule, message, range })), expected, `${entry.file}: as its text in UTF-8`);
        } else {
          assert.equal(linted, undefined, `${entry.file} (${entry.name}) is not linted`);
          const lines = result.stderr.split('\n').filter((line) => line.includes(`${shown}:`) || line.includes(`'${shown}'`));
          assert.equal(lines.length, 1, `${entry.file}: one message: ${result.stderr}`);
          assert.match(lines[0], new RegExp(expect.refused!));
          if (expect.at) assert.ok(lines[0].startsWith(`postlint: ${shown}:${expect.at.line + 1}:${expect.at.character + 1}: `), `${entry.file}: at ${expect.at.line + 1}:${expect.at.character + 1}: ${lines[0]}`);
        }
      }
    });

    it('--fix writes a UTF-16 post back in UTF-16, with its BOM', () => {
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-utf16-'));
      try {
        const text = '---\nchannels: [facebook]\n---\nUnser neuer #Sommertarif ist da!\n';
        const file = path.join(folder, 'utf16.post.md');
        fs.writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
        const result = runCli(['--fix', 'utf16.post.md'], { cwd: folder });
        assert.equal(result.code, 0, result.stderr);
        const bytes = fs.readFileSync(file);
        assert.deepEqual([...bytes.subarray(0, 2)], [0xff, 0xfe]);
        assert.equal(bytes.subarray(2).toString('utf16le'), text.replace('#Sommertarif', 'Sommertarif'));
      } finally {
        fs.rmSync(folder, { recursive: true, force: true });
      }
    });
  });
});
