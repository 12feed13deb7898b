// The page's own texts for one model, in VS Code's display language (the model's texts — messages,
// fold labels, number formats — are in the server's locale, which follows the same language).

import * as vscode from 'vscode';
import type { PreviewModel } from '../../server/protocol';
import type { PreviewLabels } from './messages';

export function previewLabels(model: PreviewModel): PreviewLabels {
  return {
    adapt: Object.fromEntries(model.channels.map((channel) => [channel.channel, vscode.l10n.t('Adapt for {0}', channel.name)])),
    meters: model.channels.map((channel) =>
      channel.posts.map((post) => vscode.l10n.t('{0}: {1} of {2} characters', channel.shortName, post.meter.length, post.meter.limit)),
    ),
    problems: vscode.l10n.t('Problems'),
    noProblems: vscode.l10n.t('No problems'),
    emptyPost: vscode.l10n.t('Nothing to publish yet: the post is empty.'),
    showFolded: vscode.l10n.t('Show the text folded, as the network shows it first'),
    showWhole: vscode.l10n.t('Show the whole text'),
    overLimit: vscode.l10n.t('Past the limit'),
    locked: vscode.l10n.t('Locked to this post'),
  };
}
