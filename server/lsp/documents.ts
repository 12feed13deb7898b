// Which documents the server handles, and how it gets at a document's text whether it is open in
// the editor or only on disk.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAME } from '../../rules/config/load';
import { decodePost } from '../cli/read-post';
import { LANGUAGE_ID } from '../protocol';

export const POST_SUFFIX = '.post.md';

/** The file system path of a `file:` URI; undefined for other schemes (untitled, git, …). */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

function baseName(uri: string): string {
  const filePath = uriToPath(uri);
  if (filePath) return path.basename(filePath);
  const withoutQuery = uri.replace(/[?#].*$/, '');
  try {
    return decodeURIComponent(withoutQuery.slice(withoutQuery.lastIndexOf('/') + 1));
  } catch {
    return withoutQuery.slice(withoutQuery.lastIndexOf('/') + 1);
  }
}

/**
 * A post is a document of language `social-post` or any document named `*.post.md` (editors other
 * than VS Code may call it markdown); a config file is a `.postlintrc.json`. Others are ignored.
 */
export function documentKind(uri: string, languageId?: string): 'post' | 'config' | undefined {
  const name = baseName(uri);
  if (name === CONFIG_FILE_NAME) return 'config';
  if (languageId === LANGUAGE_ID || name.toLowerCase().endsWith(POST_SUFFIX)) return 'post';
  return undefined;
}

/** The open document for a file path, whatever way the client spelled its URI. */
export function openDocumentAt(documents: TextDocuments<TextDocument>, filePath: string): TextDocument | undefined {
  return documents.all().find((document) => uriToPath(document.uri) === filePath);
}

/**
 * A frozen copy of an open document. The open one is updated in place by each change, so work that
 * awaits anything must convert offsets with a snapshot of the version it started from.
 */
export function snapshotOf(document: TextDocument): TextDocument {
  return TextDocument.create(document.uri, document.languageId, document.version, document.getText());
}

export interface DocumentSnapshot {
  document: TextDocument;
  /** The editor's version, or null for a file read from disk. */
  version: number | null;
}

/** The document as the editor has it, else as it is on disk; undefined when neither exists. */
export async function readDocument(documents: TextDocuments<TextDocument>, uri: string): Promise<DocumentSnapshot | undefined> {
  const filePath = uriToPath(uri);
  const open = documents.get(uri) ?? (filePath ? openDocumentAt(documents, filePath) : undefined);
  if (open) return { document: snapshotOf(open), version: open.version };
  if (!filePath) return undefined;
  try {
    // Decoded as the CLI and the workspace scan decode it: without a byte-order mark, UTF-16 by its
    // mark; a file that is not text is not a document.
    const decoded = decodePost(await fs.promises.readFile(filePath));
    if (!('text' in decoded)) return undefined;
    return { document: TextDocument.create(uri, LANGUAGE_ID, 0, decoded.text), version: null };
  } catch {
    return undefined;
  }
}
