// Custom LSP requests and notifications of Postlint, declared once and imported by both the server
// and the extension. Only types, method names and shared constants live here: no engine code.

import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { TextEdit } from 'vscode-languageserver-types';
import type { PreviewDocument } from '../rules/preview/model';

/** Channel ids as the engine knows them (SPEC §2). */
export type ChannelId = 'twitter' | 'facebook' | 'instagram' | 'linkedin' | 'mastodon' | 'bluesky' | 'threads';

/** Language id of `.post.md` documents (SPEC §1). */
export const LANGUAGE_ID = 'social-post';

/** The code action kind of "apply every safe fix" (for `editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = 'source.fixAll.postlint';

/**
 * The `postlint` settings section the server reads per document (`workspace/configuration`).
 * Every key is optional; empty values count as unset. `.postlintrc.json` and frontmatter override
 * these (SPEC §4). Keys of `.postlintrc.json` not listed here are accepted as well.
 */
export interface PostlintSettings {
  signOff?: string;
  channels?: string[];
  address?: 'du' | 'sie' | 'avoid';
  competitors?: string[];
  limits?: Partial<Record<ChannelId, number>>;
  rules?: Record<string, unknown>;
  /** Language of messages; `auto` follows the client's display language. */
  locale?: 'auto' | 'de' | 'en';
}

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
  /** Length of the adapted post on the channel (X: weighted), and the channel's limit. */
  length: number;
  limit: number;
}
/** Answers null when the document is unknown or cannot be adapted (the reason is logged). */
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

/** One channel's count of a document. */
export interface ChannelCount {
  channel: ChannelId;
  channelName: string;
  length: number;
  limit: number;
}

/** `postlint/status` (server → client, after each lint): the status-bar figure of a document. */
export interface DocumentStatus extends ChannelCount {
  uri: string;
  version: number;
  /** Every channel, for the status bar's tooltip. `channel` above is the tightest of them. */
  channels: ChannelCount[];
}
export const DocumentStatusNotification = new NotificationType<DocumentStatus>('postlint/status');

/**
 * `postlint/preview` (SPEC §6, §8): the post as each of its channels would show it — per channel the
 * author line, the published text in styled spans (hashtags, mentions, URLs as the network writes
 * them), where the network folds it, the length meter with the overflow, and the channel's problems.
 * The engine builds it (rules/preview); its types are declared there and re-exported here for
 * clients, which import them as types only.
 */
export type {
  MeterStyle,
  PreviewAuthor,
  PreviewChannel,
  PreviewDocument,
  PreviewFold,
  PreviewMeter,
  PreviewPost,
  PreviewProblem,
  PreviewSpan,
  PreviewSpanKind,
} from '../rules/preview/model';

export interface PreviewModel extends PreviewDocument {
  uri: string;
  /** The editor's version of the document the model shows, or null for a file read from disk. */
  version: number | null;
}

/** Answers null when the document is neither open nor a readable file. */
export const PreviewRequest = new RequestType<DocumentParams, PreviewModel | null, void>('postlint/preview');
