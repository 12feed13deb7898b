// The published text of a post ("content") is the body with notes (HTML comments) removed, CRLF
// turned into LF and surrounding whitespace trimmed. Rules read the content; findings and edits must
// point into the document. `ContentMap` keeps the correspondence as a list of kept segments.

import type { TextEdit } from '../types';

export interface Note {
  /** Document offsets of the whole comment, `<!--` to `-->` inclusive. */
  start: number;
  end: number;
  /** The comment's inner text, trimmed. */
  text: string;
  /** False when the comment runs to the end of the document without `-->`. */
  closed: boolean;
}

interface Segment {
  /** Start in the content. */
  contentStart: number;
  /** Start in the document. */
  docStart: number;
  length: number;
}

export class ContentMap {
  constructor(
    private readonly documentText: string,
    private readonly segments: readonly Segment[],
    /** Where an insertion into empty content goes in the document. */
    private readonly emptyAnchor: number,
  ) {}

  /** Document offset of the content character at `offset` (or of the end, for `offset === length`). */
  toDocStart(offset: number): number {
    const segment = this.segmentAt(offset, false);
    if (!segment) return this.emptyAnchor;
    return segment.docStart + Math.min(offset - segment.contentStart, segment.length);
  }

  /** Document offset just after content character `offset - 1`: the end of a range ending at `offset`. */
  toDocEnd(offset: number): number {
    if (offset <= 0) return this.toDocStart(0);
    const segment = this.segmentAt(offset, true);
    if (!segment) return this.emptyAnchor;
    return segment.docStart + Math.min(offset - segment.contentStart, segment.length);
  }

  /**
   * Turns an edit of the content into edits of the document. A replacement that spans a note keeps
   * the note (and every other character that is not part of the content): only content characters
   * are removed, and the new text goes where the first of them was.
   */
  toDocEdits(edit: TextEdit): TextEdit[] {
    if (edit.start === edit.end) {
      return [{ start: this.toDocStart(edit.start), end: this.toDocStart(edit.start), newText: edit.newText }];
    }
    const edits: TextEdit[] = [];
    for (const segment of this.segments) {
      const from = Math.max(edit.start, segment.contentStart);
      const to = Math.min(edit.end, segment.contentStart + segment.length);
      if (from >= to) continue;
      let docStart = segment.docStart + (from - segment.contentStart);
      const docEnd = segment.docStart + (to - segment.contentStart);
      // A removed "\n" whose "\r" was dropped from the content takes its "\r" along, so no lone CR is left.
      if (this.documentText[docStart] === '\n' && this.documentText[docStart - 1] === '\r' && from === segment.contentStart) {
        docStart -= 1;
      }
      edits.push({ start: docStart, end: docEnd, newText: edits.length === 0 ? edit.newText : '' });
    }
    this.keepNotesOnTheirLines(edits);
    if (edits.length === 0) {
      const at = this.toDocStart(edit.start);
      edits.push({ start: at, end: at, newText: edit.newText });
    }
    return edits;
  }

  /**
   * "text⏎<note line>⏎tags" minus "⏎tags" would leave "text<note line>": the note glued to the text.
   * Where a removal ends in a line break right before a note line and goes on after it, keep that
   * line break and remove the note line's own line break instead; the note keeps its line.
   */
  private keepNotesOnTheirLines(edits: TextEdit[]): void {
    const text = this.documentText;
    for (let i = 0; i + 1 < edits.length; i++) {
      const current = edits[i];
      const next = edits[i + 1];
      const gap = text.slice(current.end, next.start);
      if (text[current.end - 1] !== '\n' || !gap.endsWith('\n') || gap.trim() === '') continue;
      let end = current.end - 1;
      if (text[end - 1] === '\r' && end - 1 >= current.start) end -= 1;
      current.end = end;
      next.start -= gap.endsWith('\r\n') ? 2 : 1;
    }
    for (let i = edits.length - 1; i >= 0; i--) {
      if (edits[i].start === edits[i].end && edits[i].newText === '') edits.splice(i, 1);
    }
  }

  private segmentAt(offset: number, preferPrevious: boolean): Segment | undefined {
    const segments = this.segments;
    if (segments.length === 0) return undefined;
    let low = 0;
    let high = segments.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      const start = segments[mid].contentStart;
      if (start < offset || (start === offset && !preferPrevious)) low = mid;
      else high = mid - 1;
    }
    return segments[low];
  }
}

export interface Content {
  text: string;
  map: ContentMap;
  notes: Note[];
}

const NOTE_OPEN = '<!--';
const NOTE_CLOSE = '-->';

/**
 * True when applying `edits` to `documentText` would make or break a note marker (`<!--`, `-->`):
 * a fix that collapses "<!!!--" to "<!--", or adds a sign-off holding one, would hide or end text
 * the writer can see. Decided per edit on the edit and the three characters either side of it —
 * a marker that reaches into an edit reaches no further.
 */
