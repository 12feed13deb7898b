// The server starts over stdio, announces what it can do, and ends cleanly on shutdown/exit.

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { CodeActionKind, TextDocumentSyncKind, type TextDocumentSyncOptions } from 'vscode-languageserver-protocol';
import { FIX_ALL_KIND } from '../../server/protocol';
import { ROOT, TestServer } from './lsp-client';

describe('initialize', () => {
  it('announces incremental sync, code actions with Fix All, hover and its name and version', async () => {
    const server = await TestServer.start();
    try {
      const { capabilities, serverInfo } = server.initializeResult;
      const sync = capabilities.textDocumentSync as TextDocumentSyncOptions;
      assert.equal(sync.openClose, true);
      assert.equal(sync.change, TextDocumentSyncKind.Incremental);
      assert.deepEqual(capabilities.codeActionProvider, { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false });
      assert.equal(capabilities.hoverProvider, true);
      const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
      assert.deepEqual(serverInfo, { name: 'postlint', version });
    } finally {
      assert.equal(await server.stop(), 0);
    }
  });

  it('registers file watchers for posts and config files and for settings changes, when the client can', async () => {
    const server = await TestServer.start();
    try {
      const watchers = await server.waitFor('a file-watcher registration', () => server.registrations.find((registration) => registration.method === 'workspace/didChangeWatchedFiles'));
      const globs = (watchers.registerOptions as { watchers: Array<{ globPattern: string }> }).watchers.map((watcher) => watcher.globPattern);
      assert.deepEqual(globs.sort(), ['**/*.post.md', '**/.postlintrc.json']);
      await server.waitFor('a settings registration', () => server.registrations.find((registration) => registration.method === 'workspace/didChangeConfiguration'));
    } finally {
      await server.stop();
    }
  });

  it('needs nothing of the client beyond the basics (an editor without dynamic registration)', async () => {
    const server = await TestServer.start({ vscodeLike: false });
    try {
      const uri = 'untitled:basic';
      await server.open(uri, '---\nchannel: instagarm\n---\nHallo!\n');
      const published = await server.waitForDiagnostics(uri);
      assert.ok(published.diagnostics.some((diagnostic) => diagnostic.code === 'frontmatter'));
      assert.equal(server.registrations.length, 0);
      assert.equal(server.configurationRequests.length, 0);
    } finally {
      await server.stop();
    }
  });
});
