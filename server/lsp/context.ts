// What the server's parts share: the connection, the open documents, where engine work runs, and
// the options (settings + config file + locale) that apply to a document.

import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Guard } from './guard';
import type { EngineRunner } from './runner';
import type { EngineOptions } from './tasks';

export interface ClientAbilities {
  /** Versioned `documentChanges` in workspace edits (else plain `changes`). */
  documentChanges: boolean;
}

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  runner: EngineRunner;
  guard: Guard;
  client: ClientAbilities;
  /**
   * Options for linting `uri`. `scopeUri` is where the editor's settings are read (a workspace
   * folder for files that are not open, so a scan asks once per folder, not once per file).
   */
  optionsFor(uri: string, scopeUri?: string): Promise<EngineOptions>;
}