export function changesNoteMarkers(documentText: string, edits: readonly TextEdit[]): boolean {
  const margin = NOTE_OPEN.length - 1;
  return edits.some((edit) => {
    const before = documentText.slice(Math.max(0, edit.start - margin), edit.start);
    const after = documentText.slice(edit.end, edit.end + margin);
    const was = before + documentText.slice(edit.start, edit.end) + after;
    const becomes = before + edit.newText + after;
    return occurrences(was, NOTE_OPEN) !== occurrences(becomes, NOTE_OPEN) || occurrences(was, NOTE_CLOSE) !== occurrences(becomes, NOTE_CLOSE);
  });
}

function occurrences(text: string, marker: string): number {
  return text.split(marker).length - 1;
}

/** Finds the notes in `documentText[bodyStart..]`. */
export function findNotes(documentText: string, bodyStart: number): Note[] {
  const notes: Note[] = [];
  let index = documentText.indexOf(NOTE_OPEN, bodyStart);
  while (index !== -1) {
    const close = documentText.indexOf(NOTE_CLOSE, index + NOTE_OPEN.length);
    const closed = close !== -1;
    const end = closed ? close + NOTE_CLOSE.length : documentText.length;
    const inner = documentText.slice(index + NOTE_OPEN.length, closed ? close : end);
    notes.push({ start: index, end, text: inner.trim(), closed });
    if (!closed) break;
    index = documentText.indexOf(NOTE_OPEN, end);
  }
  return notes;
}

/**
 * A note alone on its line takes the line with it, so that a note between two paragraphs does not
 * leave an extra empty line in the published text. Only the blanks next to the note are looked at
 * (not the whole line): a long line of many notes must not cost a scan of the line per note.
 */
function removedRange(documentText: string, bodyStart: number, note: Note): [number, number] {
  let lineStart = note.start;
  while (lineStart > bodyStart && isBlankChar(documentText[lineStart - 1])) lineStart--;
  if (lineStart > bodyStart && documentText[lineStart - 1] !== '\n') return [note.start, note.end];
  let lineEnd = note.end;
  while (lineEnd < documentText.length && isBlankChar(documentText[lineEnd])) lineEnd++;
  // One CR before the line break (or the end) belongs to the line end.
  if (documentText[lineEnd] === '\r' && (lineEnd + 1 === documentText.length || documentText[lineEnd + 1] === '\n')) lineEnd++;
  if (lineEnd < documentText.length && documentText[lineEnd] !== '\n') return [note.start, note.end];
  return [lineStart, Math.min(lineEnd + 1, documentText.length)];
}

function isBlankChar(char: string): boolean {
  return char === ' ' || char === '\t';
}

const TRIMMABLE = /\s/u;

export function buildContent(documentText: string, bodyStart: number): Content {
  const notes = findNotes(documentText, bodyStart);
  // Ranges of the document that are not published: notes (with their lines) and CRs of CRLF.
  const removed: Array<[number, number]> = [];
  for (const note of notes) {
    const [start, end] = removedRange(documentText, bodyStart, note);
    const last = removed[removed.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else removed.push([start, end]);
  }

  const segments: Segment[] = [];
  let contentLength = 0;
  const keep = (from: number, to: number) => {
    // Split at each CRLF: the CR is dropped, the LF kept.
    let cursor = from;
    while (cursor < to) {
      let cr = documentText.indexOf('\r\n', cursor);
      if (cr === -1 || cr >= to) cr = to;
      if (cr > cursor) {
        segments.push({ contentStart: contentLength, docStart: cursor, length: cr - cursor });
        contentLength += cr - cursor;
      }
      cursor = cr + 1; // skip the CR; the LF starts the next segment
    }
  };
  let cursor = bodyStart;
  for (const [start, end] of removed) {
    if (start > cursor) keep(cursor, start);
    cursor = Math.max(cursor, end);
  }
  if (cursor < documentText.length) keep(cursor, documentText.length);

  let text = '';
  for (const segment of segments) text += documentText.slice(segment.docStart, segment.docStart + segment.length);

  // Trim: networks do not publish leading or trailing whitespace.
  let lead = 0;
  while (lead < text.length && TRIMMABLE.test(text[lead])) lead++;
  let tail = text.length;
  while (tail > lead && TRIMMABLE.test(text[tail - 1])) tail--;
  const trimmed: Segment[] = [];
  for (const segment of segments) {
    const from = Math.max(segment.contentStart, lead);
    const to = Math.min(segment.contentStart + segment.length, tail);
    if (from >= to) continue;
    trimmed.push({
      contentStart: from - lead,
      docStart: segment.docStart + (from - segment.contentStart),
      length: to - from,
    });
  }
  const emptyAnchor = trimmed.length > 0 ? trimmed[0].docStart : Math.min(bodyStart, documentText.length);
  return { text: text.slice(lead, tail), map: new ContentMap(documentText, trimmed, emptyAnchor), notes };
}
