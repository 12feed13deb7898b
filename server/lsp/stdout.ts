// Standard output for `--stdio`, written in batches. The JSON-RPC writer writes each message's header
// and body separately, the body only once the header's write completed, and a lint sends two
// messages (diagnostics, then the status): four writes to the pipe per keystroke, each a system
// call, and the client woken for each. This stream accepts every write at once and passes what one
// turn of the event loop wrote to standard output with a single write. vscode-languageserver has no
// option for it; the stream is small enough to keep here.

import { Writable } from 'node:stream';

export class BatchingOutput extends Writable {
  private pending: Buffer[] = [];
  private flushScheduled = false;

  constructor(private readonly target: NodeJS.WritableStream) {
    super();
    // The connection watches this stream: a client that went away must end it as it ends stdout.
    target.on('error', (error: Error) => this.destroy(error));
    target.on('close', () => this.destroy());
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.pending.push(chunk);
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => this.flush());
    }
    callback();
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.flush();
    callback();
  }

  private flush(): void {
    this.flushScheduled = false;
    if (this.pending.length === 0) return;
    const data = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending);
    this.pending = [];
    this.target.write(data);
  }
}
