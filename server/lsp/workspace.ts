// Diagnostics for every `.post.md` of the workspace, also those not open (SPEC §5): a scan when the
// server starts (and again when settings or config files change), and single files as they are
// created, changed or deleted on disk. Open documents are the editor's: their diagnostics come from
// the live text (linter.ts), never from disk.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { decodePost } from '../cli/read-post';
import { LANGUAGE_ID } from '../protocol';
import type { ServerContext } from './context';
import { postDiagnostics } from './diagnostics';
import { openDocumentAt, POST_SUFFIX } from './documents';
import { logError } from './guard';
import { Superseded } from './background/pool';

/** Files read and linted at a time; linting itself is one file at a time on the main thread. */
const CONCURRENCY = 4;

export interface WorkspaceFolder {
  uri: string;
  path: string;
}

export class WorkspaceFiles {
  private folders: WorkspaceFolder[] = [];
  /** Closed files whose diagnostics the server has published. */
  private readonly diagnosed = new Set<string>();
  /** Per file, the number of the latest lint: an older one finishing later is not published. */
  private readonly latest = new Map<string, number>();
  private lintCounter = 0;
  private scanGeneration = 0;

  constructor(private readonly context: ServerContext) {}

  get roots(): readonly WorkspaceFolder[] {
    return this.folders;
  }

  setFolders(folders: WorkspaceFolder[]): void {
    const kept = new Set(folders.map((folder) => folder.path));
    for (const removed of this.folders.filter((folder) => !kept.has(folder.path))) this.clearUnder(removed.path);
    this.folders = folders;
  }

  /** The workspace folder holding `filePath`, if any. */
  folderOf(filePath: string): WorkspaceFolder | undefined {
    return this.folders.find((folder) => filePath === folder.path || filePath.startsWith(folder.path.endsWith(path.sep) ? folder.path : folder.path + path.sep));
  }

  /** Lints every post of every folder; a newer scan stops an older one. */
  async scan(): Promise<void> {
    const generation = ++this.scanGeneration;
    const stale = () => generation !== this.scanGeneration;
    const started = Date.now();
    const files: string[] = [];
    for (const folder of this.folders) await collectPosts(folder.path, files, stale);
    let next = 0;
    const lane = async () => {
      while (next < files.length && !stale()) {
        await this.lintFile(files[next++]);
        // Let requests and keystrokes in between files.
        await new Promise((resolve) => setImmediate(resolve));
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, lane));
    if (stale()) return;
    const where = this.folders.map((folder) => folder.path).join(', ');
    this.context.connection.console.info(`Postlint: checked ${files.length} posts in ${where || 'no workspace folder'} (${Date.now() - started} ms).`);
  }

  /** Lints a closed post from disk and publishes its diagnostics. */
  async lintFile(filePath: string): Promise<void> {
    const uri = pathToFileURL(filePath).href;
    if (openDocumentAt(this.context.documents, filePath)) return;
    const ticket = ++this.lintCounter;
    this.latest.set(filePath, ticket);
    try {
      let text: string;
      try {
        // Decoded as the CLI decodes it (and as the editor shows it): without a byte-order mark,
        // UTF-16 by its mark; a file that is not text has no diagnostics.
        const decoded = decodePost(await fs.promises.readFile(filePath));
        if (!('text' in decoded)) throw new Error(decoded.error);
        text = decoded.text;
      } catch {
        // Gone, unreadable or not text by now.
        this.clear(filePath);
        return;
      }
      const options = await this.context.optionsFor(uri, this.folderOf(filePath)?.uri);
      const outcome = await this.context.runner.lint(text, options, uri);
      if (this.latest.get(filePath) !== ticket || openDocumentAt(this.context.documents, filePath)) return;
      const document = TextDocument.create(uri, LANGUAGE_ID, 0, text);
      this.context.connection.sendDiagnostics({ uri, diagnostics: postDiagnostics(outcome, document) });
      this.diagnosed.add(filePath);
    } catch (error) {
      if (!(error instanceof Superseded)) logError(this.context.connection, `Linting ${filePath}`, error);
    }
  }

  /** The file is gone (or left the workspace): its diagnostics go too. */
  clear(filePath: string): void {
    this.latest.delete(filePath);
    if (!this.diagnosed.delete(filePath)) return;
    this.context.connection.sendDiagnostics({ uri: pathToFileURL(filePath).href, diagnostics: [] });
  }

  /** An open post was closed: show what is on disk again, or nothing if it is not in the workspace. */
  async closed(uri: string, filePath: string | undefined): Promise<void> {
    if (filePath && this.folderOf(filePath) && filePath.toLowerCase().endsWith(POST_SUFFIX) && fs.existsSync(filePath)) {
      await this.lintFile(filePath);
    } else {
      if (filePath) this.latest.delete(filePath);
      this.context.connection.sendDiagnostics({ uri, diagnostics: [] });
    }
  }

  /** An open post whose disk diagnostics were published: the editor's take over. */
  opened(filePath: string): void {
    this.diagnosed.delete(filePath);
    this.latest.delete(filePath);
  }

  private clearUnder(folder: string): void {
    for (const filePath of [...this.diagnosed]) {
      if (filePath.startsWith(folder + path.sep)) this.clear(filePath);
    }
  }
}

/** Every `*.post.md` below `directory`, skipping `node_modules`, dot-folders and symbolic links. */
async function collectPosts(directory: string, into: string[], stop: () => boolean): Promise<void> {
  if (stop()) return;
  let entries: fs.Dirent[];
  try {
    entries = await fs.promises.readdir(directory, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      await collectPosts(full, into, stop);
    } else if (entry.isFile() && entry.name.toLowerCase().endsWith(POST_SUFFIX)) {
      into.push(full);
    }
  }
}
