// The frontmatter fast path (rules/post/frontmatter-fast.ts) must build exactly the nodes that
// `yaml`'s tree gives (rules/post/frontmatter-nodes.ts) for every block it accepts, and decline
// everything else. Checked on generated blocks that mix the lines posts use with lines that only look
// simple (numbers, booleans, null, colons, comments, escapes, indentation, duplicates, CR, tabs;
// CRLF line ends are read), and by reading whole frontmatter both ways.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { LineCounter, parseDocument } from 'yaml';
import { DUPLICATE_KEY_MESSAGE, parseSimpleFrontmatter } from '../../rules/post/frontmatter-fast';
import { fromYaml, type FrontNode } from '../../rules/post/frontmatter-nodes';
import { readFrontmatter } from '../../rules/post/frontmatter';
import { SEED } from '../support/arbitraries';

const RUNS = Number(process.env.POSTLINT_PROPERTY_RUNS ?? 2000);

const keyName = fc.constantFrom(
  'channels', 'channel', 'kind', 'signoff', 'address', 'in-reply-to', 'lang', 'foo', 'sign_off', 'Kind', 'x1', 'true', 'null', 'NULL', 'False', '1', '-a', 'a b',
);
const plainValue = fc.constantFrom(
  'reply', 'post', 'du', 'Sie', 'de', 'en', '^SeSe', '^LW', 'Dein Team', 'Liebe Grüße, Anna', "Don't panic!", 'a - b', 'a-b', 'x.com', 'ü', 'Ärger',
  'true', 'True', 'FALSE', 'null', 'Null', '~', '1', '0x1F', '.inf', '-1', '+1', '1e3', 'yes', 'no', 'on', 'off', 'a: b', 'a #b', 'a#b', 'a:b',
  '&anchor x', '*alias', '!tag x', '|', '>', '%x', '@x', '`x`', '- x', '? x', ',x', 'x,y', '[x', '{a: b}', '', ' ', '  x  ', 'é\u0301', 'x\u00a0y',
);
const flowItem = fc.constantFrom('x', 'ig', 'twitter', 'instagarm', 'X', 'bsky', 'true', 'null', '1', '"x"', "'x'", '', ' ', 'a b', 'a:b', '[x]', 'x#y', 'é');
const flowSequence = fc
  .tuple(fc.array(flowItem, { maxLength: 4 }), fc.constantFrom(', ', ',', ' , ', ',  '), fc.constantFrom('', ' ', '  '))
  .map(([items, separator, pad]) => `[${pad}${items.join(separator)}${pad}]`);
const quotedValue = fc.oneof(
  fc.string({ maxLength: 12 }).map((text) => `"${text}"`),
  fc.string({ maxLength: 12 }).map((text) => `'${text}'`),
  fc.constantFrom('"a: b # c"', '"say \\"hi\\""', '"tab\\t"', "'it''s'", '"ünïcödé"', '""', "''", '"a" # c', '"a"x'),
);
const value = fc.oneof({ weight: 4, arbitrary: plainValue }, { weight: 2, arbitrary: flowSequence }, { weight: 2, arbitrary: quotedValue }, { weight: 1, arbitrary: fc.string({ maxLength: 10 }) });
const trailing = fc.constantFrom('', '', ' ', '  ', ' # note', '\t');
const line = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(keyName, fc.constantFrom(': ', ':  ', ':', ': '), value, trailing).map(([key, colon, written, tail]) => `${key}${colon}${written}${tail}`) },
  { weight: 1, arbitrary: fc.constantFrom('', '', ' ', '# comment', '  indented: x', '- item', 'key:', 'key: ', 'a: b: c', '---', '...', 'k:\tv') },
  { weight: 1, arbitrary: fc.string({ maxLength: 16 }) },
);
const block = fc.tuple(fc.array(line, { maxLength: 7 }), fc.constantFrom('\n', '\n', '\r\n'), fc.boolean()).map(([lines, newline, finalNewline]) => {
  const text = lines.join(newline);
  return finalNewline && text !== '' ? text + newline : text;
});

/** What frontmatter.ts reads of a node: its kind, value and (non-empty) range; items of a sequence. */
function shape(node: FrontNode | null | undefined): unknown {
  if (node === null || node === undefined) return null;
  const range = node.range;
  const where = range && range[1] > range[0] ? [range[0], range[1]] : 'empty';
  if (node.kind === 'scalar') return { scalar: node.value ?? null, where };
  if (node.kind === 'seq') return { seq: node.items.map(shape), where };
  if (node.kind === 'map') return { map: node.pairs.map((pair) => ({ key: shape(pair.key), value: shape(pair.value) })), where };
  return { other: true, where };
}

