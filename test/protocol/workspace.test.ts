// Diagnostics for every `.post.md` of the workspace, also those not open: a scan at start (skipping
// node_modules and dot-folders), files created, changed and deleted on disk, open and close, config
// changes and workspace folders coming and going.

import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DidChangeWorkspaceFoldersNotification, FileChangeType, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { TempFolder, TestServer } from './lsp-client';

const TYPO = '---\nchannels: [facebook, instagarm]\n---\nUnser neuer Tarif ist da!\n';
const CLEAN = '---\nchannels: [twitter]\n---\nUnser neuer Tarif ist da!\n';

const hasTypo = (params: PublishDiagnosticsParams) => params.diagnostics.some((diagnostic) => diagnostic.code === 'frontmatter');

describe('workspace', () => {
  let folder: TempFolder;
  let server: TestServer;
  let scanLogs = 0;

  /** Waits for the end of the next workspace scan (the server logs one line per scan). */
  async function scanned(): Promise<string> {
    const seen = scanLogs;
    const log = await server.waitFor('a finished workspace scan', () => server.logs.filter((entry) => entry.message.includes('posts in')).at(seen));
    scanLogs = seen + 1;
    return log.message;
  }

  before(async () => {
    folder = new TempFolder({
      'a.post.md': TYPO,
      'sub/deeper/b.post.md': TYPO,
      'clean.post.md': CLEAN,
      'node_modules/pkg/c.post.md': TYPO,
      '.drafts/d.post.md': TYPO,
      'notes.md': TYPO,
    });
    server = await TestServer.start({ locale: 'en', workspace: folder.path });
  });
  after(async () => {
    await server.stop();
    folder.dispose();
  });

  it('lints every post at start, skipping node_modules, dot-folders and other files', async () => {
    assert.match(await scanned(), /checked 3 posts/);
    for (const name of ['a.post.md', 'sub/deeper/b.post.md']) {
      const published = server.latest(folder.uri(name));
      assert.ok(published && hasTypo(published), `${name} has its diagnostics`);
      assert.equal(published.version, undefined, 'a file on disk has no editor version');
    }
    assert.deepEqual(server.latest(folder.uri('clean.post.md'))?.diagnostics, []);
    for (const name of ['node_modules/pkg/c.post.md', '.drafts/d.post.md', 'notes.md']) {
      assert.equal(server.latest(folder.uri(name)), undefined, `${name} is skipped`);
    }
  });

  it('follows posts created, changed and deleted on disk', async () => {
    const uri = folder.write('new.post.md', TYPO);
    let since = server.diagnostics.length;
    await server.filesChanged([{ uri, type: FileChangeType.Created }]);
    await server.waitForDiagnostics(uri, hasTypo, since);

    folder.write('new.post.md', CLEAN);
    since = server.diagnostics.length;
    await server.filesChanged([{ uri, type: FileChangeType.Changed }]);
    await server.waitForDiagnostics(uri, (params) => !hasTypo(params), since);

    folder.write('new.post.md', TYPO);
    await server.filesChanged([{ uri, type: FileChangeType.Changed }]);
    await server.waitForDiagnostics(uri, hasTypo, since);
    folder.remove('new.post.md');
    since = server.diagnostics.length;
    await server.filesChanged([{ uri, type: FileChangeType.Deleted }]);
    const cleared = await server.waitForDiagnostics(uri, () => true, since);
    assert.deepEqual(cleared.diagnostics, []);
  });

  it('lets the editor’s text win while a post is open, and shows the file on disk again when it is closed', async () => {
    const uri = folder.uri('a.post.md');
    await server.open(uri, CLEAN, 1);
    const live = await server.waitForVersion(uri, 1);
    assert.ok(!hasTypo(live), 'the unsaved fix counts while the post is open');
    // A change on disk does not override the open document.
    let since = server.diagnostics.length;
    await server.filesChanged([{ uri, type: FileChangeType.Changed }]);
    await server.change(uri, 2, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: 'Neu: ' }]);
    await server.waitForVersion(uri, 2, since);
    assert.ok(server.diagnostics.slice(since).every((params) => params.uri !== uri || params.version !== undefined));

    since = server.diagnostics.length;
    await server.close(uri);
    const disk = await server.waitForDiagnostics(uri, () => true, since);
    assert.ok(hasTypo(disk), 'closed without saving: the file on disk still has the typo');
    assert.equal(disk.version, undefined);
  });

  it('re-checks closed posts when a config file changes', async () => {
    const since = server.diagnostics.length;
    const config = folder.write('.postlintrc.json', '{ "rules": { "frontmatter": "off" } }');
    await server.filesChanged([{ uri: config, type: FileChangeType.Created }]);
    await scanned();
    for (const name of ['a.post.md', 'sub/deeper/b.post.md']) {
      await server.waitForDiagnostics(folder.uri(name), (params) => !hasTypo(params), since);
    }
    folder.remove('.postlintrc.json');
    await server.filesChanged([{ uri: config, type: FileChangeType.Deleted }]);
    await scanned();
    assert.ok(hasTypo(server.latest(folder.uri('a.post.md'))!));
  });

  it('scans a workspace folder when it is added and clears its diagnostics when it is removed', async () => {
    const other = new TempFolder({ 'x.post.md': TYPO });
    try {
      const added = { uri: other.uri('').replace(/\/$/, ''), name: 'other' };
      await server.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, { event: { added: [added], removed: [] } });
      await server.waitForDiagnostics(other.uri('x.post.md'), hasTypo);
      await scanned();
      const since = server.diagnostics.length;
      await server.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, { event: { added: [], removed: [added] } });
      const cleared = await server.waitForDiagnostics(other.uri('x.post.md'), () => true, since);
      assert.deepEqual(cleared.diagnostics, []);
    } finally {
      other.dispose();
    }
  });
});
