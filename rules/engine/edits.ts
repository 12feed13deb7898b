// Applying offset edits to a text. Edits of one fix never overlap; edits of different fixes may,
// and then the later one is skipped (and retried on the next pass of Fix All).

import { firstFrom } from '../language/span';
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

/**
 * Edits chosen so far, asked whether a new set of edits overlaps any of them (as editsOverlap
 * decides). Fix All asks once per fixable finding, and a long post can have tens of thousands (a
 * "!!!" in every line): comparing each with every chosen edit was quadratic — seconds for a few
 * hundred kilobytes. The edits are kept sorted by start, and only those that start within the
 * longest edit's length before the new one can touch it.
 */
export class ChosenEdits {
  private readonly sorted: TextEdit[] = [];
  private longest = 0;

  overlaps(edits: readonly TextEdit[]): boolean {
    for (const edit of edits) {
      // Every edit that can overlap `edit` starts at or before its end…
      for (let index = this.firstStartingAfter(edit.end) - 1; index >= 0; index--) {
        const chosen = this.sorted[index]!;
        // …and ends at or after its start: no earlier one can, once even the longest edit could not.
        if (chosen.start + this.longest < edit.start) break;
        if (editsOverlap([chosen], [edit])) return true;
      }
    }
    return false;
  }

  add(edits: readonly TextEdit[]): void {
    for (const edit of edits) {
      this.sorted.splice(this.firstStartingAfter(edit.start), 0, edit);
      this.longest = Math.max(this.longest, edit.end - edit.start);
    }
  }

  /** Index of the first chosen edit that starts after `offset` (offsets are whole numbers). */
  private firstStartingAfter(offset: number): number {
    return firstFrom(this.sorted, offset + 1);
  }
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
