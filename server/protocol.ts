// Custom LSP requests and notifications of Postlint, declared once and imported by both the server
// and the extension. Only types and method names live here: no engine code.

import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { TextEdit } from 'vscode-languageserver-types';

/** Channel ids as the engine knows them (SPEC §2). */
export type ChannelId = 'twitter' | 'facebook' | 'instagram' | 'linkedin' | 'mastodon' | 'bluesky' | 'threads';

export interface DocumentParams {
  uri: string;
}

/** `postlint/adapt`: the text of the post adapted for one channel ("Adapt for Instagram"). */
export interface AdaptParams extends DocumentParams {
  channel: ChannelId;
}
export interface AdaptResult {
  /** The complete new document (frontmatter `channels: [C]` and the adapted body). */
  text: string;
  channel: ChannelId;
  /** Suggested sibling file name, e.g. `launch.instagram.post.md`. */
  fileName: string;
}
export const AdaptRequest = new RequestType<AdaptParams, AdaptResult | null, void>('postlint/adapt');

/** `postlint/commandEdits`: the edits of an editor command on the current version of a document. */
export type EditCommand = 'addSignOff' | 'splitThread' | 'fixAll';
export interface CommandEditsParams extends DocumentParams {
  command: EditCommand;
}
export interface CommandEditsResult {
  /** Version of the document the edits apply to; the client drops them if it changed. */
  version: number;
  edits: TextEdit[];
  /** Why nothing can be done (e.g. "no sign-off configured"), localised. */
  reason?: string;
}
export const CommandEditsRequest = new RequestType<CommandEditsParams, CommandEditsResult, void>('postlint/commandEdits');

/** `postlint/status` (server → client, after each lint): the status-bar figure of a document. */
export interface DocumentStatus {
  uri: string;
  version: number;
  /** The tightest channel: the one whose count is closest to (or furthest over) its limit. */
  channel: ChannelId;
  channelName: string;
  length: number;
  limit: number;
  /** Every channel, for the status bar's tooltip. */
  channels: Array<{ channel: ChannelId; channelName: string; length: number; limit: number }>;
}
export const DocumentStatusNotification = new NotificationType<DocumentStatus>('postlint/status');

/** `postlint/preview`: the per-channel preview model of a document (SPEC §6, §8). */
export const PreviewRequest = new RequestType<DocumentParams, unknown, void>('postlint/preview');
