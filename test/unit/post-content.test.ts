// The published text: notes removed, CRLF folded, trimmed — and offsets that map back exactly.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, parsePost } from '../../rules';
import { changesNoteMarkers } from '../../rules/post/content';

describe('published content', () => {
  it('removes notes, with their line when a note stands alone', () => {
    const post = parsePost('---\nkind: reply\n---\nHallo!\n\n<!-- notes for the team -->\n^SeSe\n');
    assert.equal(post.content.text, 'Hallo!\n\n^SeSe');
    assert.equal(post.content.notes.length, 1);
    assert.equal(post.content.notes[0].text, 'notes for the team');
  });

  it('keeps the text around an inline note', () => {
    const post = parsePost('Hallo <!-- intern --> Welt');
    assert.equal(post.content.text, 'Hallo  Welt');
  });

  it('handles BOM and CRLF and maps offsets back to the document', () => {
    const text = '\uFEFF---\r\nchannels: [x]\r\n---\r\nEins\r\nZwei\r\n';
    const post = parsePost(text);
    assert.equal(post.content.text, 'Eins\nZwei');
    const zwei = post.content.text.indexOf('Zwei');
    assert.equal(text.slice(post.content.map.toDocStart(zwei), post.content.map.toDocEnd(zwei + 4)), 'Zwei');
    assert.deepEqual(post.frontmatter?.values.channels, ['twitter']);
  });

  it('turns a content edit across a note into document edits that keep the note', () => {
    const text = 'Eins <!-- bleibt --> Zwei Drei';
    const post = parsePost(text);
    const from = post.content.text.indexOf('Eins');
    const to = post.content.text.indexOf('Drei');
    const edits = post.content.map.toDocEdits({ start: from, end: to, newText: 'X ' });
    assert.equal(applyEdits(text, edits), 'X <!-- bleibt -->Drei');
  });

  it('deleting a line break of a CRLF document takes the CR along', () => {
    const text = 'Eins\r\nZwei';
    const post = parsePost(text);
    const edits = post.content.map.toDocEdits({ start: 4, end: 5, newText: ' ' });
    assert.equal(applyEdits(text, edits), 'Eins Zwei');
  });

  it('reports an unclosed frontmatter and lints the whole text as body', () => {
    const post = parsePost('---\nchannels: [x]\nHallo');
    assert.equal(post.problems[0]?.messageId, 'unclosed');
    assert.equal(post.frontmatter, undefined);
  });

  it('inserts at the end of the content, before trailing whitespace and notes', () => {
    const text = 'Danke!\n<!-- intern -->\n';
    const post = parsePost(text);
    const end = post.content.text.length;
    const edits = post.content.map.toDocEdits({ start: end, end, newText: ' ^SeSe' });
    assert.equal(applyEdits(text, edits), 'Danke! ^SeSe\n<!-- intern -->\n');
  });
});

describe('removals around notes', () => {
  it('a removal across a note line leaves the note on its own line', () => {
    for (const eol of ['\n', '\r\n']) {
      const text = ['Text', '<!-- note -->', '#a #b', ''].join(eol);
      const post = parsePost(text);
      const start = post.content.text.indexOf('\n');
      const edits = post.content.map.toDocEdits({ start, end: post.content.text.length, newText: '' });
      assert.equal(applyEdits(text, edits), ['Text', '<!-- note -->', ''].join(eol));
    }
  });
});

describe('edits that make or break a note marker', () => {
  it('are told apart from edits that leave the markers as they are', () => {
    const text = 'Hallo <!!!-- Welt --> und tschüss!!!';
    const collapse = text.indexOf('!!!');
    assert.equal(changesNoteMarkers(text, [{ start: collapse, end: collapse + 3, newText: '!' }]), true, 'makes "<!--"');
    const closing = text.indexOf('-->');
    assert.equal(changesNoteMarkers(text, [{ start: closing, end: closing + 1, newText: '' }]), true, 'breaks "-->"');
    assert.equal(changesNoteMarkers(text, [{ start: text.length, end: text.length, newText: '\n<!--^SeSe' }]), true, 'adds "<!--"');
    const last = text.lastIndexOf('!!!');
    assert.equal(changesNoteMarkers(text, [{ start: last, end: last + 3, newText: '!' }]), false, 'an ordinary fix');
    assert.equal(changesNoteMarkers(text, [{ start: closing - 1, end: closing - 1, newText: 'x' }]), false, 'next to a marker');
  });
});