/** The nodes `yaml` builds for a block, as frontmatter.ts reads them. */
function yamlShape(source: string): unknown {
  return shape(fromYaml(parsedByYaml(source).contents));
}

function parsedByYaml(source: string) {
  return parseDocument(source, { lineCounter: new LineCounter(), uniqueKeys: true, prettyErrors: false, strict: true });
}

describe('frontmatter fast path', () => {
  it('builds the same nodes as yaml for every block it accepts', () => {
    let accepted = 0;
    let declined = 0;
    fc.assert(
      fc.property(block, (source) => {
        const fast = parseSimpleFrontmatter(source);
        if (fast === undefined) {
          declined++;
          return;
        }
        accepted++;
        const document = parsedByYaml(source);
        // The only errors yaml finds in an accepted block are the repeated keys, which it keeps.
        assert.deepEqual(
          document.errors.map((error) => [error.code, error.pos[0], error.message]),
          fast.duplicateKeys.map((at) => ['DUPLICATE_KEY', at, DUPLICATE_KEY_MESSAGE]),
        );
        assert.deepEqual(shape(fast.contents), shape(fromYaml(document.contents)));
      }),
      { seed: SEED, numRuns: RUNS * 5 },
    );
    // Both branches must be exercised, or the property says nothing.
    assert.ok(accepted > RUNS / 2, `accepted ${accepted}`);
    assert.ok(declined > RUNS / 2, `declined ${declined}`);
  });

  it('reads the frontmatter of posts the same way as the full parser', () => {
    fc.assert(
      fc.property(block, (source) => {
        // Blocks the fast path declines go through yaml either way.
        if (parseSimpleFrontmatter(source) === undefined) return;
        const text = `---\n${source}${source.endsWith('\n') || source === '' ? '' : '\n'}---\nBody\n`;
        const read = readFrontmatter(text, 0);
        // The same block through yaml: a comment line before it makes the fast path decline and
        // changes nothing else YAML reads.
        const slowText = `---\n# \n${source}${source.endsWith('\n') || source === '' ? '' : '\n'}---\nBody\n`;
        const slow = readFrontmatter(slowText, 0);
        assert.ok(read && !('unclosed' in read) && slow && !('unclosed' in slow));
        const shift = slowText.length - text.length;
        const shifted = slow.problems.map((problem) => ({ ...problem, start: problem.start - shift, end: problem.end - shift }));
        assert.deepEqual({ values: read.values, problems: read.problems }, {
          values: slow.values.channelsRange ? { ...slow.values, channelsRange: slow.values.channelsRange.map((at) => at - shift) } : slow.values,
          problems: shifted,
        });
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('accepts the frontmatter posts are written with', () => {
    const source = 'channels: [x, instagram]\nkind: reply\nsignoff: ^SeSe\naddress: sie\nin-reply-to: "Wann kommt die neue App?"\nlang: de\n';
    const map = parseSimpleFrontmatter(source)?.contents;
    assert.ok(map);
    assert.deepEqual(shape(map), yamlShape(source));
    const crlf = source.replace(/\n/g, '\r\n');
    assert.ok(parseSimpleFrontmatter(crlf));
    assert.deepEqual(shape(parseSimpleFrontmatter(crlf)?.contents), yamlShape(crlf));
    assert.deepEqual(parseSimpleFrontmatter(''), { contents: null, duplicateKeys: [] });
    assert.deepEqual(parseSimpleFrontmatter('\n\n'), { contents: null, duplicateKeys: [] });
    assert.deepEqual(parseSimpleFrontmatter('\r\n\r\n'), { contents: null, duplicateKeys: [] });
    const repeated = 'channels: [x]\nlang: de\nchannels: [instagarm]\n';
    assert.deepEqual(parseSimpleFrontmatter(repeated)?.duplicateKeys, [23]);
    assert.deepEqual(shape(parseSimpleFrontmatter(repeated)?.contents), yamlShape(repeated));
  });

  it('declines what only YAML can read', () => {
    for (const source of ['kind: 1\n', 'lang: true\n', 'kind: null\n', '# note\nkind: reply\n', 'in-reply-to: "a \\"b\\""\n', 'channels:\n  - x\n', 'kind: reply\r', 'kind: re\rply\r\n', 'kind:\treply\n', 'signoff: a: b\n']) {
      assert.equal(parseSimpleFrontmatter(source), undefined, JSON.stringify(source));
    }
  });
});
