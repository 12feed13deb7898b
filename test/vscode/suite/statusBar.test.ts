// The status-bar item: the active post's count against its tightest channel, live as you type.

import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import type { PostlintApi } from '../../../client/api';
import type { StatusBarState } from '../../../client/statusBar';
import { closeAllEditors, createPost, openFile, postlintApi, until } from './helpers';

describe('status bar', () => {
  let api: PostlintApi;
  before(async () => {
    api = await postlintApi();
  });
  after(closeAllEditors);

  /** Waits for the item to show a figure for this document version. */
  function statusFor(document: vscode.TextDocument): Promise<StatusBarState> {
    return until(
      `the status bar for ${document.uri.path} v${document.version}`,
      () => {
        const state = api.statusBar.state;
        return state.visible && state.uri === document.uri.toString() && state.version === document.version ? state : undefined;
      },
      [api.statusBar.onDidChange],
      undefined,
      () => api.statusBar.state,
    );
  }

  function count(state: StatusBarState): number {
    const match = /^X (\d+)\/280$/.exec(state.text);
    assert.ok(match, `"${state.text}" reads "X n/280"`);
    return Number(match[1]);
  }

  it('shows the count against the tightest channel, with every channel in the tooltip', async () => {
    const editor = await openFile('launch.post.md');
    const state = await statusFor(editor.document);
    assert.ok(count(state) > 0 && count(state) <= 280, state.text);
    assert.equal(state.overLimit, false);
    assert.match(state.tooltip, /^X: \d+\/280$/m);
    assert.match(state.tooltip, /^Facebook: \d+\/63[,.]?206$/m);
  });

  it('updates as you type', async () => {
    const editor = await createPost('status-typing.post.md', '---\nchannels: [twitter, instagram]\n---\nHallo!\n');
    const before = count(await statusFor(editor.document));
    await editor.edit((edit) => edit.insert(editor.document.lineAt(3).range.end, ' Wie geht es dir?'));
    assert.equal(count(await statusFor(editor.document)), before + ' Wie geht es dir?'.length);
  });

  it('turns red when the post is over the limit', async () => {
    const editor = await createPost('status-over.post.md', `---\nchannels: [twitter]\n---\n${'Sommer! '.repeat(40)}\n`);
    const state = await statusFor(editor.document);
    assert.ok(count(state) > 280, state.text);
    assert.equal(state.overLimit, true);
    assert.match(state.tooltip, /over the limit/);
  });

  it('hides for editors that are not posts', async () => {
    const post = await openFile('launch.post.md');
    await statusFor(post.document);
    await openFile('notes.md');
    await until('the status bar to hide', () => (api.statusBar.state.visible ? undefined : true), [api.statusBar.onDidChange]);
  });
});
