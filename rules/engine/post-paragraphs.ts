// The paragraphs of the post being linted, each with its tokens, and the post's tokens put together
// from theirs: twitter-text's expressions are the costliest part of reading a long post, and this
// way a keystroke re-reads only the paragraph it changed (the others' tokens come from the
// document's LintCache). Hashtags, mentions, cashtags and URLs end at whitespace, so a paragraph's
// tokens are exactly the post's tokens inside it.

import { extractTokens, type Token, type Tokens } from '../post/tokens';
import type { LintCache, ParagraphEntry } from './lint-cache';
import { splitParagraphs } from './paragraphs';

export interface LintParagraph {
  /** Offset in the content. */
  start: number;
  text: string;
  /** Its entry in the document's cache, when the lint has one. */
  entry?: ParagraphEntry;
  tokens: Tokens;
}

export class PostParagraphs {
  private paragraphs?: LintParagraph[];
  private postTokens?: Tokens;

  constructor(
    private readonly content: string,
    private readonly cache: LintCache | undefined,
    private readonly settingsKey: string,
  ) {}

  get all(): readonly LintParagraph[] {
    if (!this.paragraphs) {
      const split = splitParagraphs(this.content);
      const entries = this.cache?.entries(
        split.map((paragraph) => paragraph.text),
        this.settingsKey,
      );
      // Filled by push rather than made by map: an array from map is a different kind of array when
      // it is empty (a post without text), and the engine's optimised code, having seen one kind,
      // was thrown away and compiled again on meeting the other. An array literal learns its kind.
      const paragraphs: LintParagraph[] = [];
      split.forEach(({ start, text }, index) => paragraphs.push(entries ? new CachedParagraph(start, entries[index]!) : new FreshParagraph(start, text)));
      this.paragraphs = paragraphs;
    }
    return this.paragraphs;
  }

  /** The tokens of the whole content: each paragraph's, moved to content offsets. */
  get tokens(): Tokens {
    const paragraphs = this.all;
    if (!this.postTokens && paragraphs.length === 1 && paragraphs[0]!.start === 0) {
      // One paragraph at the start (most posts): its tokens are the post's, in the same offsets.
      this.postTokens = paragraphs[0]!.tokens;
    }
    if (!this.postTokens) {
      const all: Token[] = [];
      for (const paragraph of this.all) {
        for (const token of paragraph.tokens.all) {
          all.push({ ...token, start: token.start + paragraph.start, end: token.end + paragraph.start });
        }
      }
      this.postTokens = {
        all,
        hashtags: all.filter((token) => token.kind === 'hashtag'),
        mentions: all.filter((token) => token.kind === 'mention'),
        urls: all.filter((token) => token.kind === 'url'),
      };
    }
    return this.postTokens;
  }
}

class FreshParagraph implements LintParagraph {
  private found?: Tokens;

  constructor(
    readonly start: number,
    readonly text: string,
  ) {}

  get tokens(): Tokens {
    this.found ??= extractTokens(this.text);
    return this.found;
  }
}

class CachedParagraph implements LintParagraph {
  constructor(
    readonly start: number,
    readonly entry: ParagraphEntry,
  ) {}

  get text(): string {
    return this.entry.text;
  }

  get tokens(): Tokens {
    this.entry.tokens ??= extractTokens(this.entry.text);
    return this.entry.tokens;
  }
}
