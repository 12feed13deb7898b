// `postlint/preview`: the engine's preview model of a document (rules/preview), with the URI and the
// editor's version it was built from, so that a client can drop an answer for an outdated text.

import type { PreviewDocument, PreviewModel } from '../protocol';

export function previewModel(uri: string, version: number | null, preview: PreviewDocument): PreviewModel {
  return { uri, version, ...preview };
}

/** Open documents whose preview is remembered: the previews on screen, not every open post. */
const REMEMBERED_PREVIEWS = 8;

/**
 * The last preview model of a few open documents, so that asking again for an unchanged version
 * (a preview panel re-shown, a second panel, a theme change) answers without linting again. A model
 * counts only for its document version and only until the configuration changes; the least recently
 * asked-for document is forgotten first.
 */
export class PreviewCache {
  /** By the URI of the open document (a request may spell the URI differently: the model keeps its). */
  private readonly models = new Map<string, PreviewModel>();
  /** Bumped when settings or config files change: models built before are outdated. */
  private generation = 0;

  get(documentUri: string, version: number, requestUri: string): PreviewModel | undefined {
    const model = this.models.get(documentUri);
    if (model?.version !== version || model.uri !== requestUri) return undefined;
    // Map order is insertion order: re-inserting marks the document as recently used.
    this.models.delete(documentUri);
    this.models.set(documentUri, model);
    return model;
  }

  /** The generation to hand back to `set`: a model computed across a configuration change is dropped. */
  current(): number {
    return this.generation;
  }

  set(documentUri: string, model: PreviewModel, generation: number): void {
    if (generation !== this.generation || model.version === null) return;
    this.models.delete(documentUri);
    this.models.set(documentUri, model);
    if (this.models.size > REMEMBERED_PREVIEWS) this.models.delete(this.models.keys().next().value as string);
  }

  forget(documentUri: string): void {
    this.models.delete(documentUri);
  }

  clear(): void {
    this.generation++;
    this.models.clear();
  }
}
