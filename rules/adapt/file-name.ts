// The name of the sibling file that "Adapt for C" writes: `launch.post.md` → `launch.instagram.post.md`.

import { findChannel } from '../channels/profiles';
import type { ChannelId } from '../types';

/**
 * `name.post.md` → `name.<channel>.post.md`. A channel already named in the file name is replaced
 * (`launch.twitter.post.md` → `launch.instagram.post.md`, also for aliases such as `.x.` or `.ig.`),
 * so adapting an adapted post does not pile up suffixes. Works on bare names and on paths.
 */
export function adaptedFileName(fileName: string, channel: ChannelId): string {
  const slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
  const folder = fileName.slice(0, slash + 1);
  let stem = fileName.slice(slash + 1).replace(/\.post\.md$/i, '').replace(/\.md$/i, '');
  const dot = stem.lastIndexOf('.');
  if (dot > 0 && findChannel(stem.slice(dot + 1))) stem = stem.slice(0, dot);
  return `${folder}${stem}.${channel}.post.md`;
}
