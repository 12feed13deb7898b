// The language server's standard output over `--stdio` (server/lsp/stdout.ts): what one turn of the
// event loop writes reaches the pipe as one write, in order; later turns write again.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PassThrough } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { BatchingOutput } from '../../server/lsp/stdout';

/** A stand-in for stdout that records each write it gets. */
function recordingTarget(): { target: PassThrough; writes: string[] } {
  const target = new PassThrough();
  const writes: string[] = [];
  const write = target.write.bind(target);
  target.write = ((chunk: Buffer) => {
    writes.push(chunk.toString());
    return write(chunk);
  }) as typeof target.write;
  return { target, writes };
}

describe('BatchingOutput', () => {
  it('passes the writes of one turn on as one write, in order', async () => {
    const { target, writes } = recordingTarget();
    const output = new BatchingOutput(target);
    output.write('Content-Length: 2\r\n\r\n');
    output.write(Buffer.from('{}'));
    output.write('Content-Length: 3\r\n\r\n[1]');
    await nextTurn();
    await nextTurn();
    assert.deepEqual(writes, ['Content-Length: 2\r\n\r\n{}Content-Length: 3\r\n\r\n[1]']);
  });

  it('writes again for a later turn, and what is pending when it ends', async () => {
    const { target, writes } = recordingTarget();
    const output = new BatchingOutput(target);
    output.write('a');
    await nextTurn();
    await nextTurn();
    output.write('b');
    output.end('c');
    await new Promise((resolve) => output.once('finish', resolve));
    assert.deepEqual(writes, ['a', 'bc']);
  });

  it('ends with an error when the target fails (the client went away)', async () => {
    const { target } = recordingTarget();
    const output = new BatchingOutput(target);
    const failed = new Promise<Error>((resolve) => output.once('error', resolve));
    target.destroy(new Error('EPIPE'));
    assert.equal((await failed).message, 'EPIPE');
  });
});
