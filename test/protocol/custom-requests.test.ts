// Postlint's own requests and notifications (server/protocol.ts): the status after each lint, the
// preview model, "Adapt for C" and the edits of the editor commands.

import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { TextEdit } from 'vscode-languageserver-protocol';
import { channelProfile, fixAll, lint, measure, parsePost } from '../../rules';
import { adaptPost } from '../../rules/adapt';
import {
  AdaptRequest,
  CommandEditsRequest,
  PreviewRequest,
  type AdaptResult,
  type CommandEditsResult,
  type EditCommand,
  type PreviewModel,
} from '../../server/protocol';
import { applyLspEdits, TempFolder, TestServer } from './lsp-client';

const LONG_REPLY =
  '---\nchannels: [twitter, facebook]\nkind: reply\n---\n' +
  'Hallo Frau Berger, danke für Ihre ausführliche Nachricht und die Geduld mit uns in den letzten Tagen. ' +
  'Wir haben uns den Vorgang noch einmal genau angesehen: Die doppelte Abbuchung im Mai war ein Fehler in unserem System. ' +
  'Der Betrag wird Ihnen in den nächsten drei bis fünf Werktagen automatisch gutgeschrieben, Sie müssen nichts weiter tun. ' +
  'Bitte entschuldigen Sie die Umstände.\n';

