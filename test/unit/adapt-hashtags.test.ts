// Telling closing tags from hashtags that are words of the message, and removing either kind
// without losing words (shared by facebook-hashtags, hashtag-count and "Adapt for C").

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, parsePost } from '../../rules';
import { findTrailingTags, hashtagLimit, hashtagRemovalEdits, isTagsOnly } from '../../rules/adapt/hashtags';
import { channelProfile } from '../../rules/channels/profiles';

/** The hashtags of `text` that close it, as written. */
function trailing(text: string, signOff?: string): string[] {
  const post = parsePost(text);
  const found = findTrailingTags(post, signOff);
  return found ? post.tokens.hashtags.slice(found.firstIndex).map((tag) => tag.text) : [];
}

/** `text` with the hashtags at `indices` removed (all when omitted). */
function removing(text: string, indices?: number[], signOff?: string): string {
  const post = parsePost(text);
  const remove = new Set(indices ?? post.tokens.hashtags.map((_, index) => index));
  return applyEdits(text, hashtagRemovalEdits(post, remove, signOff));
}

describe('findTrailingTags', () => {
  it('finds tags on lines of their own at the end', () => {
    assert.deepEqual(trailing('Sommerlauf geschafft!\n\n#sommerlauf #teamgeist\n#sipgate'), ['#sommerlauf', '#teamgeist', '#sipgate']);
  });

  it('finds tags after a finished sentence, an emoji or a URL on the same line', () => {
    assert.deepEqual(trailing('Setz Dich mit uns an die Theke. #engineering'), ['#engineering']);
    assert.deepEqual(trailing('Waffeltag im Büro 🧇 #waffeltag #officelife'), ['#waffeltag', '#officelife']);
    assert.deepEqual(trailing('Infos: https://engineeringontap.eventbrite.de #engineering'), ['#engineering']);
    assert.deepEqual(trailing('Wer kommt mit?“ #team'), ['#team']);
  });

  it('does not take hashtags that end a sentence as tags', () => {
    assert.deepEqual(trailing('Wir sind auf der #rp25'), []);
    assert.deepEqual(trailing('Wir lieben #Kaffee, #Kuchen'), []);
  });

  it('does not take hashtags followed by more text', () => {
    assert.deepEqual(trailing('#news Heute neu: der Dunkelmodus.'), []);
    assert.deepEqual(trailing('Heute neu. #app\nMehr morgen.'), []);
  });

  it('takes only the tags after the last words', () => {
    assert.deepEqual(trailing('Mit #Azubis und #App. Stolz! #ausbildung #düsseldorf'), ['#ausbildung', '#düsseldorf']);
  });

  it('looks past a sign-off line', () => {
    assert.deepEqual(trailing('Gern geschehen! #danke\n^SeSe'), ['#danke']);
    assert.deepEqual(trailing('Gern geschehen!\n#danke\nViele Grüße, Anna'), ['#danke']);
    assert.deepEqual(trailing('Gern geschehen!\n#danke\nTeam Social', 'Team Social'), ['#danke']);
    assert.deepEqual(trailing('Gern geschehen! #danke\nund bis bald, wir melden uns wieder bei dir'), []);
  });

  it('leaves a post of nothing but hashtags to be its message', () => {
    assert.deepEqual(trailing('#Montagsmotivation'), []);
    assert.equal(isTagsOnly(parsePost('#Montagsmotivation #kaffee')), true);
    assert.equal(isTagsOnly(parsePost('Montag! #kaffee')), false);
  });
});

describe('hashtagRemovalEdits', () => {
  it('keeps the word of an inline hashtag', () => {
    assert.equal(removing('Wir sind auf der #rp25 in #Berlin.'), 'Wir sind auf der rp25 in Berlin.');
  });

  it('removes closing tags with the line breaks before them, leaving no blank lines', () => {
    assert.equal(removing('Geschafft!\n\n#sommerlauf #teamgeist\n\n#sipgate\n'), 'Geschafft!\n');
    assert.equal(removing('An die Theke. #engineering'), 'An die Theke.');
  });

  it('keeps a note that stands between the text and the tags on a line of its own', () => {
    assert.equal(removing('In Berlin.\n\n<!-- Foto: Lisa -->\n#sipgate #team\n'), 'In Berlin.\n<!-- Foto: Lisa -->\n');
  });

  it('keeps CRLF line ends', () => {
    assert.equal(removing('Neu im Blog!\r\n\r\n#cloud #telefonie\r\n'), 'Neu im Blog!\r\n');
  });

  it('keeps the sign-off after removed tags', () => {
    assert.equal(removing('Gern geschehen! 😊 #kundenliebe #danke\n^SeSe\n'), 'Gern geschehen! 😊\n^SeSe\n');
  });

  it('removes only some tags of a block, rewriting just the lines that lose tags', () => {
    const text = 'Feierabend. 🌅\n\n#düsseldorf #medienhafen #sunset\n#office  #teamsipgate\n#igersdüsseldorf\n';
    assert.equal(removing(text, [4, 5]), 'Feierabend. 🌅\n\n#düsseldorf #medienhafen #sunset\n#office\n');
    assert.equal(removing(text, [3, 4, 5]), 'Feierabend. 🌅\n\n#düsseldorf #medienhafen #sunset\n');
    assert.equal(removing(text, [1]), 'Feierabend. 🌅\n\n#düsseldorf #sunset\n#office  #teamsipgate\n#igersdüsseldorf\n');
  });

  it('does not leave a new hashtag behind "##"', () => {
    assert.equal(removing('Platz ##1a im Test'), 'Platz 1a im Test');
  });

  it('gives edits that never overlap, for inline and closing tags together', () => {
    const text = 'Mit #Azubis und #App!\n#ausbildung #düsseldorf';
    assert.equal(removing(text), 'Mit Azubis und App!');
  });
});

describe('hashtagLimit', () => {
  it('reads the profile: a hard maximum first, else the recommendation', () => {
    assert.equal(hashtagLimit(channelProfile('instagram'), {}), 5);
    assert.equal(hashtagLimit(channelProfile('twitter'), {}), 2);
    assert.equal(hashtagLimit(channelProfile('linkedin'), {}), 5);
    assert.equal(hashtagLimit(channelProfile('threads'), {}), 1);
    assert.equal(hashtagLimit(channelProfile('mastodon'), {}), undefined);
  });

  it('lets the `<channel>Max` option override it, ignoring nonsense', () => {
    assert.equal(hashtagLimit(channelProfile('instagram'), { instagramMax: 30 }), 30);
    assert.equal(hashtagLimit(channelProfile('twitter'), { twitterMax: 0 }), 0);
    assert.equal(hashtagLimit(channelProfile('twitter'), { twitterMax: -1 }), 2);
    assert.equal(hashtagLimit(channelProfile('twitter'), { twitterMax: '3' }), 2);
  });
});
