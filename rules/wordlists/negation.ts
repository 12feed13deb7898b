// "nicht schlecht", "keine dumme Frage", "isn't bad": a negator shortly before a word turns it
// around. Shared by the tone and competitor rules.

import { firstFrom, type Word } from './text';

export interface NegatorSet {
  /** Negating words in lower case ("nicht", "kein", "not"); "n't" stands for every word ending in n't. */
  negators: ReadonlySet<string>;
  /** Words after a negator that cancel it ("nicht nur gut" = "not only good"). */
  notNegating: ReadonlySet<string>;
}

export function negatorSet(negators: readonly string[], notNegating: readonly string[] = []): NegatorSet {
  return {
    negators: new Set(negators.map((word) => word.toLowerCase())),
    notNegating: new Set(notNegating.map((word) => word.toLowerCase())),
  };
}

export function isNegator(word: string, set: NegatorSet): boolean {
  const lower = word.toLowerCase().replace('’', "'");
  return set.negators.has(lower) || (set.negators.has("n't") && lower.endsWith("n't"));
}

/**
 * The negator among the `window` words before `start` (all inside `[from, start)`), or undefined.
 * `words` are the words of the text in order.
 */
export function negatorBefore(words: readonly Word[], start: number, from: number, window: number, set: NegatorSet): Word | undefined {
  const index = firstFrom(words, start);
  for (let i = index - 1, seen = 0; i >= 0 && seen < window; i--, seen++) {
    const word = words[i];
    if (word.start < from) break;
    if (!isNegator(word.text, set)) continue;
    const next = words[i + 1];
    if (next && next.start < start && set.notNegating.has(next.text.toLowerCase())) continue;
    return word;
  }
  return undefined;
}
