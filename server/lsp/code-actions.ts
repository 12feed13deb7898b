// Lightbulbs and Fix All (SPEC §5). For the findings under the cursor: the safe fix (preferred, so
// "Auto Fix" applies it) and every suggestion (never preferred: it cuts or rewrites the text); and
// `source.fixAll.postlint`, the engine's Fix All loop as one edit, for "Fix All" and
// `editor.codeActionsOnSave`. Findings come from a lint of the document's current version and are
// matched to the client's diagnostics by range, rule, message and channel — the diagnostics' own
// data may be from an older version. Every edit names the document version it was computed for, so
// the editor refuses it if the text has changed since.

import {
  CodeActionKind,
  OptionalVersionedTextDocumentIdentifier,
  TextDocumentEdit,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Fix, TextEdit } from '../../rules';
import { FIX_ALL_KIND } from '../protocol';
import type { ClientAbilities } from './context';
import { findingDiagnostic, reportsFinding } from './diagnostics';
import { message } from './messages';
import type { EditsOutcome, LintOutcome } from './tasks';

/** Whether a request for kinds `only` (undefined: all) includes actions of `kind`. */
function wants(only: string[] | undefined, kind: string): boolean {
  if (!only) return true;
  return only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
}

export function toLspEdits(document: TextDocument, edits: readonly TextEdit[]): LspTextEdit[] {
  return edits.map((edit) => ({ range: { start: document.positionAt(edit.start), end: document.positionAt(edit.end) }, newText: edit.newText }));
}

export function workspaceEdit(document: TextDocument, edits: readonly TextEdit[], client: ClientAbilities): WorkspaceEdit {
  const lspEdits = toLspEdits(document, edits);
  if (!client.documentChanges) return { changes: { [document.uri]: lspEdits } };
  return { documentChanges: [TextDocumentEdit.create(OptionalVersionedTextDocumentIdentifier.create(document.uri, document.version), lspEdits)] };
}

export interface CodeActionInput {
  params: CodeActionParams;
  document: TextDocument;
  outcome: LintOutcome;
  client: ClientAbilities;
  /** Fix All on the current version (computed only when an action needs it). */
  fixAll(): Promise<EditsOutcome>;
}

export async function codeActions({ params, document, outcome, client, fixAll }: CodeActionInput): Promise<CodeAction[]> {
  const only = params.context.only;
  const actions: CodeAction[] = [];
  const fixable = outcome.findings.filter((finding) => finding.fix);

  if (wants(only, CodeActionKind.QuickFix)) {
    const start = document.offsetAt(params.range.start);
    const end = document.offsetAt(params.range.end);
    let offersSafeFix = false;
    for (const finding of outcome.findings) {
      if (finding.start > end || finding.end < start) continue;
      const diagnostic = params.context.diagnostics.find((candidate) => reportsFinding(candidate, finding, document)) ?? findingDiagnostic(finding, document, document.version);
      if (finding.fix) {
        actions.push(quickFix(finding.fix, diagnostic, true, document, client));
        offersSafeFix = true;
      }
      for (const suggestion of finding.suggestions) actions.push(quickFix(suggestion, diagnostic, false, document, client));
    }
    // Like ESLint: when several problems can be fixed safely, offer fixing them all at once.
    if (offersSafeFix && fixable.length > 1) {
      const all = await fixAll();
      if (all.edits.length > 0) {
        actions.push({
          title: message('fixAllTitle', outcome.locale),
          kind: CodeActionKind.QuickFix,
          diagnostics: fixable.map((finding) => findingDiagnostic(finding, document, document.version)),
          edit: workspaceEdit(document, all.edits, client),
        });
      }
    }
  }

  if (only && wants(only, FIX_ALL_KIND)) {
    const all = await fixAll();
    if (all.edits.length > 0) {
      actions.push({ title: message('fixAllSourceTitle', outcome.locale), kind: FIX_ALL_KIND, edit: workspaceEdit(document, all.edits, client) });
    }
  }
  return actions;
}

function quickFix(fix: Fix, diagnostic: Diagnostic, preferred: boolean, document: TextDocument, client: ClientAbilities): CodeAction {
  return {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: preferred,
    edit: workspaceEdit(document, fix.edits, client),
  };
}
