// The `social-post` language: file association (it must win over Markdown), its name in the
// status bar, the config file as JSON with comments, and the word pattern.

import * as assert from 'node:assert/strict';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAllEditors, createPost, openFile, postlintApi, until, workspaceFile, writeFile } from './helpers';

describe('language social-post', () => {
  before(async () => {
    await postlintApi();
  });

  it('opens *.post.md as social-post, not Markdown', async () => {
    const editor = await openFile('launch.post.md');
    assert.equal(editor.document.languageId, 'social-post');
    assert.ok((await vscode.languages.getLanguages()).includes('social-post'));
  });

  it('leaves other Markdown files Markdown', async () => {
    const editor = await openFile('notes.md');
    assert.equal(editor.document.languageId, 'markdown');
  });

  it('is called "Social Post" (the first alias is what the status bar shows)', () => {
    const languages = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON.contributes.languages as Array<{ id: string; aliases: string[] }>;
    assert.equal(languages.find((language) => language.id === 'social-post')?.aliases[0], 'Social Post');
  });

  it('opens .postlintrc.json as JSON with comments', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceFile('.postlintrc.json'));
    assert.equal(document.languageId, 'jsonc');
  });

  it('validates .postlintrc.json against the contributed schema', async () => {
    await writeFile(workspaceFile('schema-check/.postlintrc.json'), '{\n  "chanels": ["twitter"],\n  "address": "ihr"\n}\n');
    const editor = await openFile('schema-check/.postlintrc.json');
    const uri = editor.document.uri;
    const diagnostics = await until(
      'JSON schema diagnostics in .postlintrc.json',
      () => {
        const found = vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source !== 'postlint');
        return found.length >= 2 ? found : undefined;
      },
      [vscode.languages.onDidChangeDiagnostics],
      20_000,
      () => vscode.languages.getDiagnostics(uri).map((diagnostic) => `${diagnostic.source}: ${diagnostic.message}`),
    );
    const lines = diagnostics.map((diagnostic) => diagnostic.range.start.line).sort();
    assert.deepEqual(lines, [1, 2], 'the unknown key "chanels" and the bad value "ihr" are marked');
  });

  it('double-click and Ctrl+D select #hashtags, @mentions and ^initials whole (editor.wordSeparators)', async () => {
    const editor = await createPost('words.post.md', 'Danke @kunde_42 für #Feedback2025!\n^SeSe\n');
    const selectWordAt = async (text: string, offsetInText: number): Promise<string> => {
      const position = editor.document.positionAt(editor.document.getText().indexOf(text) + offsetInText);
      editor.selection = new vscode.Selection(position, position);
      // Ctrl+D on an empty selection selects the word under the cursor, as double-click does.
      await vscode.commands.executeCommand('editor.action.addSelectionToNextFindMatch');
      return editor.document.getText(editor.selection);
    };
    assert.equal(await selectWordAt('@kunde_42', 3), '@kunde_42');
    assert.equal(await selectWordAt('#Feedback2025', 5), '#Feedback2025');
    assert.equal(await selectWordAt('^SeSe', 2), '^SeSe');
    assert.equal(await selectWordAt('für', 1), 'für');
    await closeAllEditors();
  });

  it('keeps #hashtags and @mentions whole in the word pattern (completion ranges)', async () => {
    const { document } = await createPost('word-pattern.post.md', 'Danke @kunde_42 für #Feedback2025!\n');
    // VS Code gives a completion item without a range the range of the word at the cursor, found
    // with the language's word pattern.
    const provider = vscode.languages.registerCompletionItemProvider('social-post', {
      provideCompletionItems: () => [new vscode.CompletionItem('probe')],
    });
    try {
      const wordAt = async (text: string, offsetInText: number): Promise<string> => {
        const position = document.positionAt(document.getText().indexOf(text) + offsetInText);
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
        const range = list.items.find((item) => item.label === 'probe')?.range;
        assert.ok(range, 'the probe item has a range');
        return document.getText('replacing' in range ? range.replacing : range);
      };
      assert.equal(await wordAt('@kunde_42', 3), '@kunde_42');
      assert.equal(await wordAt('#Feedback2025', 5), '#Feedback2025');
    } finally {
      provider.dispose();
      await closeAllEditors();
    }
  });
});
