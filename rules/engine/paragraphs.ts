// The paragraphs of a post's content: the text between blank lines ("\n\n"; the content has LF line
// ends only). Paragraph-scoped rules (RuleMeta.scope) and the post's tokens are computed per
// paragraph, so that an edit costs the work of the paragraph it touches (see lint-cache.ts).
// Nothing a rule looks for spans a blank line: a quotation stops at one (language/mask.ts), a
// sentence at any line break, and hashtags, mentions and URLs end at whitespace.

export interface Paragraph {
  /** Offset of the paragraph in the content. */
  start: number;
  text: string;
}

const SEPARATOR = '\n\n';

/** The paragraphs of `content`, in order; empty ones (between three or more line breaks) are left out. */
export function splitParagraphs(content: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let cursor = 0;
  while (cursor < content.length) {
    let end = content.indexOf(SEPARATOR, cursor);
    if (end === -1) end = content.length;
    if (end > cursor) paragraphs.push({ start: cursor, text: content.slice(cursor, end) });
    cursor = end + SEPARATOR.length;
  }
  return paragraphs;
}
