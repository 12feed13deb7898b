// What one document's lint leaves for its next lint, so that a keystroke in a long post re-runs the
// paragraph-scoped rules (RuleMeta.scope) only on the paragraph it changed: per paragraph text, its
// tokens, each such rule's reports (in paragraph offsets, before suppression and formatting, which
// the engine redoes on every lint) and what post-scoped rules read in it (paragraph-spans.ts).
// Reports and readings are reused only under the settings and options they were made with. Only the paragraphs of the latest lint are kept, so the memory is
// that of one version of the document.

import type { Tokens } from '../post/tokens';
import type { Span } from './paragraph-spans';
import type { Report } from './rule';

export interface ParagraphEntry {
  /** The paragraph's text, a copy of its own (see `detached`). */
  text: string;
  tokens?: Tokens;
  /** Settings the reports were made with (see `LintCache.settingsKey`). */
  settingsKey: string;
  /** Per rule key (rule id and options), the rule's reports on this paragraph. */
  reports: Map<string, Report[]>;
  /** What post-scoped rules learn from this paragraph's text alone, by reading (paragraph-spans.ts). */
  readings: Map<string, unknown>;
}

export class LintCache {
  private previous = new Map<string, ParagraphEntry>();
  private current = new Map<string, ParagraphEntry>();
  /** The paragraphs of the last lint and of the lint under way, in order (a text may repeat). */
  private previousOrder: ParagraphEntry[] = [];
  private currentOrder: ParagraphEntry[] = [];
  /** Per reading (paragraph-spans.ts), the spans found at each position of those paragraphs. */
  private previousReadings = new Map<string, Span[][]>();
  private currentReadings = new Map<string, Span[][]>();

  /** The entries of the paragraphs of the lint under way, in order: kept from the last lint, or new. */
  entries(texts: readonly string[], settingsKey: string): ParagraphEntry[] {
    // A paragraph usually stands where it stood in the last lint, counted from the start (before
    // the edit) or from the end (after it): comparing it with that paragraph is a quick memory
    // compare, where looking it up by text would first hash every character of the new string.
    const last = this.previousOrder;
    const shift = last.length - texts.length;
    this.currentOrder = texts.map((text, index) => this.entry(text, settingsKey, last[index], last[index + shift]));
    return this.currentOrder;
  }

  /** The paragraphs of the last lint and what `reading` found at each of them. */
  lastReading(reading: string): { order: readonly ParagraphEntry[]; spans?: readonly Span[][] } {
    return { order: this.previousOrder, spans: this.previousReadings.get(reading) };
  }

  /** What `reading` found at each paragraph of the lint under way. */
  keepReading(reading: string, spans: Span[][]): void {
    this.currentReadings.set(reading, spans);
  }

  private entry(text: string, settingsKey: string, sameIndex?: ParagraphEntry, sameIndexFromEnd?: ParagraphEntry): ParagraphEntry {
    // Texts are unique among the entries of a lint, so a kept entry with this text is the one the
    // maps would give (moved to `current` if the text already appeared in this lint).
    const kept = sameIndex?.text === text ? sameIndex : sameIndexFromEnd?.text === text ? sameIndexFromEnd : undefined;
    if (kept) {
      // The entry's own text has its hash computed already.
      if (this.current.get(kept.text) === kept) return kept;
      this.previous.delete(kept.text);
      return this.adopt(kept, settingsKey);
    }
    let entry = this.current.get(text);
    if (entry) return entry;
    entry = this.previous.get(text);
    if (entry) {
      this.previous.delete(text);
    } else {
      const own = detached(text);
      entry = { text: own, settingsKey, reports: new Map(), readings: new Map() };
    }
    return this.adopt(entry, settingsKey);
  }

  /** Makes `entry` one of the lint under way, under its settings. */
  private adopt(entry: ParagraphEntry, settingsKey: string): ParagraphEntry {
    if (entry.settingsKey !== settingsKey) {
      entry.settingsKey = settingsKey;
      entry.reports.clear();
      entry.readings.clear();
    }
    this.current.set(entry.text, entry);
    return entry;
  }

  /** The lint is done: its paragraphs are what the next lint may reuse; all others are dropped. */
  finish(): void {
    this.previous = this.current;
    this.current = new Map();
    this.previousOrder = this.currentOrder;
    this.currentOrder = [];
    this.previousReadings = this.currentReadings;
    this.currentReadings = new Map();
  }

  /** Paragraphs kept for the next lint (for tests). */
  get size(): number {
    return this.previous.size + this.current.size;
  }
}

/**
 * A copy of `text` that does not share memory with the string it was cut from. A slice of a string
 * keeps the whole original alive in V8; a kept paragraph (and every word a rule reports from it)
 * would otherwise hold on to the full text of the version it was first seen in — a megabyte per
 * version in a long document. Slicing a concatenation copies: V8 flattens the concatenation into a
 * new string of its own first (a fifth of the cost of JSON's round trip, which opening a 1 MB post
 * paid for every paragraph).
 */
function detached(text: string): string {
  return (' ' + text).slice(1);
}
