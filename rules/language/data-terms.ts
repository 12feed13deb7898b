// Finding the names of customer data in a text — "Kundennummer", "Kunden-Nr.", "IBAN", "your email
// address" — with the vocabulary of rules/words/customer-data.json. Whether the text *asks* for the
// data is decided elsewhere (data-request.ts); this file only knows the words.

import vocabulary from '../words/customer-data.json';
import type { Span } from './span';
import { isWholeEntry, TermLists, type TermListOptions } from './term-list';

export interface DataTerm extends Span {
  /** Category id from the word list: customerNumber, password, email, … */
  category: string;
  /** The term as written ("Kunden-Nr.", "E-Mail-Adresse"). */
  text: string;
  /** A word that names customer data only in context ("Adresse", "email", "Nummer"). */
  ambiguous: boolean;
  /** The word may mean the message rather than the data ("E-Mail"): "send us your e-mail" asks for no address. */
  messageLike: boolean;
  /** Names a phone number only next to a call-back ("Nummer … zurückrufen"). */
  needsCallback: boolean;
}

interface CategoryList {
  terms?: string[];
  ambiguous?: string[];
  compounds?: string[];
  caseSensitive?: string[];
  messageLike?: string[];
  needsCallback?: string[];
}

interface CompiledCategory {
  id: string;
  list: CategoryList;
  /** `terms` and `ambiguous` together: the case-insensitive, whole-word entries. */
  words: string[];
}

const CATEGORIES: CompiledCategory[] = Object.entries(vocabulary.categories as Record<string, CategoryList>).map(([id, list]) => ({
  id,
  list,
  words: [...(list.terms ?? []), ...(list.ambiguous ?? [])],
}));

// Every post is searched with these three lists: the terms of all categories, the compound
// terms, the case-sensitive ones.
const LISTS: ReadonlyArray<{ entries: string[]; options: TermListOptions }> = [
  { entries: CATEGORIES.flatMap(({ words }) => words), options: {} },
  { entries: CATEGORIES.flatMap(({ list }) => list.compounds ?? []), options: { compounds: true } },
  { entries: CATEGORIES.flatMap(({ list }) => list.caseSensitive ?? []), options: { caseSensitive: true } },
];
// Compiled on first use, not at module load (the CLI's worker threads and the server start faster).
let compiledLists: TermLists | undefined;
function termLists(): TermLists {
  compiledLists ??= new TermLists(LISTS);
  return compiledLists;
}

/** What a term as written is: its category and flags (none when no category's list has it). */
type Classification = Pick<DataTerm, 'category' | 'ambiguous' | 'messageLike' | 'needsCallback'>;

// Classifying a match runs each category's matcher, and then the matchers of its flags; posts
// repeat the same few words.
const classified = new Map<string, Classification | undefined>();

function classify(written: string): Classification | undefined {
  if (classified.has(written)) return classified.get(written);
  const category = classifyUncached(written);
  let classification: Classification | undefined;
  if (category) {
    const { list } = category;
    const ambiguous = list.ambiguous !== undefined && isWholeEntry(written, list.ambiguous);
    classification = {
      category: category.id,
      ambiguous,
      messageLike: ambiguous && list.messageLike !== undefined && isWholeEntry(written, list.messageLike),
      needsCallback: ambiguous && list.needsCallback !== undefined && isWholeEntry(written, list.needsCallback),
    };
  }
  if (classified.size < 5000) classified.set(written, classification);
  return classification;
}

function classifyUncached(written: string): CompiledCategory | undefined {
  return (
    CATEGORIES.find(({ words }) => isWholeEntry(written, words)) ??
    CATEGORIES.find(({ list }) => list.compounds && isWholeEntry(written, list.compounds, { compounds: true })) ??
    CATEGORIES.find(({ list }) => list.caseSensitive && isWholeEntry(written, list.caseSensitive, { caseSensitive: true }))
  );
}

/** Quick test: does `text` name any customer data at all? Most posts do not, and stop here. */
export function mentionsDataTerm(text: string): boolean {
  return termLists().findAll(text).some((found) => found.length > 0);
}

/** Every term in `text`, in order; where two overlap the longer wins ("E-Mail-Adresse" over "E-Mail"). */
export function findDataTerms(text: string): DataTerm[] {
  const found = termLists().findAll(text);
  // The lists' matches merged in order; most texts have matches of the first list only, in order already.
  let ranges = found[0]!;
  if (found.some((matches, list) => list > 0 && matches.length > 0)) ranges = found.flat().sort((a, b) => a.start - b.start || b.end - a.end);
  const terms: DataTerm[] = [];
  for (const range of ranges) {
    const last = terms[terms.length - 1];
    if (last && range.start < last.end) continue;
    const written = text.slice(range.start, range.end);
    const classification = classify(written);
    if (!classification) continue;
    const { category, ambiguous, messageLike, needsCallback } = classification;
    terms.push({ start: range.start, end: range.end, category, text: written, ambiguous, messageLike, needsCallback });
  }
  return terms;
}
