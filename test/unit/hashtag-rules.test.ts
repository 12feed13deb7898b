// facebook-hashtags and hashtag-count over generated posts: the safe fix removes every hashtag for
// Facebook without losing a word, and the suggestion brings a post down to the channel's limit.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { applyEdits, fixAll, lint, parsePost, type ParsedPost } from '../../rules';
import { findTrailingTags } from '../../rules/adapt/hashtags';
import { facebookHashtags } from '../../rules/checks/facebook-hashtags';
import { hashtagCount } from '../../rules/checks/hashtag-count';
import { postDocument, SEED } from '../support/arbitraries';

const RUNS = Number(process.env.POSTLINT_PROPERTY_RUNS ?? 1000);

/** The words (letter and digit runs) of the message: without the trailing tags, hashtags as their words. */
function messageWords(post: ParsedPost, signOff?: string): string[] {
  const content = post.content.text;
  const hashtags = post.tokens.hashtags;
  const trailing = findTrailingTags(post, signOff);
  let text = '';
  let cursor = 0;
  hashtags.forEach((tag, index) => {
    const closing = trailing !== undefined && index >= trailing.firstIndex;
    text += content.slice(cursor, tag.start) + (closing ? ' ' : tag.value);
    cursor = tag.end;
  });
  text += content.slice(cursor);
  return text.match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
}

describe('facebook-hashtags over generated posts', () => {
  it('Fix All removes every hashtag for Facebook and keeps every word of the message', () => {
    fc.assert(
      fc.property(postDocument, (document) => {
        const options = { channels: ['facebook'], rules: [facebookHashtags] };
        const before = lint(document, options);
        if (before.findings.length === 0) return;
        const fixed = fixAll(document, options);
        assert.deepEqual(fixed.remaining, [], JSON.stringify(fixed.text));
        assert.deepEqual(messageWords(parsePost(fixed.text)), messageWords(before.post, before.settings.signOff));
      }),
      { seed: SEED + 21, numRuns: RUNS },
    );
  });
});

describe('hashtag-count over generated posts', () => {
  it('the suggestion brings the post to the limit of the channel it names', () => {
    fc.assert(
      fc.property(postDocument, fc.constantFrom('twitter', 'instagram', 'linkedin', 'threads'), (document, channel) => {
        const options = { channels: [channel], rules: [hashtagCount] };
        for (const finding of lint(document, options).findings) {
          if (finding.messageId === 'none') continue;
          const after = applyEdits(document, finding.suggestions[0].edits);
          assert.ok(parsePost(after).tokens.hashtags.length <= Number(finding.data.max), JSON.stringify(after));
          assert.deepEqual(lint(after, options).findings.filter((other) => other.messageId !== 'none'), []);
        }
      }),
      { seed: SEED + 22, numRuns: RUNS },
    );
  });
});
