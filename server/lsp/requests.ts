// Postlint's custom requests (server/protocol.ts): the edits of the editor commands, "Adapt for C",
// and the preview model. Each works on the document as the editor has it (or as it is on disk).

import * as path from 'node:path';
import { adaptedFileName } from '../../rules/adapt/file-name';
import type { AdaptParams, AdaptResult, CommandEditsParams, CommandEditsResult, DocumentParams, PreviewModel } from '../protocol';
import type { ServerContext } from './context';
import { toLspEdits } from './code-actions';
import { readDocument, snapshotOf, uriToPath } from './documents';
import { message } from './messages';
import { previewModel, type PreviewCache } from './preview';
import { MAX_CHECKED_LENGTH, tooLargeToCheck } from './size-limit';

export async function commandEdits(context: ServerContext, params: CommandEditsParams): Promise<CommandEditsResult> {
  const open = context.documents.get(params.uri);
  if (!open) {
    const options = await context.optionsFor(params.uri);
    return { version: 0, edits: [], reason: message('reasonNotOpen', options.locale ?? 'en') };
  }
  const document = snapshotOf(open);
  const text = document.getText();
  const options = await context.optionsFor(document.uri);
  if (tooLargeToCheck(text)) {
    return { version: document.version, edits: [], reason: message('reasonTooLarge', options.locale ?? 'en', { length: text.length, max: MAX_CHECKED_LENGTH }) };
  }
  const outcome = await context.runner.run('commandEdits', { text, options, command: params.command }, document.uri);
  return {
    version: document.version,
    edits: toLspEdits(document, outcome.edits),
    ...(outcome.reason ? { reason: message(outcome.reason.id, outcome.locale, outcome.reason.data) } : {}),
  };
}

export async function adapt(context: ServerContext, params: AdaptParams): Promise<AdaptResult | null> {
  const snapshot = await readDocument(context.documents, params.uri);
  if (!snapshot) return null;
  const options = await context.optionsFor(params.uri);
  const outcome = await context.runner.run('adapt', { text: snapshot.document.getText(), options, channel: params.channel }, params.uri);
  if ('error' in outcome) {
    context.connection.console.warn(`Postlint: cannot adapt ${params.uri}: ${outcome.error}`);
    return null;
  }
  return { ...outcome, channel: params.channel, fileName: adaptedFileName(documentName(params.uri), params.channel) };
}

export async function preview(context: ServerContext, params: DocumentParams, previews: PreviewCache): Promise<PreviewModel | null> {
  const snapshot = await readDocument(context.documents, params.uri);
  if (!snapshot) return null;
  const documentUri = snapshot.document.uri;
  const remembered = snapshot.version === null ? undefined : previews.get(documentUri, snapshot.version, params.uri);
  if (remembered) return remembered;
  const generation = previews.current();
  const options = await context.optionsFor(params.uri);
  const outcome = await context.runner.run('preview', { text: snapshot.document.getText(), options }, params.uri);
  const model = previewModel(params.uri, snapshot.version, outcome);
  previews.set(documentUri, model, generation);
  return model;
}

/** `launch.post.md` for a file; for an untitled document the last segment of its URI. */
function documentName(uri: string): string {
  const filePath = uriToPath(uri);
  if (filePath) return path.basename(filePath);
  const last = uri.replace(/[?#].*$/, '').split(/[/:]/).pop() ?? '';
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    // Not percent-encoded after all: keep it as written.
  }
  name ||= 'post';
  return /\.post\.md$/i.test(name) ? name : `${name}.post.md`;
}
