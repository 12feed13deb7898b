// Applying offset edits to a text. Edits of one fix never overlap; edits of different fixes may,
// and then the later one is skipped (and retried on the next pass of Fix All).

import type { TextEdit } from '../types';

export function sortEdits(edits: readonly TextEdit[]): TextEdit[] {
  return [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** True when two sets of edits touch a common character (or insert at the same point). */
export function editsOverlap(a: readonly TextEdit[], b: readonly TextEdit[]): boolean {
  for (const x of a) {
    for (const y of b) {
      if (x.start < y.end && y.start < x.end) return true;
      if (x.start === y.start) return true;
      if ((x.start === x.end && y.start < x.start && x.start < y.end) || (y.start === y.end && x.start < y.start && y.start < x.end)) return true;
    }
  }
  return false;
}

/** Applies non-overlapping edits; throws on overlap, which is a bug in the caller. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = sortEdits(edits);
  let result = '';
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.start < cursor || edit.end < edit.start || edit.end > text.length) {
      throw new Error(`Invalid or overlapping edit ${edit.start}-${edit.end}`);
    }
    result += text.slice(cursor, edit.start) + edit.newText;
    cursor = edit.end;
  }
  return result + text.slice(cursor);
}
