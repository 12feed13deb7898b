// The CLI and the language server agree: for every post of examples/ and a seeded sample of
// generated posts, `postlint --format json` and the server over stdio report the same findings —
// rule, range and message — both for posts the server reads from disk (its workspace scan) and for
// posts open in the editor. Both sides run the bundles users run (dist/cli.js, dist/server.js).

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { decodePost } from '../../server/cli/read-post';
import { parseJsonReport, runCli, type JsonEntry } from '../cli/helpers';
import { postDocument, SEED } from '../support/arbitraries';
import { ROOT, TempFolder, TestServer } from './lsp-client';

const GENERATED = 200;

interface Compared {
  rule: string;
  message: string;
  range: Diagnostic['range'];
}

const byPlace = (a: Compared, b: Compared) =>
  a.range.start.line - b.range.start.line ||
  a.range.start.character - b.range.start.character ||
  a.range.end.line - b.range.end.line ||
  a.range.end.character - b.range.end.character ||
  a.rule.localeCompare(b.rule) ||
  a.message.localeCompare(b.message);

function fromServer(diagnostics: readonly Diagnostic[]): Compared[] {
  return diagnostics.map((diagnostic) => ({ rule: String(diagnostic.code), message: String(diagnostic.message), range: diagnostic.range })).sort(byPlace);
}

function fromCli(entry: JsonEntry): Compared[] {
  return entry.diagnostics.map(({ rule, message, range }) => ({ rule, message, range })).sort(byPlace);
}

describe('CLI and server agree', () => {
  let folder: TempFolder;
  let server: TestServer;
  /** Relative path (with `/`) → the text an editor shows (decoded, without a byte-order mark). */
  const posts = new Map<string, string>();
  let report: JsonEntry[];

  before(async () => {
    // The examples with their team config, and the generated posts beside them (same config).
    const files: Record<string, string> = {};
    for (const name of fs.readdirSync(path.join(ROOT, 'examples'))) {
      if (name.endsWith('.post.md') || name === '.postlintrc.json') files[name] = fs.readFileSync(path.join(ROOT, 'examples', name), 'utf8');
    }
    fc.sample(postDocument, { seed: SEED + 7, numRuns: GENERATED }).forEach((text, index) => (files[`generated/${String(index).padStart(3, '0')}.post.md`] = text));
    folder = new TempFolder(files);
    for (const name of Object.keys(files).filter((file) => file.endsWith('.post.md'))) {
      // What the file holds once written (a lone surrogate becomes U+FFFD); a file with a NUL byte is
      // no post, and both sides skip it.
      const decoded = decodePost(fs.readFileSync(folder.file(name)));
      if ('text' in decoded) posts.set(name, decoded.text);
    }
    assert.ok(posts.size >= GENERATED * 0.8, `${posts.size} posts to compare`);

    report = parseJsonReport(runCli(['--format', 'json', '--locale', 'en', '.'], { cwd: folder.path }).stdout);
    server = await TestServer.start({ locale: 'en', workspace: folder.path, settings: { locale: 'en' } });
  });
  after(async () => {
    await server?.stop();
    folder?.dispose();
  });

  function cliFindings(name: string): Compared[] {
    const entry = report.find((candidate) => candidate.file.split(path.sep).join('/') === name);
    assert.ok(entry, `${name} is in the CLI's report`);
    return fromCli(entry);
  }

  it(`the same findings for the posts on disk (the server's workspace scan): examples and ${GENERATED} generated posts`, async () => {
    await server.waitFor('the workspace scan', () => server.logs.find((entry) => entry.message.includes('posts in')), 60_000);
    let findings = 0;
    const disagreeing: string[] = [];
    for (const name of posts.keys()) {
      await server.waitForDiagnostics(folder.uri(name));
      const expected = cliFindings(name);
      findings += expected.length;
      if (!isDeepStrictEqual(fromServer(server.latest(folder.uri(name))!.diagnostics), expected)) disagreeing.push(name);
    }
    // All disagreements at once (each posts's first is shown by the assertion after).
    assert.deepEqual(disagreeing, [], `${disagreeing.length} of ${posts.size} posts disagree`);
    assert.ok(findings > posts.size, `${findings} findings compared`);
    console.log(`CLI and server agree: ${posts.size} posts (${posts.size - [...posts.keys()].filter((name) => name.startsWith('generated/')).length} examples), ${findings} findings`);
  });

  it('the same findings for the same posts open in the editor', async () => {
    const disagreeing: string[] = [];
    for (const [name, text] of posts) {
      const uri = folder.uri(name);
      const since = server.diagnostics.length;
      await server.open(uri, text, 1);
      const published = await server.waitForVersion(uri, 1, since);
      if (!isDeepStrictEqual(fromServer(published.diagnostics), cliFindings(name))) disagreeing.push(name);
      await server.close(uri);
    }
    assert.deepEqual(disagreeing, [], `${disagreeing.length} of ${posts.size} posts disagree`);
  });
});
