// Diagnostics for open posts, as the writer types. Every change is linted at once: a normal-sized
// post on the main thread, a very large one in the background, where a keystroke re-lints only the
// paragraph it changed and the lint of a version that a newer one supersedes is dropped (see
// runner.ts). Whatever the path, a result is published only if its document is still at the version
// that was linted and no configuration changed meanwhile — the client never sees diagnostics of an
// outdated text.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentStatusNotification, type ChannelCount, type DocumentStatus } from '../protocol';
import type { ServerContext } from './context';
import { postDiagnostics } from './diagnostics';
import { logError } from './guard';
import type { LintOutcome } from './tasks';
import { Superseded } from './background/pool';

interface CachedLint {
  version: number;
  generation: number;
  outcome: Promise<LintOutcome>;
}

export class DocumentLinter {
  /** Diagnostics-only lints (no suggestions), and full lints for code actions, per document. */
  private readonly lints = new Map<string, CachedLint>();
  private readonly fullLints = new Map<string, CachedLint>();
  private readonly published = new Map<string, number>();
  private readonly loggedErrors = new Map<string, string>();
  /** Bumped when settings or config files change: results computed before are outdated. */
  private generation = 0;

  constructor(private readonly context: ServerContext) {}

  /** The document was opened or changed. */
  changed(document: TextDocument): void {
    // A code action's lint of an older version will not be asked for again.
    if (this.fullLints.get(document.uri)?.version !== document.version) this.fullLints.delete(document.uri);
    void this.validate(document.uri);
  }

  closed(uri: string): void {
    this.context.runner.forget(uri);
    this.context.runner.forget(withSuggestionsKey(uri));
    this.lints.delete(uri);
    this.fullLints.delete(uri);
    this.published.delete(uri);
    this.loggedErrors.delete(uri);
  }

  /** Settings or a config file changed: re-lint every open post. */
  invalidateAll(isPost: (document: TextDocument) => boolean): void {
    this.generation++;
    this.lints.clear();
    this.fullLints.clear();
    for (const document of this.context.documents.all()) {
      if (isPost(document)) this.changed(document);
    }
  }

  /**
   * The lint of the document's current version, computed once and shared by every feature. With
   * `withSuggestions` (code actions) the lightbulb-only fixes are computed too; diagnostics, the
   * status bar and hovers do without them, because trimming and splitting are the costliest part.
   */
  outcome(document: TextDocument, withSuggestions = false): Promise<LintOutcome> {
    const cache = withSuggestions ? this.fullLints : this.lints;
    const cached = cache.get(document.uri);
    if (cached && cached.version === document.version && cached.generation === this.generation) return cached.outcome;
    const text = document.getText();
    // Its own key: a code action's lint must not supersede (and so drop) the diagnostics' lint.
    const key = withSuggestions ? withSuggestionsKey(document.uri) : document.uri;
    const outcome = this.context.optionsFor(document.uri).then((options) => {
      // Closed while its settings were read: a lint now would only leave a cache nobody forgets.
      if (!this.context.documents.get(document.uri)) throw new Superseded();
      return this.context.runner.lint(text, { ...options, suggestions: withSuggestions }, key, true);
    });
    const entry = { version: document.version, generation: this.generation, outcome };
    cache.set(document.uri, entry);
    // A failed lint must not stay cached: the next request tries again.
    outcome.catch(() => {
      if (cache.get(document.uri) === entry) cache.delete(document.uri);
    });
    return outcome;
  }

  private async validate(uri: string): Promise<void> {
    const document = this.context.documents.get(uri);
    if (!document) return;
    const { version } = document;
    const generation = this.generation;
    let outcome: LintOutcome;
    try {
      outcome = await this.outcome(document);
    } catch (error) {
      if (!(error instanceof Superseded)) logError(this.context.connection, `Linting ${uri}`, error);
      return;
    }
    const current = this.context.documents.get(uri);
    if (!current || current.version !== version || generation !== this.generation) return;
    if ((this.published.get(uri) ?? -Infinity) > version) return;
    this.published.set(uri, version);
    this.context.connection.sendDiagnostics({ uri, version, diagnostics: postDiagnostics(outcome, current, version) });
    const status = tightest(outcome.counts);
    if (status) {
      const params: DocumentStatus = { uri, version, ...status, channels: outcome.counts };
      void this.context.connection.sendNotification(DocumentStatusNotification.method, params);
    }
    this.reportInternalErrors(uri, outcome);
  }

  /** A rule that throws is a bug: log it once per document and message, not on every keystroke. */
  private reportInternalErrors(uri: string, outcome: LintOutcome): void {
    const errors = outcome.internalErrors.join('\n');
    if (errors === (this.loggedErrors.get(uri) ?? '')) return;
    this.loggedErrors.set(uri, errors);
    if (errors) this.context.connection.console.error(`Postlint: a rule failed on ${uri}:\n${errors}`);
  }
}

function withSuggestionsKey(uri: string): string {
  return `${uri} with suggestions`;
}

/** The channel the post is tightest on: the highest count against its limit. */
export function tightest(counts: readonly ChannelCount[]): ChannelCount | undefined {
  let best: ChannelCount | undefined;
  for (const count of counts) {
    if (!best || count.length / count.limit > best.length / best.limit) best = count;
  }
  return best;
}
