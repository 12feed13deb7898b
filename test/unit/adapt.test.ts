// "Adapt for C": the adapted document per channel, its frontmatter, its file name, and the property
// that matters most — the adapted post re-lints without the problem the adaptation addresses.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { channelProfile, lint, measure, parsePost, type ChannelId, type PostlintConfig } from '../../rules';
import { AdaptError, adaptedFileName, adaptPost } from '../../rules/adapt';
import { postDocument, SEED } from '../support/arbitraries';

const RUNS = Number(process.env.POSTLINT_PROPERTY_RUNS ?? 500);

/** The body of a document (after the frontmatter). */
function body(text: string): string {
  const post = parsePost(text);
  return text.slice(post.bodyStart);
}

function findingsOf(text: string, ruleId: string, config: PostlintConfig = {}) {
  return lint(text, { config }).findings.filter((finding) => finding.ruleId === ruleId);
}

const CAMPAIGN = `---
# Frühjahrskampagne, Freigabe: Lisa
channels: [twitter, facebook]   # erst mal alle
kind: post                      # post | reply
lang: de
---
Morgen ab 18 Uhr: #engineering on tap! Mit @vinzens81. Infos: https://engineeringontap.eventbrite.de

Wir sind auf der #rp25 in #Berlin.

<!-- Foto: Theke, von Lisa -->
#sipgate #team #berlin #ci #cd #devops
`;

describe('adaptPost: Instagram', () => {
  const result = adaptPost(CAMPAIGN, 'instagram');

  it('gathers at most 5 distinct hashtags in a block at the end; inline ones keep their word', () => {
    assert.equal(
      body(result.text),
      'Morgen ab 18 Uhr: engineering on tap! Mit @vinzens81. Infos: Link in der Bio\n\n' +
        'Wir sind auf der rp25 in Berlin.\n<!-- Foto: Theke, von Lisa -->\n\n' +
        '#engineering #rp25 #Berlin #sipgate #team\n',
    );
  });

  it('points the frontmatter at Instagram and keeps every other key and comment as written', () => {
    assert.ok(
      result.text.startsWith(
        '---\n# Frühjahrskampagne, Freigabe: Lisa\nchannels: [instagram]   # erst mal alle\nkind: post                      # post | reply\nlang: de\n---\n',
      ),
    );
  });

  it('says "Link in Bio" in the language of the post', () => {
    const english = adaptPost('---\nlang: en\n---\nOur new app is out: https://apps.apple.com/app/id123 🎉\n', 'instagram');
    assert.equal(body(english.text), 'Our new app is out: Link in Bio 🎉\n');
  });

  it('takes the replacement text and the hashtag limit from the configuration', () => {
    const config: PostlintConfig = {
      rules: { 'instagram-links': ['warning', { linkInBio: '👉 Profil' }], 'hashtag-count': ['error', { instagramMax: 2 }] },
    };
    const adapted = adaptPost('Jobs: https://jobs.sipgate.de #jobs #karriere #düsseldorf\n', 'instagram', { config });
    assert.equal(body(adapted.text), 'Jobs: 👉 Profil\n\n#jobs #karriere\n');
  });

  it('puts the block before a sign-off line', () => {
    const adapted = adaptPost('---\nkind: reply\n---\nDanke an unser #Support-Team für den Einsatz!\nLG Anna\n', 'instagram');
    assert.equal(body(adapted.text), 'Danke an unser Support-Team für den Einsatz!\n\n#Support\nLG Anna\n');
  });

  it('leaves a post alone whose tags already stand in a block of their own', () => {
    const text = '---\nchannels: [instagram]\n---\nSonnenuntergang am Medienhafen. 🌅\n\n#düsseldorf #sunset\n';
    assert.equal(adaptPost(text, 'instagram').text, text);
  });

  it('re-lints without hashtag-count errors and without instagram-links findings', () => {
    assert.deepEqual(findingsOf(result.text, 'instagram-links'), []);
    assert.deepEqual(findingsOf(result.text, 'hashtag-count').filter((finding) => finding.severity === 'error'), []);
  });
});

