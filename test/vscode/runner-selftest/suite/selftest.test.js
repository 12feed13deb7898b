// Two checks that need a real extension host with the `vscode` API.
const assert = require('node:assert/strict');
const path = require('node:path');
const vscode = require('vscode');

describe('runner self-test', () => {
  it('opens the workspace folder and activates the extension under development', async () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.equal(folders.length, 1, 'one workspace folder is open');
    assert.equal(path.basename(folders[0].uri.path), 'workspace');
    const ext = vscode.extensions.getExtension('postlint.postlint-runner-selftest');
    assert.ok(ext, 'the extension under development is loaded');
    await ext.activate();
    assert.equal(await vscode.commands.executeCommand('postlintSelftest.ping'), 'pong');
  });

  it('opens a text document from the workspace and reads its text', async () => {
    const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, 'hello.txt');
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.equal(doc.getText(), 'Hello from the runner self-test.\n');
    const editor = await vscode.window.showTextDocument(doc);
    assert.equal(editor.document.uri.toString(), uri.toString());
  });

  if (process.env.POSTLINT_SELFTEST_FAIL === '1') {
    it('fails on purpose (POSTLINT_SELFTEST_FAIL=1)', () => {
      assert.equal(1 + 1, 3, 'deliberate failure');
    });
  }
});
