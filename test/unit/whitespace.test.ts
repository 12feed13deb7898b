// isWhitespace (rules/text/whitespace.ts) must agree with `\s` on every UTF-16 unit.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isWhitespace } from '../../rules/text/whitespace';

describe('isWhitespace', () => {
  it('tells whitespace as /\\s/ does', () => {
    for (let unit = 0; unit < 0x10000; unit++) assert.equal(isWhitespace(unit), /\s/.test(String.fromCharCode(unit)), `U+${unit.toString(16)}`);
  });
});
