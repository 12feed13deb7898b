// Parsing a `.post.md` document: BOM, YAML frontmatter, body, notes, published content and tokens.

import { measure, type Measurement } from '../channels/count';
import type { ChannelProfile } from '../channels/profiles';
import { buildContent, type Content } from './content';
import { readFrontmatter, type Frontmatter, type FrontmatterProblem } from './frontmatter';
import { extractTokens, type Tokens } from './tokens';

export interface ParsedPost {
  /** The document text exactly as given. */
  text: string;
  frontmatter?: Frontmatter;
  /** Problems of the document's structure (frontmatter, unclosed notes). */
  problems: FrontmatterProblem[];
  /** Document offset where the body starts. */
  bodyStart: number;
  /** The published text and its map back into the document. */
  content: Content;
  /** Hashtags, mentions, URLs, cashtags of the content (computed on first use). */
  readonly tokens: Tokens;
  /**
   * Length of the content on a channel against `limit`, measured once per channel and limit: the
   * `length` rule, the server's status counts and the preview all ask for it.
   */
  measure(profile: ChannelProfile, limit: number): Measurement;
}

/**
 * Parses a document. `tokensOf` gives the tokens of the content when they are first asked for (the
 * engine puts them together from its paragraphs'); by default they are extracted from the content.
 */
export function parsePost(text: string, tokensOf: (content: string) => Tokens = extractTokens): ParsedPost {
  const afterBom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const problems: FrontmatterProblem[] = [];
  let frontmatter: Frontmatter | undefined;
  let bodyStart = afterBom;
  const found = readFrontmatter(text, afterBom);
  if (found && 'unclosed' in found) {
    problems.push(found.unclosed);
  } else if (found) {
    frontmatter = found;
    bodyStart = found.end;
    problems.push(...found.problems);
  }
  const content = buildContent(text, bodyStart);
  const lastNote = content.notes[content.notes.length - 1];
  if (lastNote && !lastNote.closed) {
    problems.push({ messageId: 'unclosedNote', data: {}, start: lastNote.start, end: lastNote.start + 4 });
  }
  return new Post(text, frontmatter, problems, bodyStart, content, tokensOf);
}

/** A parsed post: a class rather than an object literal with a getter, so every post has one shape. */
class Post implements ParsedPost {
  private foundTokens?: Tokens;
  private measurements?: Map<string, Measurement>;

  constructor(
    readonly text: string,
    readonly frontmatter: Frontmatter | undefined,
    readonly problems: FrontmatterProblem[],
    readonly bodyStart: number,
    readonly content: Content,
    private readonly tokensOf: (content: string) => Tokens,
  ) {}

  get tokens(): Tokens {
    this.foundTokens ??= this.tokensOf(this.content.text);
    return this.foundTokens;
  }

  measure(profile: ChannelProfile, limit: number): Measurement {
    this.measurements ??= new Map();
    const key = `${profile.id} ${limit}`;
    let measured = this.measurements.get(key);
    if (!measured) {
      measured = measure(this.content.text, profile, limit);
      this.measurements.set(key, measured);
    }
    return measured;
  }
}
