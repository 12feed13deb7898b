// "245/280" as the status bar and the preview show a channel's count, in the display language's
// number format ("63,206" / "63.206"), with a note when the post is over the limit.

import * as vscode from 'vscode';
import type { ChannelCount } from '../server/protocol';

// The display language is fixed for the lifetime of the extension host. Created on first use: the
// first number format of the process loads the locale data, which took 50 ms of activation.
let numbers: Intl.NumberFormat | undefined;

export function isOverLimit(count: ChannelCount): boolean {
  return count.length > count.limit;
}

export function formatCount(count: ChannelCount, noteWhenOver = false): string {
  numbers ??= new Intl.NumberFormat(vscode.env.language);
  const figure = `${numbers.format(count.length)}/${numbers.format(count.limit)}`;
  return noteWhenOver && isOverLimit(count) ? `${figure} ${vscode.l10n.t('(over the limit)')}` : figure;
}
