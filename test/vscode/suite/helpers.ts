// Shared helpers of the extension tests: open fixture posts, reach the extension's API, and wait
// for events (diagnostics, status, editors) with a timeout instead of sleeping.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PostlintApi } from '../../../client/api';

export const EXTENSION_ID = 'postlint.postlint';
const DEFAULT_TIMEOUT_MS = 20_000;

export async function postlintApi(): Promise<PostlintApi> {
  const extension = vscode.extensions.getExtension<PostlintApi>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is installed`);
  const api = await extension.activate();
  // Activation does not wait for the language server; the tests start once it runs.
  await api.ready;
  return api;
}

export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixture workspace is open');
  return folder.uri;
}

export function workspaceFile(...segments: string[]): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder(), ...segments);
}

export async function writeFile(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

export async function readFile(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Opens a file of the fixture workspace in the first editor column. */
export async function openFile(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, preview: false });
}

/** Writes a new post into the fixture workspace and opens it. */
export async function createPost(name: string, text: string): Promise<vscode.TextEditor> {
  await writeFile(workspaceFile(name), text);
  return openFile(name);
}

/** Closes every editor; unsaved changes are discarded first, so no save dialog can block the run. */
export async function closeAllEditors(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((candidate) => candidate.isDirty)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * Resolves with `check()`'s first non-undefined value: checked now and again whenever one of the
 * events fires. Rejects after `timeoutMs` with the last value seen, so a failure says what it saw.
 */
export function until<T>(
  what: string,
  check: () => T | undefined,
  events: ReadonlyArray<vscode.Event<unknown>>,
  timeoutMs = DEFAULT_TIMEOUT_MS,
  describe: () => unknown = () => undefined,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const subscriptions: vscode.Disposable[] = [];
    const finish = (done: () => void) => {
      clearTimeout(timer);
      for (const subscription of subscriptions) subscription.dispose();
      done();
    };
    const timer = setTimeout(
      () => finish(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last seen: ${safeJson(describe())}`))),
      timeoutMs,
    );
    const test = () => {
      let value: T | undefined;
      try {
        value = check();
      } catch (error) {
        finish(() => reject(error));
        return;
      }
      if (value !== undefined) finish(() => resolve(value));
    };
    for (const event of events) subscriptions.push(event(test));
    test();
  });
}

/** Waits until the post's diagnostics satisfy `accept` (checked on every diagnostics change). */
export function diagnosticsWhere(
  uri: vscode.Uri,
  what: string,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs?: number,
): Promise<vscode.Diagnostic[]> {
  const current = () => vscode.languages.getDiagnostics(uri);
  return until(
    `${what} (${uri.path.split('/').pop()})`,
    () => {
      const diagnostics = current();
      return accept(diagnostics) ? diagnostics : undefined;
    },
    [vscode.languages.onDidChangeDiagnostics],
    timeoutMs,
    () => current().map(describeDiagnostic),
  );
}

export function postlintDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => ruleId(diagnostic) !== undefined);
}

/** The rule id of a Postlint diagnostic (its `code`, which may carry a docs link). */
export function ruleId(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (typeof code === 'string') return code;
  if (typeof code === 'object' && code !== null && typeof code.value === 'string') return code.value;
  return undefined;
}

export function withRule(diagnostics: vscode.Diagnostic[], rule: string): vscode.Diagnostic[] {
  return diagnostics.filter((diagnostic) => ruleId(diagnostic) === rule);
}

export function describeDiagnostic(diagnostic: vscode.Diagnostic): string {
  const { start, end } = diagnostic.range;
  return `${ruleId(diagnostic) ?? diagnostic.source}@${start.line}:${start.character}-${end.line}:${end.character} ${diagnostic.message}`;
}

/** Resolves when an editor for `uri` becomes visible (or already is). */
export function editorFor(uri: vscode.Uri, timeoutMs?: number): Promise<vscode.TextEditor> {
  return until(
    `an editor for ${uri.toString()}`,
    () => vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === uri.toString()),
    [vscode.window.onDidChangeVisibleTextEditors, vscode.window.onDidChangeActiveTextEditor],
    timeoutMs,
    () => vscode.window.visibleTextEditors.map((editor) => editor.document.uri.toString()),
  );
}

/** The range of the first occurrence of `text` in the document. */
export function rangeOf(document: vscode.TextDocument, text: string): vscode.Range {
  const offset = document.getText().indexOf(text);
  assert.ok(offset >= 0, `"${text}" occurs in ${document.uri.path}`);
  return new vscode.Range(document.positionAt(offset), document.positionAt(offset + text.length));
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
