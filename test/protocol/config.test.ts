// Settings and `.postlintrc.json`: precedence, watched changes re-lint open posts, a broken config
// file gets diagnostics of its own while linting goes on with the defaults.

import * as assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { DidSaveTextDocumentNotification, FileChangeType, type Diagnostic, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { TempFolder, TestServer, textAt } from './lsp-client';

const POST = '---\nchannels: [facebook, instagarm]\n---\nUnser neuer Tarif ist da!\n';

const hasTypo = (params: PublishDiagnosticsParams) => params.diagnostics.some((diagnostic: Diagnostic) => diagnostic.code === 'frontmatter');

describe('configuration files', () => {
  let server: TestServer;
  let folder: TempFolder;
  let post: string;
  let config: string;

  before(async () => {
    server = await TestServer.start({ locale: 'en' });
  });
  after(async () => {
    await server.stop();
  });
  beforeEach(async () => {
    folder = new TempFolder();
    post = folder.uri('drafts/launch.post.md');
    config = folder.uri('.postlintrc.json');
    await server.open(post, POST);
    const first = await server.waitForVersion(post, 1);
    assert.ok(hasTypo(first), 'the typo is reported without a config file');
  });
  afterEach(async () => {
    await server.close(post);
    folder.dispose();
  });

  /** Writes the config file and tells the server, as the client's file watcher would. */
  async function writeConfig(text: string, type: FileChangeType = FileChangeType.Created): Promise<number> {
    const since = server.diagnostics.length;
    folder.write('.postlintrc.json', text);
    await server.filesChanged([{ uri: config, type }]);
    return since;
  }

  it('re-lints open posts when a .postlintrc.json up the tree appears, changes or goes', async () => {
    let since = await writeConfig('{ "rules": { "frontmatter": "off" } }');
    await server.waitForDiagnostics(post, (params) => !hasTypo(params), since);
    const clean = await server.waitForDiagnostics(config, () => true, since);
    assert.deepEqual(clean.diagnostics, []);

    since = await writeConfig('// the team’s settings\n{ "rules": { "frontmatter": "warning" } }', FileChangeType.Changed);
    const warned = await server.waitForDiagnostics(post, hasTypo, since);
    assert.equal(warned.version, 1, 'the open document is re-linted at its current version');
    assert.equal(warned.diagnostics.find((diagnostic) => diagnostic.code === 'frontmatter')!.severity, 2);

    since = server.diagnostics.length;
    folder.remove('.postlintrc.json');
    await server.filesChanged([{ uri: config, type: FileChangeType.Deleted }]);
    const back = await server.waitForDiagnostics(post, (params) => params.diagnostics.find((diagnostic) => diagnostic.code === 'frontmatter')?.severity === 1, since);
    assert.ok(hasTypo(back));
  });

  it('reports a broken config file in the file itself, with its position, and lints with the defaults', async () => {
    const broken = '{\n  "rules": { "frontmatter": "off" },\n  "signOf": "^SeSe"\n}\n';
    const since = await writeConfig(broken);
    const problems = await server.waitForDiagnostics(config, (params) => params.diagnostics.length > 0, since);
    assert.equal(problems.diagnostics.length, 1);
    const [problem] = problems.diagnostics;
    assert.equal(problem.source, 'postlint');
    assert.equal(problem.severity, 1);
    assert.equal(problem.range.start.line, 2);
    assert.match(textAt(broken, problem.range), /signOf/);
    // The broken file is ignored as a whole: the typo (switched off by that file) is back.
    const post1 = await server.waitForDiagnostics(post, () => true, since);
    assert.ok(hasTypo(post1));

    const fixedSince = await writeConfig('{ "rules": { "frontmatter": "off" }, "signOff": "^SeSe" }', FileChangeType.Changed);
    const cleared = await server.waitForDiagnostics(config, () => true, fixedSince);
    assert.deepEqual(cleared.diagnostics, []);
    await server.waitForDiagnostics(post, (params) => !hasTypo(params), fixedSince);
  });

  it('reports invalid JSON with its line and column', async () => {
    const broken = '{\n  "rules": {\n    "tone": "off",\n  \n';
    const since = await writeConfig(broken);
    const problems = await server.waitForDiagnostics(config, (params) => params.diagnostics.length > 0, since);
    assert.ok(problems.diagnostics.every((diagnostic) => diagnostic.range.start.line >= 2));
    await server.waitForDiagnostics(post, hasTypo, since);
  });

  it('checks a config file open in the editor as you type, and shows the file on disk again when it is closed', async () => {
    const broken = '{ "rules": { "frontmatter": "of" } }';
    const since = await writeConfig(broken);
    await server.waitForDiagnostics(config, (params) => params.diagnostics.length > 0, since);

    await server.open(config, broken, 1, 'jsonc');
    const typed = await server.waitForVersion(config, 1);
    assert.equal(typed.diagnostics.length, 1);
    assert.equal(textAt(broken, typed.diagnostics[0].range), '"of"');
    await server.change(config, 2, [{ text: '{ "rules": { "frontmatter": "off" } }' }]);
    const fine = await server.waitForVersion(config, 2);
    assert.deepEqual(fine.diagnostics, []);

    // Closed without saving: the broken file on disk is what counts again.
    const closeSince = server.diagnostics.length;
    await server.close(config);
    await server.waitForDiagnostics(config, (params) => params.diagnostics.length === 1 && params.version === undefined, closeSince);
  });
});

describe('settings and precedence', () => {
  it('frontmatter > .postlintrc.json > editor settings > defaults', async () => {
    const folder = new TempFolder();
    const server = await TestServer.start({ locale: 'en', settings: { channels: ['twitter'] } });
    try {
      const post = folder.uri('post.post.md');
      const channelsOf = (since: number) =>
        server.waitFor('a status', () => server.statuses.slice(since).find((status) => status.uri === post)).then((status) => status.channels.map((count) => count.channel));

      let since = server.statuses.length;
      await server.open(post, 'Hallo zusammen!\n');
      assert.deepEqual(await channelsOf(since), ['twitter'], 'settings over defaults');

      since = server.statuses.length;
      folder.write('.postlintrc.json', '{ "channels": ["facebook", "linkedin"] }');
      await server.filesChanged([{ uri: folder.uri('.postlintrc.json'), type: FileChangeType.Created }]);
      assert.deepEqual(await channelsOf(since), ['facebook', 'linkedin'], 'config file over settings');

      since = server.statuses.length;
      await server.change(post, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '---\nchannel: instagram\n---\n' }]);
      assert.deepEqual(await channelsOf(since), ['instagram'], 'frontmatter over config file');

      since = server.statuses.length;
      await server.settingsChanged({ channels: ['bluesky'] });
      assert.deepEqual(await channelsOf(since), ['instagram'], 'a settings change re-lints, frontmatter still wins');
    } finally {
      await server.stop();
      folder.dispose();
    }
  });

  it('skips a setting with a bad value (and says so) without losing the others', async () => {
    const server = await TestServer.start({ locale: 'en', settings: { channels: ['twitter'], rules: { frontmatter: 'loud' } } });
    try {
      await server.open('untitled:bad-setting', POST);
      const published = await server.waitForDiagnostics('untitled:bad-setting');
      assert.ok(hasTypo(published), 'frontmatter keeps its default severity');
      await server.waitFor('a warning about postlint.rules', () => server.logs.find((log) => log.message.includes('postlint.rules')));
    } finally {
      await server.stop();
    }
  });

  it('applies a saved config file at once, also for clients without file events', async () => {
    const folder = new TempFolder();
    const server = await TestServer.start({ locale: 'en', vscodeLike: false });
    try {
      const post = folder.uri('post.post.md');
      const config = folder.uri('.postlintrc.json');
      await server.open(post, POST);
      await server.waitForVersion(post, 1);
      await server.open(config, '{}', 1, 'jsonc');
      const text = '{ "rules": { "frontmatter": "off" } }';
      await server.change(config, 2, [{ text }]);
      folder.write('.postlintrc.json', text);
      const since = server.diagnostics.length;
      await server.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri: config } });
      await server.waitForDiagnostics(post, (params) => !hasTypo(params), since);
    } finally {
      await server.stop();
      folder.dispose();
    }
  });
});
