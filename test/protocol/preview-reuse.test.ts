// `postlint/preview` answers a request for an unchanged document version with the model it built
// before (server/lsp/preview.ts) — but never one that is outdated: not after an edit, a settings
// change, or a close and reopen that starts the versions again.

import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PreviewRequest, type PreviewModel } from '../../server/protocol';
import { TestServer } from './lsp-client';

describe('postlint/preview reuse', () => {
  let server: TestServer;
  before(async () => {
    server = await TestServer.start({ locale: 'en', settings: { channels: ['facebook'] } });
  });
  after(async () => {
    await server.stop();
  });

  async function preview(uri: string): Promise<PreviewModel> {
    return (await server.within('preview', server.connection.sendRequest(PreviewRequest.method, { uri }))) as PreviewModel;
  }
  const channels = (model: PreviewModel) => model.channels.map((channel) => channel.channel);

  it('answers an unchanged version again with the same model', async () => {
    const uri = 'untitled:reuse-same';
    await server.open(uri, 'Hallo zusammen!\n', 3);
    const first = await preview(uri);
    const again = await preview(uri);
    assert.deepEqual(again, first);
    assert.equal(again.version, 3);
  });

  it('builds a new model after an edit', async () => {
    const uri = 'untitled:reuse-edit';
    await server.open(uri, 'Hallo zusammen!\n', 1);
    assert.equal((await preview(uri)).content, 'Hallo zusammen!');
    await server.change(uri, 2, [{ text: 'Hallo Welt!\n' }]);
    const edited = await preview(uri);
    assert.equal(edited.version, 2);
    assert.equal(edited.content, 'Hallo Welt!');
  });

  it('builds a new model after the settings change, for the same version', async () => {
    const uri = 'untitled:reuse-settings';
    await server.open(uri, 'Hallo zusammen!\n', 1);
    assert.deepEqual(channels(await preview(uri)), ['facebook']);
    await server.settingsChanged({ channels: ['instagram'] });
    const changed = await preview(uri);
    assert.equal(changed.version, 1);
    assert.deepEqual(channels(changed), ['instagram']);
    await server.settingsChanged({ channels: ['facebook'] });
  });

  it('builds a new model for a document closed and opened again at the same version', async () => {
    const uri = 'untitled:reuse-reopen';
    await server.open(uri, 'Erste Fassung.\n', 1);
    assert.equal((await preview(uri)).content, 'Erste Fassung.');
    await server.close(uri);
    await server.open(uri, 'Zweite Fassung.\n', 1);
    assert.equal((await preview(uri)).content, 'Zweite Fassung.');
  });
});
