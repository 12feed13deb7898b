// A crashed server is replaced by a fresh one that works (the editor restarts it: the language
// client's default error handler, tested in the extension suite), and a server never outlives its
// client.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TestServer } from './lsp-client';

const POST = '---\nchannels: [facebook, instagarm]\n---\nUnser neuer Tarif ist da! #Tarif\n';

describe('crash and restart', () => {
  it('a killed server is replaced by a new one that gives the same diagnostics', async () => {
    const first = await TestServer.start({ locale: 'en' });
    await first.open('untitled:restart', POST);
    const before = await first.waitForDiagnostics('untitled:restart');
    await first.kill();
    assert.equal(first.process.signalCode, 'SIGKILL');

    const second = await TestServer.start({ locale: 'en' });
    try {
      // The client re-opens its documents on the new server.
      await second.open('untitled:restart', POST);
      const after = await second.waitForDiagnostics('untitled:restart');
      assert.deepEqual(after.diagnostics, before.diagnostics);
    } finally {
      assert.equal(await second.stop(), 0);
    }
  });

  it('exits when its client goes away without a shutdown', async () => {
    const server = await TestServer.start();
    await server.open('untitled:orphan', POST);
    await server.waitForDiagnostics('untitled:orphan');
    server.process.stdin.end();
    const code = await server.within('exit after the client is gone', server.exit);
    assert.notEqual(code, null, 'it exits by itself, not by a signal');
    server.connection.dispose();
  });
});
