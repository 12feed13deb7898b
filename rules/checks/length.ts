// `length`: text over a channel's limit, counted the way that channel counts (X: weighted, URLs 23,
// emoji 2; Bluesky: graphemes; …). The range is the overflow: from the first character that no longer
// fits to the end. Suggestions only — cutting or splitting changes what the post says:
// "Trim to N characters" (rules/text/trim.ts) and, where the network has threads, "Split into
// thread" (rules/text/thread.ts). A post written as a thread (parts between `---` lines) is measured
// part by part on those networks.

import { measure, type Measurement } from '../channels/count';
import type { ChannelProfile } from '../channels/profiles';
import type { FixSpec, Rule, RuleContext } from '../engine/rule';
import { isClusterBoundary } from '../text/clusters';
import { isThread, mayBeThread, splitIntoThread, splitThreadParts, type ThreadPart } from '../text/thread';
import { trimToFit } from '../text/trim';

export const length: Rule = {
  meta: {
    id: 'length',
    description: {
      en: 'The text must fit the length limit of each channel, counted the way that channel counts.',
      de: 'Der Text muss in das Zeichenlimit jedes Kanals passen – so gezählt, wie der Kanal zählt.',
    },
    defaultSeverity: 'error',
    fixable: 'suggestion',
    messages: {
      tooLong: { en: '{length}/{limit} characters', de: '{length}/{limit} Zeichen' },
      tooLongPart: {
        en: 'Thread part {part}/{parts}: {length}/{limit} characters',
        de: 'Thread-Teil {part}/{parts}: {length}/{limit} Zeichen',
      },
      fixTrim: { en: 'Trim to {limit} characters', de: 'Auf {limit} Zeichen kürzen' },
      fixSplit: { en: 'Split into thread ({parts} parts)', de: 'In Thread aufteilen ({parts} Teile)' },
    },
  },
  check(context) {
    const content = context.content;
    if (!content) return;
    // Most posts are no thread: they are measured whole, without splitting them into parts.
    const parts = mayBeThread(content) ? splitThreadParts(content, context.settings.signOff) : [];
    const threaded = isThread(parts);
    // With an opening `---` that is never closed, the first `---` line a split inserted would close
    // it and turn the first part into frontmatter: no split until the frontmatter is closed.
    const canSplit = !context.post.problems.some((problem) => problem.messageId === 'unclosed');
    for (const profile of context.settings.channels) {
      const limit = context.settings.limitOf(profile);
      // One split of the whole post serves every part that is too long on this channel.
      let split: FixSpec | null | undefined;
      const splitSuggestion = () => {
        if (split === undefined) {
          const thread = canSplit && profile.supportsThreads ? splitIntoThread(content, profile, limit, { signOff: context.settings.signOff }) : undefined;
          // A split that changes nothing (a body the splitter cannot cut, e.g. a second frontmatter
          // block) is no suggestion: a quick fix must do something.
          split = thread && thread.edits.length > 0 ? { titleId: 'fixSplit', data: { parts: thread.parts.length }, edits: thread.edits } : null;
        }
        return split;
      };
      if (threaded && profile.supportsThreads) {
        parts.forEach((part, index) =>
          checkText(context, profile, limit, part, measure(part.text, profile, limit), splitSuggestion, { part: index + 1, parts: parts.length }),
        );
      } else {
        const whole = { start: 0, end: content.length, text: content };
        checkText(context, profile, limit, whole, context.post.measure(profile, limit), splitSuggestion);
      }
    }
  },
};

/** Measures one post (or one part of a thread) on one channel and reports what is over the limit. */
function checkText(
  context: RuleContext,
  profile: ChannelProfile,
  limit: number,
  part: ThreadPart,
  measured: Measurement,
  splitSuggestion: () => FixSpec | null,
  inThread?: { part: number; parts: number },
): void {
  if (measured.length <= limit) return;
  let overflow = measured.overflowStart ?? part.text.length;
  // Counting by code points can stop inside an emoji: start the range at its first character.
  while (overflow > 0 && !isClusterBoundary(part.text, overflow)) overflow--;

  // Trim and split are costly on long posts: computed only when the editor asks for suggestions.
  const suggestions = (): FixSpec[] => {
    const specs: FixSpec[] = [];
    const trimmed = trimToFit(part.text, profile, limit, {
      keepFrom: part.numbering ? part.numbering.start - part.start : undefined,
      signOff: context.settings.signOff,
    });
    if (trimmed) {
      specs.push({
        titleId: 'fixTrim',
        data: { limit },
        edits: [{ start: part.start + trimmed.start, end: part.start + trimmed.end, newText: trimmed.newText }],
      });
    }
    const split = splitSuggestion();
    if (split) specs.push(split);
    return specs;
  };

  context.report({
    messageId: inThread ? 'tooLongPart' : 'tooLong',
    data: { length: measured.length, limit, over: measured.length - limit, ...inThread },
    start: part.start + overflow,
    end: part.end,
    channel: profile.id,
    suggestions,
  });
}
