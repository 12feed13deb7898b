// `postlint/preview`: the engine's preview model of a document (rules/preview), with the URI and the
// editor's version it was built from, so that a client can drop an answer for an outdated text.

import type { PreviewDocument, PreviewModel } from '../protocol';

export function previewModel(uri: string, version: number | null, preview: PreviewDocument): PreviewModel {
  return { uri, version, ...preview };
}
