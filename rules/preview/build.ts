// Builds the preview model of a document (model.ts): per channel of the post the author line, the
// published text cut into styled spans, the fold, the length meter with the overflow, and the
// channel's problems. A post written as a thread (parts between `---` lines) is shown part by part
// on the networks that chain posts, and whole on the others — as the `length` rule measures it.

import type { ChannelProfile } from '../channels/profiles';
import { lint, type LintOptions, type LintResult } from '../engine/lint';
import type { ParsedPost } from '../post/parse';
import type { Token } from '../post/tokens';
import { isThread, splitThreadParts } from '../text/thread';
import type { Locale } from '../types';
import { buildAuthor } from './author';
import { findFold } from './fold';
import { buildMeter } from './meter';
import type { PreviewChannel, PreviewDocument, PreviewPost } from './model';
import { networkLook } from './networks';
import { locateProblems, problemsByPost } from './problems';
import { buildSpans } from './spans';

/** Lints `text` and builds its preview. */
export function buildPreview(text: string, options: LintOptions = {}): PreviewDocument {
  return previewFromLint(lint(text, options));
}

/** The preview of a document that has been linted already. */
export function previewFromLint(result: LintResult): PreviewDocument {
  const { post, settings, locale } = result;
  const content = post.content.text;
  const tokens = post.tokens.all;
  const problems = locateProblems(post.text, result.findings);
  const parts = splitThreadParts(content, settings.signOff);
  const threaded = isThread(parts);
  const toDocument = (offset: number) => post.content.map.toDocStart(offset);

  const channels = settings.channels.map((profile): PreviewChannel => {
    const ranges = threaded && profile.supportsThreads ? parts.map(({ start, end }) => ({ start, end })) : [{ start: 0, end: content.length }];
    const byPost = problemsByPost(problems, profile.id, ranges.map((range, index) => (index === 0 ? 0 : toDocument(range.start))));
    const posts = ranges.map((range, index) => ({
      ...buildPost(post, range.start, range.end, profile, settings.limitOf(profile), tokens, locale),
      ...(ranges.length > 1 ? { part: { index: index + 1, total: ranges.length } } : {}),
      problems: byPost[index],
    }));
    return {
      channel: profile.id,
      name: profile.name,
      shortName: profile.shortName,
      author: buildAuthor(settings.config, networkLook(profile.id), locale),
      posts,
    };
  });

  return { locale, lang: settings.lang, kind: settings.kind, content, channels };
}

function buildPost(
  post: ParsedPost,
  start: number,
  end: number,
  profile: ChannelProfile,
  limit: number,
  tokens: readonly Token[],
  locale: Locale,
): Omit<PreviewPost, 'problems' | 'part'> {
  const content = post.content.text;
  const look = networkLook(profile.id);
  // The whole post was measured by the lint already (the length rule); a thread part is measured here.
  const whole = start === 0 && end === content.length;
  const text = whole ? content : content.slice(start, end);
  const { meter, overflowStart } = buildMeter(text, profile, limit, look, locale, whole ? post.measure(profile, limit) : undefined);
  const overflow = overflowStart === undefined ? undefined : start + overflowStart;
  const fold = findFold(content, start, end, profile, look, tokens, locale);
  return {
    start,
    end,
    spans: buildSpans(content, start, end, tokens, look, { fold: fold?.offset, overflow }),
    fold,
    meter,
    ...(overflow !== undefined ? { overflowStart: overflow } : {}),
  };
}
