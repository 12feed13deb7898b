// The messages between the extension and the preview webview (media/preview/preview.js). The
// webview gets the server's preview model as data and sends back what the writer clicked; every
// message from it is checked here before anything acts on it (the page is not trusted with more
// than "reveal this range" and "adapt for this channel of the model").
//
// No `vscode` import: the browser tests use these types too.

import type { ChannelId, PreviewModel } from '../../server/protocol';

/** Texts of the page itself, in the display language (the post's texts are in the model). */
export interface PreviewLabels {
  /** Per channel of the model: "Adapt for Instagram". */
  adapt: Partial<Record<ChannelId, string>>;
  /** Per channel and post of the model: "X: 312 of 280 characters" (the meter, for screen readers). */
  meters: string[][];
  problems: string;
  noProblems: string;
  emptyPost: string;
  /** Tooltips of the fold marker. */
  showFolded: string;
  showWhole: string;
  /** Tooltip of the text past the limit. */
  overLimit: string;
  /** Shown while the preview is locked to its post. */
  locked: string;
}

/** Extension → webview. */
export type HostMessage =
  | { type: 'render'; model: PreviewModel; labels: PreviewLabels; title: string; locked: boolean }
  /** The server has no model for the post (unreadable, or the server is down). */
  | { type: 'unavailable'; uri: string; title: string; text: string; locked: boolean };

/** What the webview rendered, reported back after each render (the extension tests read it). */
export interface RenderReport {
  uri: string;
  version: number | null;
  cards: Array<{
    channel: string;
    part?: number;
    /** The text of the card as a reader sees it when it is unfolded (line breaks as "\n"). */
    text: string;
    meter: string;
    state: string;
    /** Whether the card currently shows the network's folded view. */
    folded: boolean;
    problems: string[];
  }>;
  /** Milliseconds the webview took to render the message. */
  renderMs: number;
  /** When the page finished rendering (milliseconds since 1970, the machine's clock). */
  renderedAt: number;
}

export interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** Webview → extension. */
export type WebviewMessage =
  | { type: 'ready' }
  | { type: 'reveal'; range: Range }
  | { type: 'adapt'; channel: string }
  | { type: 'rendered'; report: RenderReport };

/** The message if it is well-formed, else undefined (it is then ignored). */
export function parseWebviewMessage(value: unknown): WebviewMessage | undefined {
  if (!isObject(value) || typeof value.type !== 'string') return undefined;
  switch (value.type) {
    case 'ready':
      return { type: 'ready' };
    case 'reveal':
      return isRange(value.range) ? { type: 'reveal', range: value.range } : undefined;
    case 'adapt':
      return typeof value.channel === 'string' ? { type: 'adapt', channel: value.channel } : undefined;
    case 'rendered':
      return isObject(value.report) && Array.isArray(value.report.cards) ? { type: 'rendered', report: value.report as unknown as RenderReport } : undefined;
    default:
      return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isPosition(value: unknown): value is Range['start'] {
  return isObject(value) && isCount(value.line) && isCount(value.character);
}

function isRange(value: unknown): value is Range {
  return isObject(value) && isPosition(value.start) && isPosition(value.end);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