describe('adaptPost: Facebook', () => {
  const result = adaptPost(CAMPAIGN, 'facebook');

  it('removes every hashtag: inline ones keep their word, the closing block goes', () => {
    assert.equal(
      body(result.text),
      'Morgen ab 18 Uhr: engineering on tap! Mit @vinzens81. Infos: https://engineeringontap.eventbrite.de\n\n' +
        'Wir sind auf der rp25 in Berlin.\n<!-- Foto: Theke, von Lisa -->\n',
    );
  });

  it('re-lints without facebook-hashtags findings', () => {
    assert.deepEqual(findingsOf(result.text, 'facebook-hashtags'), []);
  });

  it('keeps a sign-off after the removed tags', () => {
    const adapted = adaptPost('---\nkind: reply\nsignoff: ^SeSe\n---\nGern geschehen! 😊 #kundenliebe #danke\n^SeSe\n', 'facebook');
    assert.equal(body(adapted.text), 'Gern geschehen! 😊\n^SeSe\n');
  });
});

describe('adaptPost: X', () => {
  it('keeps the first two distinct hashtags', () => {
    const adapted = adaptPost(CAMPAIGN, 'twitter');
    assert.equal(
      body(adapted.text),
      'Morgen ab 18 Uhr: #engineering on tap! Mit @vinzens81. Infos: https://engineeringontap.eventbrite.de\n\n' +
        'Wir sind auf der #rp25 in Berlin.\n<!-- Foto: Theke, von Lisa -->\n',
    );
  });

  it('trims to 280 weighted characters, keeping the closing tags and the sign-off, and notes in place', () => {
    const long =
      '---\nkind: reply\nsignoff: ^SeSe\n---\n' +
      'Danke für deine ausführliche Nachricht und die Geduld! Wir haben uns das Problem mit der Rufumleitung genau angesehen. ' +
      'Das Update vom Dienstag hat bei einigen Konten die Einstellungen zurückgesetzt. Bitte prüf in der App unter Einstellungen, ' +
      'ob die Umleitung noch aktiv ist, und schreib uns, falls nicht. Wir kümmern uns dann sofort darum.\n\n#support #hilfe\n' +
      '<!-- Ticket 4711 -->\n^SeSe\n';
    const adapted = adaptPost(long, 'twitter');
    const post = parsePost(adapted.text);
    assert.ok(measure(post.content.text, channelProfile('twitter')).length <= 280);
    assert.equal(adapted.limit, 280);
    assert.ok(adapted.length <= 280);
    assert.ok(post.content.text.endsWith('\n\n#support #hilfe\n^SeSe'), post.content.text);
    assert.match(post.content.text, /…\n\n#support/);
    assert.ok(adapted.text.includes('<!-- Ticket 4711 -->\n^SeSe'));
    assert.deepEqual(findingsOf(adapted.text, 'length'), []);
  });
});

describe('adaptPost: LinkedIn', () => {
  it('keeps at most five distinct hashtags', () => {
    const adapted = adaptPost(CAMPAIGN, 'linkedin');
    assert.equal(
      body(adapted.text),
      'Morgen ab 18 Uhr: #engineering on tap! Mit @vinzens81. Infos: https://engineeringontap.eventbrite.de\n\n' +
        'Wir sind auf der #rp25 in #Berlin.\n\n<!-- Foto: Theke, von Lisa -->\n#sipgate #team\n',
    );
    assert.deepEqual(findingsOf(adapted.text, 'hashtag-count'), []);
  });
});

describe('adaptPost: frontmatter', () => {
  it('adds frontmatter to a post without', () => {
    assert.equal(adaptPost('Hallo Welt!\n', 'linkedin').text, '---\nchannels: [linkedin]\n---\nHallo Welt!\n');
  });

  it('keeps a byte order mark first and CRLF line ends', () => {
    const adapted = adaptPost('\uFEFFHallo #Welt!\r\n\r\n#a #b\r\n', 'facebook');
    assert.equal(adapted.text, '\uFEFF---\r\nchannels: [facebook]\r\n---\r\nHallo Welt!\r\n');
  });

  it('rewrites `channel:` and block lists, and drops a second channel entry', () => {
    assert.equal(adaptPost('---\nchannel: x # alt\nlang: de\n---\nHi\n', 'instagram').text, '---\nchannels: [instagram] # alt\nlang: de\n---\nHi\n');
    assert.equal(
      adaptPost('---\nchannels:\n  - twitter\n  - facebook\nkind: post\n---\nHi\n', 'linkedin').text,
      '---\nchannels: [linkedin]\nkind: post\n---\nHi\n',
    );
    assert.equal(adaptPost('---\nchannels: [x]\nchannel: facebook\n---\nHi\n', 'linkedin').text, '---\nchannels: [linkedin]\n---\nHi\n');
  });

  it('adds `channels` to frontmatter that has none, keeping the rest', () => {
    assert.equal(
      adaptPost('---\nkind: reply\nin-reply-to: "Können Sie mir helfen?"\n---\nKlar! ^SeSe\n', 'twitter').text,
      '---\nchannels: [twitter]\nkind: reply\nin-reply-to: "Können Sie mir helfen?"\n---\nKlar! ^SeSe\n',
    );
  });

  it('refuses frontmatter it cannot read, saying what to fix', () => {
    assert.throws(() => adaptPost('---\nchannels: [x\n---\nHi\n', 'facebook'), AdaptError);
    assert.throws(() => adaptPost('---\nchannels: [x]\nHi\n', 'facebook'), /never closed/);
  });
});

describe('adaptedFileName', () => {
  it('adds the channel before .post.md', () => {
    assert.equal(adaptedFileName('launch.post.md', 'instagram'), 'launch.instagram.post.md');
    assert.equal(adaptedFileName('/posts/2025/launch.post.md', 'twitter'), '/posts/2025/launch.twitter.post.md');
    assert.equal(adaptedFileName('C:\\posts\\launch.post.md', 'facebook'), 'C:\\posts\\launch.facebook.post.md');
  });

  it('replaces a channel already in the name, also an alias', () => {
    assert.equal(adaptedFileName('launch.twitter.post.md', 'instagram'), 'launch.instagram.post.md');
    assert.equal(adaptedFileName('launch.x.post.md', 'linkedin'), 'launch.linkedin.post.md');
    assert.equal(adaptedFileName('launch.IG.post.md', 'facebook'), 'launch.facebook.post.md');
  });

  it('keeps other dotted parts and names that merely look like channels', () => {
    assert.equal(adaptedFileName('v2.0-release.post.md', 'linkedin'), 'v2.0-release.linkedin.post.md');
    assert.equal(adaptedFileName('x.post.md', 'instagram'), 'x.instagram.post.md');
    assert.equal(adaptedFileName('notes.md', 'threads'), 'notes.threads.post.md');
  });
});

describe('adaptPost over generated posts', () => {
  const CHANNELS: ChannelId[] = ['instagram', 'facebook', 'twitter', 'linkedin', 'threads', 'mastodon', 'bluesky'];

  /** Adapts, or returns undefined where the frontmatter is unreadable (which adapt reports). */
  const tryAdapt = (text: string, channel: ChannelId) => {
    try {
      return adaptPost(text, channel);
    } catch (error) {
      if (error instanceof AdaptError) return undefined;
      throw error;
    }
  };

  it('targets exactly the channel, keeps every note, and re-lints without the problem it addresses', () => {
    fc.assert(
      fc.property(postDocument, fc.constantFrom(...CHANNELS), (text, channel) => {
        const adapted = tryAdapt(text, channel);
        if (!adapted) return;
        const result = lint(adapted.text);
        assert.deepEqual(result.internalErrors, []);
        assert.deepEqual(result.settings.channels.map((profile) => profile.id), [channel]);
        assert.equal(result.post.content.notes.length, parsePost(text).content.notes.length, 'notes kept');
        const of = (ruleId: string) => result.findings.filter((finding) => finding.ruleId === ruleId);
        if (channel === 'facebook') assert.deepEqual(of('facebook-hashtags'), []);
        if (channel === 'instagram') {
          assert.deepEqual(of('instagram-links'), []);
          assert.deepEqual(of('hashtag-count').filter((finding) => finding.severity === 'error'), []);
        }
        if (channel === 'twitter' || channel === 'linkedin' || channel === 'threads') {
          assert.deepEqual(of('hashtag-count'), []);
        }
      }),
      { seed: SEED + 11, numRuns: RUNS },
    );
  });

  it('is idempotent: adapting an adapted post changes nothing', () => {
    fc.assert(
      fc.property(postDocument, fc.constantFrom(...CHANNELS), (text, channel) => {
        const once = tryAdapt(text, channel);
        if (!once) return;
        assert.equal(adaptPost(once.text, channel).text, once.text);
      }),
      { seed: SEED + 12, numRuns: RUNS },
    );
  });
});
