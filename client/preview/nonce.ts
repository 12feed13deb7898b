// A fresh 128-bit nonce for each render of the webview shell, from the operating system's CSPRNG
// (never Math.random: a guessable nonce would let injected markup run as script).

import { randomBytes } from 'node:crypto';

export function createNonce(): string {
  return randomBytes(16).toString('base64');
}
