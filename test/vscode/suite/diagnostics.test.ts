// Diagnostics and code actions from the language server, as a writer meets them in the editor.

import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import {
  closeAllEditors,
  createPost,
  describeDiagnostic,
  diagnosticsWhere,
  postlintApi,
  rangeOf,
  withRule,
  workspaceFile,
  writeFile,
} from './helpers';

const FACEBOOK_POST = '---\nchannels: [facebook]\n---\nUnser neuer #Sommertarif ist da! Jetzt wechseln.\n';

describe('diagnostics', () => {
  before(async () => {
    await postlintApi();
  });
  after(closeAllEditors);

  it('reports on open, with the rule id as code, a docs link, the channel and the range', async () => {
    const { document } = await createPost('diag-open.post.md', FACEBOOK_POST);
    const [found] = withRule(
      await diagnosticsWhere(document.uri, 'a facebook-hashtags diagnostic', (all) => withRule(all, 'facebook-hashtags').length === 1),
      'facebook-hashtags',
    );
    assert.deepEqual(found.range, rangeOf(document, '#Sommertarif'));
    assert.equal(found.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(found.message, /^\[Facebook\] /);
    const code = found.code;
    assert.ok(typeof code === 'object' && code !== null && 'target' in code, 'the code links to the rule docs');
    assert.match(code.target.path, /facebook-hashtags\.md$/);
  });

  it('updates as you type', async () => {
    const editor = await createPost('diag-typing.post.md', FACEBOOK_POST);
    const uri = editor.document.uri;
    await diagnosticsWhere(uri, 'one hashtag reported', (all) => withRule(all, 'facebook-hashtags').length === 1);

    await editor.edit((edit) => edit.insert(editor.document.positionAt(editor.document.getText().length), '#Angebot #Wechsel\n'));
    const after = await diagnosticsWhere(uri, 'three hashtags reported', (all) => withRule(all, 'facebook-hashtags').length === 3);
    assert.deepEqual(
      withRule(after, 'facebook-hashtags').map((diagnostic) => editor.document.getText(diagnostic.range)),
      ['#Sommertarif', '#Angebot', '#Wechsel'],
    );

    await editor.edit((edit) => edit.delete(rangeOf(editor.document, '#Angebot #Wechsel\n')));
    await diagnosticsWhere(uri, 'back to one hashtag', (all) => withRule(all, 'facebook-hashtags').length === 1);
  });

  it('offers quick fixes (the main one preferred) whose edits remove the problem', async () => {
    const editor = await createPost('diag-quickfix.post.md', FACEBOOK_POST);
    const uri = editor.document.uri;
    const [diagnostic] = withRule(
      await diagnosticsWhere(uri, 'the hashtag reported', (all) => withRule(all, 'facebook-hashtags').length === 1),
      'facebook-hashtags',
    );
    // (The API command does not return an action's `diagnostics`; the range selects the problem.)
    const fixes = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const preferred = fixes.filter((action) => action.isPreferred);
    assert.equal(preferred.length, 1, `one preferred fix among: ${fixes.map((action) => action.title).join(' | ')}`);
    assert.ok(preferred[0].edit, 'the preferred fix carries an edit');
    assert.ok(preferred[0].kind && vscode.CodeActionKind.QuickFix.contains(preferred[0].kind));

    assert.ok(await vscode.workspace.applyEdit(preferred[0].edit));
    assert.equal(editor.document.lineAt(3).text, 'Unser neuer Sommertarif ist da! Jetzt wechseln.');
    await diagnosticsWhere(uri, 'no hashtag left to report', (all) => withRule(all, 'facebook-hashtags').length === 0);
  });

  it('offers suggestions only as quick fixes, never in Fix All', async () => {
    const post = '---\nchannels: [twitter]\n---\nWir sind für dich da! #Service #Hilfe #Support #Kundenservice\n';
    const editor = await createPost('diag-suggestion.post.md', post);
    const uri = editor.document.uri;
    const [tooMany] = withRule(await diagnosticsWhere(uri, 'too many hashtags for X', (all) => withRule(all, 'hashtag-count').length > 0), 'hashtag-count');
    const quickFixes = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, tooMany.range, vscode.CodeActionKind.QuickFix.value);
    const suggestion = quickFixes.find((action) => !action.isPreferred && action.edit);
    assert.ok(suggestion?.edit, `the suggestion is offered as a quick fix: ${quickFixes.map((action) => action.title).join(' | ')}`);

    const fixAll = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, tooMany.range, 'source.fixAll.postlint');
    for (const action of fixAll) {
      await vscode.workspace.applyEdit(action.edit ?? new vscode.WorkspaceEdit());
    }
    assert.equal(editor.document.getText(), post, 'Fix All leaves the hashtags (removing them is a suggestion)');

    assert.ok(await vscode.workspace.applyEdit(suggestion.edit));
    await diagnosticsWhere(uri, 'the suggestion applied', (all) => withRule(all, 'hashtag-count').length === 0);
  });

  it('applies source.fixAll.postlint on save (editor.codeActionsOnSave)', async () => {
    const settings = vscode.workspace.getConfiguration('editor', { languageId: 'social-post' });
    await settings.update('codeActionsOnSave', { 'source.fixAll.postlint': 'explicit' }, vscode.ConfigurationTarget.Workspace, true);
    try {
      const editor = await createPost('diag-save.post.md', '---\nchannels: [facebook]\n---\n**Neu:** unser #Sommertarif ist da.\n');
      const uri = editor.document.uri;
      await diagnosticsWhere(uri, 'markdown and hashtag reported', (all) => withRule(all, 'markdown').length > 0 && withRule(all, 'facebook-hashtags').length > 0);
      await editor.edit((edit) => edit.insert(new vscode.Position(4, 0), 'Jetzt wechseln.\n'));
      assert.ok(await editor.document.save(), 'the post is saved');
      assert.equal(editor.document.lineAt(3).text, 'Neu: unser Sommertarif ist da.');
      await diagnosticsWhere(uri, 'nothing fixable left', (all) => withRule(all, 'markdown').length === 0 && withRule(all, 'facebook-hashtags').length === 0);
    } finally {
      await settings.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
    }
  });

  it('re-lints open posts when .postlintrc.json changes', async () => {
    const { document } = await createPost('config-change/post.post.md', FACEBOOK_POST);
    await diagnosticsWhere(document.uri, 'the hashtag reported', (all) => withRule(all, 'facebook-hashtags').length === 1);
    await writeFile(workspaceFile('config-change/.postlintrc.json'), '{ "rules": { "facebook-hashtags": "off" } }\n');
    await diagnosticsWhere(document.uri, 'the rule switched off by the new config file', (all) => withRule(all, 'facebook-hashtags').length === 0);
  });

  it('reports a broken .postlintrc.json in the file itself and keeps linting posts', async () => {
    await writeFile(workspaceFile('broken-config/.postlintrc.json'), '{\n  "channels": ["facebook"],\n  "signOff": \n}\n');
    const { document: post } = await createPost('broken-config/post.post.md', 'Unser neuer #Sommertarif ist da!\n');
    const config = await vscode.workspace.openTextDocument(workspaceFile('broken-config/.postlintrc.json'));
    const problems = await diagnosticsWhere(
      config.uri,
      'a Postlint diagnostic in the broken config file',
      (all) => all.some((diagnostic) => diagnostic.source !== 'json'),
    );
    const ours = problems.filter((diagnostic) => diagnostic.source !== 'json');
    assert.ok(ours.some((diagnostic) => diagnostic.range.start.line >= 2), ours.map(describeDiagnostic).join('\n'));
    await diagnosticsWhere(post.uri, 'the post still linted', (all) => withRule(all, 'facebook-hashtags').length === 1);
  });
});
