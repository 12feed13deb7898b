// The published text of one post cut into the spans a network styles differently: plain text, line
// breaks, and the hashtags, mentions, URLs and cashtags twitter-text finds (each linked or not, and
// URLs written as the network writes them). Text spans are cut where the fold and the overflow
// begin, so that each span is wholly before or behind them.

import type { Token } from '../post/tokens';
import type { PreviewSpan } from './model';
import type { NetworkLook } from './networks';
import { displayUrl } from './url-display';

export interface SpanCuts {
  /** Content offset where the network folds the text. */
  fold?: number;
  /** Content offset of the first character past the limit. */
  overflow?: number;
}

/** Spans of `content[start, end)`; `tokens` are the content's entities, sorted by offset. */
export function buildSpans(content: string, start: number, end: number, tokens: readonly Token[], look: NetworkLook, cuts: SpanCuts): PreviewSpan[] {
  const spans: PreviewSpan[] = [];
  const boundaries = [cuts.fold, cuts.overflow].filter((cut): cut is number => cut !== undefined && cut > start && cut < end);
  let offset = start;
  for (const token of tokens) {
    if (token.end <= start || token.start < offset) continue;
    if (token.start >= end) break;
    pushText(spans, content, offset, token.start, boundaries);
    const display = token.kind === 'url' ? displayUrl(token.text, look.url) : undefined;
    spans.push({
      kind: token.kind,
      text: token.text,
      ...(display !== undefined ? { display } : {}),
      linked: look.links[token.kind],
      start: token.start,
      end: token.end,
    });
    offset = token.end;
  }
  pushText(spans, content, offset, end, boundaries);

  for (const span of spans) {
    if (cuts.fold !== undefined && span.start >= cuts.fold) span.folded = true;
    if (cuts.overflow !== undefined && span.end > cuts.overflow) span.overflow = true;
  }
  return spans;
}

/** Plain text from `from` to `to`: a span per line, a `linebreak` span per "\n", cut at `boundaries`. */
function pushText(spans: PreviewSpan[], content: string, from: number, to: number, boundaries: readonly number[]): void {
  let lineStart = from;
  while (lineStart < to) {
    const newline = content.indexOf('\n', lineStart);
    const lineEnd = newline < 0 || newline >= to ? to : newline;
    const cuts = [lineStart, ...boundaries.filter((cut) => cut > lineStart && cut < lineEnd).sort((a, b) => a - b), lineEnd];
    for (let i = 0; i + 1 < cuts.length; i++) {
      if (cuts[i] < cuts[i + 1]) spans.push({ kind: 'text', text: content.slice(cuts[i], cuts[i + 1]), start: cuts[i], end: cuts[i + 1] });
    }
    if (lineEnd < to) spans.push({ kind: 'linebreak', text: '\n', start: lineEnd, end: lineEnd + 1 });
    lineStart = lineEnd + 1;
  }
}
