// A 5 MB post (and a 1 MB one): the server lints it or skips it with one info diagnostic (past the documented size,
// server/lsp/size-limit.ts), and its event loop stays free all along — opened, edited, linted in
// the background. Measured from outside, as an editor sees it: a cheap request (hover on a small
// post) sent again and again while the huge one is opened and edited; the slowest answer bounds the
// longest time the server's main thread was busy. (Pauses of the test process itself were measured
// apart when this test was written: at most 8–30 ms, so a slow answer is the server's.)

import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DiagnosticSeverity, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { TestServer } from './lsp-client';

const MB = 1024 * 1024;
const BUDGET_MS = 100;
// A shared machine can stall a process for a moment: the best of three rounds must keep the budget.
const ROUNDS = 3;

function hugePost(megabytes: number): string {
  const paragraph = 'Unser neuer Tarif ist da und wir freuen uns sehr darauf. Mehr Infos gibt es bald auf der Website! #Tarif\n';
  return `---\nchannels: [facebook]\n---\n${paragraph.repeat(Math.ceil((megabytes * MB) / paragraph.length))}`;
}

describe('huge posts', () => {
  let server: TestServer;
  before(async () => {
    server = await TestServer.startWithSmallPost({ locale: 'en' });
  });
  after(async () => {
    await server.stop();
  });

  for (const megabytes of [5, 1]) {
    it(`a ${megabytes} MB post is linted or skipped with one info diagnostic, and no answer waits more than ${BUDGET_MS} ms meanwhile (best of ${ROUNDS} rounds)`, async () => {
      const text = hugePost(megabytes);
      const hover = async (): Promise<number> => {
        const started = process.hrtime.bigint();
        await server.hoverSmallPost('hover', 30_000);
        return Number(process.hrtime.bigint() - started) / 1e6;
      };
      for (let warm = 0; warm < 20; warm++) await hover();

      const slowestPerRound: number[] = [];
      for (let round = 1; round <= ROUNDS; round++) {
        const uri = `untitled:huge-${megabytes}-${round}`;
        const since = server.diagnostics.length;
        const edits = 5;
        let done: PublishDiagnosticsParams | undefined;
        void server.waitForDiagnostics(uri, (params) => params.version === edits + 1, since, 120_000).then((params) => (done = params));
        // Sent before the hovers start: serialising 5 MB blocks this process, not the server.
        await server.open(uri, text, 1);
        // The first hover waits behind the 5 MB message in the pipe (transport and parsing, which every
        // LSP server pays); each later one measures what the server's main thread does after it.
        const transport = await hover();
        const times: number[] = [];
        let edited = 0;
        while (!done || times.length < 50) {
          times.push(await hover());
          // Typing at the end of the huge post while it is being linted.
          if (edited < edits && times.length % 5 === 0) {
            edited++;
            await server.change(uri, edited + 1, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: 'x' }]);
          }
        }
        const published = done!;
        const skipped = published.diagnostics.some((diagnostic) => (diagnostic.data as { messageId?: string } | undefined)?.messageId === 'tooLargeToCheck');
        if (skipped) {
          assert.equal(published.diagnostics.length, 1, 'a skipped post has one diagnostic');
          assert.equal(published.diagnostics[0].severity, DiagnosticSeverity.Information);
        } else {
          assert.ok(published.diagnostics.length > 0, 'a linted post has its findings');
        }
        const versions = server.diagnostics.slice(since).filter((params) => params.uri === uri).map((params) => params.version!);
        assert.deepEqual(versions, [...versions].sort((a, b) => a - b), 'versions only rise');
        const sorted = [...times].sort((a, b) => a - b);
        slowestPerRound.push(sorted[sorted.length - 1]);
        console.log(
          `${megabytes} MB post, round ${round}: ${skipped ? 'skipped with one info diagnostic' : `${published.diagnostics.length} diagnostics`} for version ${published.version}; ` +
            `first hover behind the ${megabytes} MB message ${transport.toFixed(0)} ms; ${times.length} hovers after it: median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms, ` +
            `slowest ${sorted[sorted.length - 1].toFixed(1)} ms (in order: ${times.map((time) => time.toFixed(0)).join(' ')})`,
        );
        await server.close(uri);
      }
      const best = Math.min(...slowestPerRound);
      assert.ok(best < BUDGET_MS, `the slowest hover of each round: ${slowestPerRound.map((time) => time.toFixed(1)).join(', ')} ms`);
    });
  }
});
