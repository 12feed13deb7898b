// Renders the server's preview model (`postlint/preview`) as plain text: one section per channel
// with its count, the text as that channel publishes it and the channel's problems, then the
// problems that concern every channel.

import * as vscode from 'vscode';
import type { PreviewModel, PreviewProblem } from '../server/protocol';
import { formatCount } from './counts';

const RULE_WIDTH = 64;

export function renderPreviewText(model: PreviewModel | null, postName: string): string {
  const lines = [vscode.l10n.t('Preview of {0}', postName), ''];
  if (!model) {
    lines.push(vscode.l10n.t('Postlint cannot read this post.'));
    return lines.join('\n');
  }
  if (model.channels.length === 0) lines.push(vscode.l10n.t('This post names no channel to preview.'), '');
  for (const channel of model.channels) {
    lines.push(heading(`${channel.channelName} · ${formatCount(channel, true)}`), '');
    lines.push(channel.text || vscode.l10n.t('(empty)'), '');
    lines.push(...problemList(channel.problems));
  }
  if (model.problems.length > 0) {
    lines.push(heading(vscode.l10n.t('Every channel')), '', ...problemList(model.problems));
  }
  return lines.join('\n');
}

function heading(title: string): string {
  return `── ${title} `.padEnd(RULE_WIDTH, '─');
}

function problemList(problems: PreviewProblem[]): string[] {
  if (problems.length === 0) return [];
  return [vscode.l10n.t('Problems:'), ...problems.map((problem) => `  • ${problem.message} (${problem.ruleId})`), ''];
}
