// What package.json promises matches what the running extension does.

import * as assert from 'node:assert/strict';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { EXTENSION_ID, postlintApi } from './helpers';

interface Manifest {
  capabilities: { untrustedWorkspaces: { supported: boolean | string } };
  contributes: {
    commands: Array<{ command: string; category?: string }>;
    menus: Record<string, Array<{ command?: string; submenu?: string }>>;
  };
}

describe('manifest', () => {
  let manifest: Manifest;
  before(async () => {
    await postlintApi();
    manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as Manifest;
  });

  it('registers every contributed command, all in the "Postlint" category', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const { command, category } of manifest.contributes.commands) {
      assert.ok(registered.has(command), `${command} is registered`);
      assert.equal(category, 'Postlint', `${command} is in the Postlint category`);
    }
  });

  it('puts only contributed commands into menus', () => {
    const contributed = new Set(manifest.contributes.commands.map(({ command }) => command));
    for (const [menu, items] of Object.entries(manifest.contributes.menus)) {
      for (const item of items) {
        if (item.command) assert.ok(contributed.has(item.command), `${menu} names ${item.command}`);
      }
    }
  });

  it('declares that it works in untrusted workspaces (it executes nothing from them)', () => {
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
  });
});
