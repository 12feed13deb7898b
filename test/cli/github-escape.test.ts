// GitHub workflow-command escaping (as in @actions/core's command.ts): the message escapes %, CR
// and LF; properties (file, title) also escape ':' and ','. In-process: no file system needed.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeData, escapeProperty, github } from '../../server/cli/formatters/github';

describe('cli: github format escaping', () => {
  it('escapes % first, then CR and LF, in messages', () => {
    assert.equal(escapeData('100%\r\nsure: yes, really'), '100%25%0D%0Asure: yes, really');
    assert.equal(escapeData('%0A'), '%250A', 'an escape in the input stays literal');
  });

  it('also escapes : and , in properties', () => {
    assert.equal(escapeProperty('C:\\posts\\a,b.post.md'), 'C%3A\\posts\\a%2Cb.post.md');
  });

  it('leaves columns out of annotations that span lines, and maps info to notice', () => {
    const output = github(
      [
        {
          file: 'posts/a.post.md',
          diagnostics: [
            {
              rule: 'markdown',
              severity: 'info',
              channel: null,
              message: 'two\nlines',
              range: { start: { line: 2, character: 4 }, end: { line: 3, character: 1 } },
              fixable: false,
            },
          ],
        },
      ],
      { cwd: '/', color: false, docsDirectory: '/', version: '0.0.0' },
    );
    assert.equal(output, '::notice file=posts/a.post.md,line=3,endLine=4,title=postlint(markdown)::two%0Alines\n');
  });
});
