// The language server restarts after a crash (the language client's default error handler), and
// the editor goes on working with the new one.

import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';
import type { PostlintApi } from '../../../client/api';
import { closeAllEditors, createPost, diagnosticsWhere, postlintApi, until, withRule } from './helpers';

describe('server crash', () => {
  let api: PostlintApi;
  before(async () => {
    api = await postlintApi();
  });
  after(closeAllEditors);

  it('restarts the server after it is killed, and diagnostics come back', async () => {
    const editor = await createPost('crash.post.md', '---\nchannels: [facebook]\n---\nUnser neuer #Sommertarif ist da!\n');
    const uri = editor.document.uri;
    await diagnosticsWhere(uri, 'the hashtag reported', (all) => withRule(all, 'facebook-hashtags').length === 1);

    const { client } = api;
    const crashed = client.serverProcess?.pid;
    assert.ok(crashed, 'the server runs in its own process');
    const restarted = until(
      'a new server process',
      () => {
        const pid = client.serverProcess?.pid;
        return client.state === State.Running && pid !== undefined && pid !== crashed ? pid : undefined;
      },
      [client.onDidChangeState],
      60_000,
      () => ({ state: State[client.state], pid: client.serverProcess?.pid }),
    );
    process.kill(crashed, 'SIGKILL');
    await restarted;

    // The new server knows the open post (the client re-opens it) and follows new edits.
    await editor.edit((edit) => edit.insert(editor.document.lineAt(3).range.end, ' #Neu'));
    await diagnosticsWhere(uri, 'both hashtags reported by the new server', (all) => withRule(all, 'facebook-hashtags').length === 2);
  });

  it('Restart Language Server starts a fresh server process', async () => {
    const { client } = api;
    const before = client.serverProcess?.pid;
    assert.ok(before);
    await vscode.commands.executeCommand('postlint.restartServer');
    assert.equal(client.state, State.Running);
    assert.notEqual(client.serverProcess?.pid, before);
  });
});
