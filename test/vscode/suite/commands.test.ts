// The palette commands: Adapt for …, Add Sign-off, Fix All Problems, Split into Thread, and the
// files and editors they produce.

import * as assert from 'node:assert/strict';
import { afterEach, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { parse as parseYaml } from 'yaml';
import type { PostlintApi } from '../../../client/api';
import {
  closeAllEditors,
  createPost,
  diagnosticsWhere,
  editorFor,
  exists,
  openFile,
  postlintApi,
  readFile,
  withRule,
  workspaceFile,
} from './helpers';

/** Splits a post into its frontmatter (parsed) and its body. */
function splitPost(text: string): { frontmatter: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return { frontmatter: {}, body: text };
  return { frontmatter: (parseYaml(match[1]) ?? {}) as Record<string, unknown>, body: text.slice(match[0].length) };
}

function hashtags(text: string): string[] {
  return text.match(/(?<![\p{L}\p{N}_&])#[\p{L}\p{N}_]+/gu) ?? [];
}

function lastLine(text: string): string {
  const lines = text.trimEnd().split(/\r?\n/);
  return lines[lines.length - 1];
}

describe('commands', () => {
  let api: PostlintApi;
  before(async () => {
    api = await postlintApi();
  });
  afterEach(closeAllEditors);

  describe('Adapt for …', () => {
    it('Adapt for Instagram writes name.instagram.post.md beside the post and opens it beside', async () => {
      const original = await openFile('launch.post.md');
      const adapted = await vscode.commands.executeCommand<vscode.TextDocument>('postlint.adaptForInstagram');
      const sibling = workspaceFile('launch.instagram.post.md');

      assert.equal(adapted?.uri.toString(), sibling.toString());
      assert.ok(await exists(sibling), 'the sibling file is written to disk');
      assert.equal(await readFile(sibling), adapted.getText());
      assert.equal(adapted.isDirty, false);
      assert.equal(adapted.languageId, 'social-post');

      const editor = await editorFor(sibling);
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), sibling.toString(), 'the adaptation has the focus');
      assert.equal(editor.viewColumn, vscode.ViewColumn.Two, 'it opens beside the original');
      assert.equal(original.viewColumn, vscode.ViewColumn.One);

      const { frontmatter, body } = splitPost(adapted.getText());
      assert.deepEqual(frontmatter.channels, ['instagram']);
      assert.ok(!/https?:\/\//.test(body), 'links are not clickable on Instagram: none left');
      assert.match(body, /Link in (der )?Bio/i, 'the link is replaced by "Link in Bio" (in the post\'s language)');
      const tagLine = lastLine(body);
      assert.ok(hashtags(tagLine).length > 0 && tagLine.replace(/#[\p{L}\p{N}_]+/gu, '').trim() === '', `the hashtags are gathered in a block at the end: "${tagLine}"`);
      assert.ok(hashtags(body).length <= 5, 'at most 5 hashtags');
      for (const tag of ['#Sommer', '#Angebot']) assert.ok(hashtags(body).includes(tag), `${tag} is kept`);
    });

    it('opens an existing adaptation with the new text as an unsaved change that undo reverts', async () => {
      const post = '---\nchannels: [twitter]\n---\nHeute live: unser Sommerfest!\n';
      await createPost('fest.post.md', post);
      const first = await vscode.commands.executeCommand<vscode.TextDocument>('postlint.adaptForLinkedIn');
      assert.equal(first?.uri.toString(), workspaceFile('fest.linkedin.post.md').toString());
      const savedText = first.getText();
      await closeAllEditors();

      const again = await openFile('fest.post.md');
      await again.edit((edit) => edit.insert(again.document.lineAt(3).range.end, ' Kommt vorbei.'));
      const second = await vscode.commands.executeCommand<vscode.TextDocument>('postlint.adaptForLinkedIn');
      assert.equal(second?.uri.toString(), first.uri.toString());
      assert.ok(second.isDirty, 'the new adaptation is not saved over the old one');
      assert.match(second.getText(), /Kommt vorbei\./);
      assert.equal(await readFile(second.uri), savedText, 'the file on disk is untouched');

      assert.equal(vscode.window.activeTextEditor?.document, second, 'undo acts on the adaptation');
      await vscode.commands.executeCommand('undo');
      assert.equal(second.getText(), savedText, 'undo brings the earlier adaptation back');
    });

    it('Adapt for Facebook removes the hashtags', async () => {
      await openFile('launch.post.md');
      const adapted = await vscode.commands.executeCommand<vscode.TextDocument>('postlint.adaptForFacebook');
      assert.equal(adapted?.uri.toString(), workspaceFile('launch.facebook.post.md').toString());
      const { frontmatter, body } = splitPost(adapted.getText());
      assert.deepEqual(frontmatter.channels, ['facebook']);
      assert.deepEqual(hashtags(body), []);
      assert.match(body, /Unser neuer Sommertarif ist da!/, 'an inline hashtag keeps its word');
    });

    it('Adapt for X (Twitter) fits 280 characters with at most 2 hashtags', async () => {
      const sentence = 'Unser neuer Sommertarif bringt dir doppeltes Datenvolumen, eine Flatrate in alle Netze und EU-Roaming ohne Aufpreis. ';
      const post = `---\nchannels: [facebook]\n---\n${sentence.repeat(3)}\n\n#Sommer #Tarif #Angebot #Wechseln\n`;
      await createPost('long-for-x.post.md', post);
      const adapted = await vscode.commands.executeCommand<vscode.TextDocument>('postlint.adaptForTwitter');
      assert.equal(adapted?.uri.toString(), workspaceFile('long-for-x.twitter.post.md').toString());
      const { frontmatter, body } = splitPost(adapted.getText());
      assert.deepEqual(frontmatter.channels, ['twitter']);
      assert.ok(hashtags(body).length <= 2, `at most 2 hashtags: ${hashtags(body).join(' ')}`);
      const diagnostics = await diagnosticsWhere(adapted.uri, 'the adaptation linted', () => api.statusBar.state.uri === adapted.uri.toString());
      assert.deepEqual(withRule(diagnostics, 'length'), [], 'no length problem on X');
      assert.equal(api.statusBar.state.overLimit, false, api.statusBar.state.text);
    });

    it('adapts an unsaved (untitled) post into an untitled document', async () => {
      const document = await vscode.workspace.openTextDocument({ language: 'social-post', content: 'Neu im Shop: #Sommer #Angebot\n' });
      await vscode.window.showTextDocument(document);
      const adapted = await vscode.commands.executeCommand<vscode.TextDocument>('postlint.adaptForFacebook');
      assert.ok(adapted?.isUntitled, 'an untitled document');
      assert.equal(adapted.languageId, 'social-post');
      assert.deepEqual(splitPost(adapted.getText()).frontmatter.channels, ['facebook']);
      assert.deepEqual(hashtags(adapted.getText()), []);
      assert.equal((await editorFor(adapted.uri)).viewColumn, vscode.ViewColumn.Two);
    });

    it('does nothing but explain when no post is open', async () => {
      await openFile('notes.md');
      const result = await vscode.commands.executeCommand('postlint.adaptForInstagram');
      assert.equal(result, undefined);
      assert.equal(await exists(workspaceFile('notes.instagram.post.md')), false);
    });
  });

  describe('edit commands', () => {
    it('Add Sign-off appends the configured sign-off to a reply, once', async () => {
      const editor = await createPost('reply.post.md', '---\nkind: reply\nchannels: [twitter]\n---\n@kunde123 Danke für deine Nachricht! Wir schauen uns das gleich an.\n');
      const uri = editor.document.uri;
      await diagnosticsWhere(uri, 'the missing sign-off reported', (all) => withRule(all, 'sign-off').length === 1);
      assert.equal(await vscode.commands.executeCommand('postlint.addSignOff'), true);
      assert.match(lastLine(editor.document.getText()), /(^| )\^SeSe$/, 'the sign-off from .postlintrc.json ends the reply');
      await diagnosticsWhere(uri, 'the sign-off problem gone', (all) => withRule(all, 'sign-off').length === 0);

      const signed = editor.document.getText();
      assert.equal(await vscode.commands.executeCommand('postlint.addSignOff'), false, 'nothing to add twice');
      assert.equal(editor.document.getText(), signed);
    });

    it('Fix All Problems applies every safe fix and leaves suggestions alone', async () => {
      const editor = await createPost('fix-all.post.md', '---\nchannels: [facebook]\n---\n**Neu:** unser #Sommertarif ist da.\n\n#Sommer #Angebot\n');
      const uri = editor.document.uri;
      await diagnosticsWhere(uri, 'markdown and hashtags reported', (all) => withRule(all, 'markdown').length > 0 && withRule(all, 'facebook-hashtags').length === 3);
      assert.equal(await vscode.commands.executeCommand('postlint.fixAll'), true);
      assert.equal(editor.document.getText(), '---\nchannels: [facebook]\n---\nNeu: unser Sommertarif ist da.\n');
      await diagnosticsWhere(uri, 'nothing left to fix', (all) => withRule(all, 'markdown').length === 0 && withRule(all, 'facebook-hashtags').length === 0);
    });

    it('Split into Thread turns an overlong X post into numbered parts that each fit', async () => {
      const sentence = 'Unser neuer Sommertarif bringt dir doppeltes Datenvolumen, eine Flatrate in alle Netze und EU-Roaming ohne Aufpreis. ';
      const editor = await createPost('thread.post.md', `---\nchannels: [twitter]\n---\n${sentence.repeat(4)}\n`);
      const uri = editor.document.uri;
      await diagnosticsWhere(uri, 'the post too long for X', (all) => withRule(all, 'length').length > 0);
      assert.equal(await vscode.commands.executeCommand('postlint.splitThread'), true);
      assert.match(editor.document.getText(), /1\/\d/, 'the parts are numbered');
      await diagnosticsWhere(uri, 'no part too long', (all) => withRule(all, 'length').length === 0);
    });
  });
});