describe('custom requests', () => {
  let server: TestServer;
  let folder: TempFolder;
  before(async () => {
    folder = new TempFolder();
    server = await TestServer.start({ locale: 'en', settings: { signOff: '^SeSe' } });
  });
  after(async () => {
    await server.stop();
    folder.dispose();
  });

  function commandEdits(uri: string, command: EditCommand): Promise<CommandEditsResult> {
    return server.within(command, server.connection.sendRequest(CommandEditsRequest.method, { uri, command }) as Promise<CommandEditsResult>);
  }

  it('postlint/status: after each lint, the tightest channel and every channel’s count', async () => {
    const uri = 'untitled:status';
    await server.open(uri, LONG_REPLY, 4);
    const status = await server.waitFor('a status', () => server.statuses.find((candidate) => candidate.uri === uri && candidate.version === 4));
    const content = parsePost(LONG_REPLY).content.text;
    const x = measure(content, channelProfile('twitter'));
    assert.equal(status.channel, 'twitter');
    assert.equal(status.channelName, 'X');
    assert.equal(status.length, x.length);
    assert.equal(status.limit, 280);
    assert.deepEqual(status.channels.map((count) => [count.channel, count.length, count.limit]), [
      ['twitter', x.length, 280],
      ['facebook', content.length, 63206],
    ]);
  });

  it('postlint/preview: per channel the published text in styled spans, its meter and that channel’s problems', async () => {
    const uri = 'untitled:preview';
    const text = '---\nchannels: [facebook, instagram]\n---\nNeu im Shop: unser #Sommer-Angebot!\n<!-- Bild: sommer.jpg -->\n';
    await server.open(uri, text, 2);
    const model = (await server.within('preview', server.connection.sendRequest(PreviewRequest.method, { uri }))) as PreviewModel;
    assert.equal(model.uri, uri);
    assert.equal(model.version, 2);
    assert.equal(model.locale, 'en', 'in the client’s locale');
    assert.equal(model.content, 'Neu im Shop: unser #Sommer-Angebot!', 'the note is not published');
    assert.deepEqual(model.channels.map((channel) => channel.channel), ['facebook', 'instagram']);
    const [facebook, instagram] = model.channels.map((channel) => channel.posts[0]);
    assert.deepEqual(facebook.spans.map((span) => [span.kind, span.text]), [
      ['text', 'Neu im Shop: unser '],
      ['hashtag', '#Sommer'],
      ['text', '-Angebot!'],
    ]);
    assert.equal(facebook.meter.text, `${model.content.length}/63,206`);
    assert.equal(facebook.meter.limit, 63206);
    const hashtagProblem = facebook.problems.find((problem) => problem.ruleId === 'facebook-hashtags');
    assert.ok(hashtagProblem, 'the Facebook card lists the hashtag problem');
    assert.deepEqual(hashtagProblem.range, { start: { line: 3, character: 19 }, end: { line: 3, character: 26 } });
    assert.ok(instagram.problems.every((problem) => problem.ruleId !== 'facebook-hashtags'));
  });

  it('postlint/preview: a post on disk that is not open, and null for one that does not exist', async () => {
    const uri = folder.write('on-disk.post.md', '---\nchannel: linkedin\n---\nHallo LinkedIn!\n');
    const model = (await server.connection.sendRequest(PreviewRequest.method, { uri })) as PreviewModel;
    assert.equal(model.version, null);
    assert.deepEqual(model.channels.map((channel) => [channel.channel, channel.posts.map((post) => post.spans.map((span) => span.text).join(''))]), [
      ['linkedin', ['Hallo LinkedIn!']],
    ]);
    assert.equal(await server.connection.sendRequest(PreviewRequest.method, { uri: folder.uri('missing.post.md') }), null);
  });

  it('postlint/adapt: the engine’s adaptation, with the sibling file name', async () => {
    const text = '---\nchannels: [instagram]\n---\nUnser #Sommer-Angebot ist da! Alle Infos: https://example.com/sommer #Tarif\n';
    const uri = folder.write('launch.post.md', text);
    const result = (await server.within('adapt', server.connection.sendRequest(AdaptRequest.method, { uri, channel: 'facebook' }))) as AdaptResult;
    const expected = adaptPost(text, 'facebook', { config: { signOff: '^SeSe' } });
    assert.equal(result.text, expected.text);
    assert.ok(!result.text.includes('#'), 'no hashtags left for Facebook');
    assert.equal(result.channel, 'facebook');
    assert.equal(result.fileName, 'launch.facebook.post.md');
    assert.equal(result.length, expected.length);
    assert.equal(result.limit, 63206);
  });

  it('postlint/adapt: null (and a logged reason) when the post cannot be adapted', async () => {
    const uri = 'untitled:broken-frontmatter';
    await server.open(uri, '---\nchannels: [twitter\n---\nHallo!\n');
    assert.equal(await server.connection.sendRequest(AdaptRequest.method, { uri, channel: 'instagram' }), null);
    await server.waitFor('the reason in the log', () => server.logs.find((log) => log.message.includes('cannot adapt')));
  });

  it('postlint/commandEdits fixAll: the Fix All text, for the current version', async () => {
    const uri = 'untitled:command-fix-all';
    const text = '---\nchannels: [facebook]\n---\nUnser #Sommer ist da!!!!\n';
    await server.open(uri, text, 9);
    const result = await commandEdits(uri, 'fixAll');
    assert.equal(result.version, 9);
    assert.equal(applyLspEdits(text, result.edits as TextEdit[]), fixAll(text, { locale: 'en', config: { signOff: '^SeSe' } }).text);
    assert.equal(result.reason, undefined);

    await server.change(uri, 10, [{ text: applyLspEdits(text, result.edits as TextEdit[]) }]);
    const nothing = await commandEdits(uri, 'fixAll');
    assert.deepEqual(nothing.edits, []);
    assert.ok(nothing.reason, 'says why there is nothing to do');
  });

  it('postlint/commandEdits addSignOff: the configured sign-off, once', async () => {
    const uri = 'untitled:command-sign-off';
    const text = '---\nkind: reply\nchannels: [facebook]\n---\nDanke für deine Nachricht!\nWir kümmern uns darum.\n';
    await server.open(uri, text);
    const result = await commandEdits(uri, 'addSignOff');
    const signed = applyLspEdits(text, result.edits as TextEdit[]);
    assert.ok(signed.trimEnd().endsWith('^SeSe'), signed);
    assert.equal(signed.split('^SeSe').length, 2);

    await server.change(uri, 2, [{ text: signed }]);
    const again = await commandEdits(uri, 'addSignOff');
    assert.deepEqual(again.edits, []);
    assert.ok(again.reason);
  });

  it('postlint/commandEdits addSignOff: a reason when no sign-off is configured', async () => {
    const plain = await TestServer.start({ locale: 'en' });
    try {
      await plain.open('untitled:no-sign-off', 'Danke für deine Nachricht!\n');
      const result = (await plain.connection.sendRequest(CommandEditsRequest.method, { uri: 'untitled:no-sign-off', command: 'addSignOff' })) as CommandEditsResult;
      assert.deepEqual(result.edits, []);
      assert.ok(result.reason);
    } finally {
      await plain.stop();
    }
  });

  it('postlint/commandEdits splitThread: the length rule’s thread for the tightest channel, or why not', async () => {
    const uri = 'untitled:command-split';
    await server.open(uri, LONG_REPLY);
    const result = await commandEdits(uri, 'splitThread');
    const thread = applyLspEdits(LONG_REPLY, result.edits as TextEdit[]);
    const split = lint(LONG_REPLY, { locale: 'en' }).findings.find((finding) => finding.ruleId === 'length' && finding.channel === 'twitter');
    assert.ok(split, 'the reply is too long for X');
    const suggestion = split.suggestions.find((candidate) => candidate.titleId === 'fixSplit');
    assert.ok(suggestion, 'the length rule suggests a thread');
    assert.equal(thread, applyOffsets(LONG_REPLY, suggestion.edits));
    const remaining = lint(thread, { locale: 'en' }).findings.filter((finding) => finding.ruleId === 'length' && finding.channel === 'twitter');
    assert.deepEqual(remaining, [], 'every part fits X');

    const short = 'untitled:command-split-short';
    await server.open(short, 'Kurz und gut.\n');
    const nothing = await commandEdits(short, 'splitThread');
    assert.deepEqual(nothing.edits, []);
    assert.ok(nothing.reason);
  });

  it('postlint/commandEdits: a reason for a document that is not open', async () => {
    const result = await commandEdits('untitled:not-open', 'fixAll');
    assert.deepEqual(result.edits, []);
    assert.ok(result.reason);
  });
});

function applyOffsets(text: string, edits: ReadonlyArray<{ start: number; end: number; newText: string }>): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return result;
}
