// Minimal extension: registers one command so the suite can check it was activated.
const vscode = require('vscode');

function activate(context) {
  context.subscriptions.push(vscode.commands.registerCommand('postlintSelftest.ping', () => 'pong'));
}

function deactivate() {}

module.exports = { activate, deactivate };
