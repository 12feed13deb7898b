// The VSIX ships no native modules and no node_modules: the bundles must run on their own. This
// copies what the VSIX holds (dist/ without source maps, the manifest and its data files) to a
// temporary folder far from any node_modules, then runs the CLI on a post there and starts the
// language server over stdio, which must answer `initialize` and publish diagnostics.

import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import {
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  type InitializeResult,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol';

const ROOT = path.resolve(__dirname, '../../..');
const POST = '---\nchannels: [facebook]\n---\nUnser neuer #Sommertarif ist da!\n';

/** What the extension needs besides dist/ (see .vscodeignore). */
const SHIPPED = ['package.json', 'package.nls.json', 'language-configuration.json', 'schemas', 'l10n', 'syntaxes'];

function copy(from: string, to: string): void {
  fs.cpSync(from, to, { recursive: true, filter: (source) => !source.endsWith('.map') });
}

/** The environment of a user's machine: no module search path pointing into the checkout. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.NODE_PATH;
  delete env.NODE_OPTIONS;
  return env;
}

describe('the bundles run without node_modules', () => {
  let folder: string;
  before(() => {
    folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-standalone-')));
    copy(path.join(ROOT, 'dist'), path.join(folder, 'dist'));
    for (const name of SHIPPED) if (fs.existsSync(path.join(ROOT, name))) copy(path.join(ROOT, name), path.join(folder, name));
    fs.writeFileSync(path.join(folder, 'post.post.md'), POST);
  });
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('has no node_modules on the way up and no native module', () => {
    for (let dir = folder; dir !== path.dirname(dir); dir = path.dirname(dir)) {
      assert.ok(!fs.existsSync(path.join(dir, 'node_modules')), `no node_modules in ${dir}`);
    }
    const files = fs.readdirSync(folder, { recursive: true }).map(String);
    assert.deepEqual(files.filter((file) => file.endsWith('.node')), [], 'no native addon');
  });

  it('node dist/cli.js lints a post', () => {
    const result = spawnSync(process.execPath, ['dist/cli.js', '--format', 'json', 'post.post.md'], { cwd: folder, env: cleanEnv(), encoding: 'utf8', timeout: 60_000 });
    assert.equal(result.stderr, '');
    const report = JSON.parse(result.stdout) as Array<{ diagnostics: Array<{ rule: string }> }>;
    assert.deepEqual(report[0].diagnostics.map((diagnostic) => diagnostic.rule), ['facebook-hashtags']);
    assert.equal(result.status, 0, 'a warning only');
  });

  it('node dist/server.js --stdio answers initialize and publishes diagnostics', async () => {
    const child = spawn(process.execPath, ['dist/server.js', '--stdio'], { cwd: folder, env: cleanEnv(), stdio: 'pipe' });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const published = new Promise<PublishDiagnosticsParams>((resolve) => connection.onNotification(PublishDiagnosticsNotification.type, resolve));
    connection.listen();
    const timeout = <T>(what: string, promise: Promise<T>) =>
      Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer within 20 s\n${stderr}`)), 20_000).unref())]);
    try {
      const result = await timeout('initialize', connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null }) as Promise<InitializeResult>);
      assert.ok(result.capabilities.textDocumentSync, 'the server describes its capabilities');
      await connection.sendNotification(InitializedNotification.type, {});
      await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: 'untitled:standalone', languageId: 'social-post', version: 1, text: POST } });
      // The first lint loads the engine bundle (and the background worker): those too run standalone.
      const diagnostics = await timeout('diagnostics', published);
      assert.deepEqual(diagnostics.diagnostics.map((diagnostic) => diagnostic.code), ['facebook-hashtags']);
      await timeout('shutdown', connection.sendRequest(ShutdownRequest.type));
      await connection.sendNotification(ExitNotification.type);
      await timeout('exit', new Promise((resolve) => child.on('exit', resolve)));
    } finally {
      connection.dispose();
      child.kill();
    }
    assert.equal(stderr, '');
  });
});
