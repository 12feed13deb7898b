// The language client and its crash policy, created right after activation instead of during it: the
// language client library is most of the extension's code, and activation holds up the extension host
// (and whatever waits for the extension). Activation registers the commands, the status bar and the
// preview at once; whatever needs the server waits for the connection.

import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { CrashPolicy } from './crashes';
import type { DocumentStatusTracker } from './documentStatus';

export interface ServerConnection {
  client: LanguageClient;
  crashes: CrashPolicy;
  /** Resolves when the server has started; the client reports a failed start itself. */
  started: Promise<void>;
}

/** Creates and starts the client as soon as `activate` has returned (in the next macrotask). */
export function connectAfterActivation(context: vscode.ExtensionContext, statuses: DocumentStatusTracker): Promise<ServerConnection> {
  return new Promise((resolve, reject) => {
    setImmediate(() => {
      try {
        resolve(connect(context, statuses));
      } catch (error) {
        reject(error);
      }
    });
  });
}

function connect(context: vscode.ExtensionContext, statuses: DocumentStatusTracker): ServerConnection {
  // Required here rather than imported: the bundle then runs these modules, and the language client
  // library they import, only now (the server's main.ts does the same).
  const { CrashPolicy } = require('./crashes') as typeof import('./crashes');
  const { createLanguageClient } = require('./client') as typeof import('./client');
  const crashes = new CrashPolicy();
  const client = createLanguageClient(context, crashes);
  // Before the start, so that no status of the first lints is missed.
  statuses.listenTo(client);
  context.subscriptions.push(crashes);
  const started = client.start();
  started.catch(() => undefined);
  return { client, crashes, started };
}
