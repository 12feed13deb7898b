// The `markdown` rule on the look-alikes that community managers type every day: it must report
// the Markdown a writer carried over from a Markdown editor, and nothing of the plain-text
// conventions of social networks (gender star, chat actions, emoticons, lists, hashtags).

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixAll, lint } from '../../rules';
import { markdown } from '../../rules/checks/markdown';

const CONFIG = { channels: ['linkedin'] };

function reported(body: string): Array<[string, string]> {
  const text = `---\nchannels: [linkedin]\n---\n${body}\n`;
  return lint(text, { config: CONFIG, rules: [markdown] }).findings.map((finding) => [finding.messageId, text.slice(finding.start, finding.end)]);
}

function fixed(body: string): string {
  const text = `---\nchannels: [linkedin]\n---\n${body}\n`;
  return fixAll(text, { config: CONFIG, rules: [markdown] }).text.slice(text.indexOf('---\n', 4) + 4, -1);
}

describe('markdown: reports', () => {
  const cases: Array<[string, Array<[string, string]>]> = [
    ['**Wichtig:** ab Montag neu', [['bold', '**Wichtig:**']]],
    ['Das ist __wirklich__ neu', [['bold', '__wirklich__']]],
    ['Das ist *wirklich* neu', [['italic', '*wirklich*']]],
    ['Das ist _wirklich_ neu', [['italic', '_wirklich_']]],
    ['***Achtung***', [['boldItalic', '***Achtung***']]],
    ['Statt ~~79 €~~ nur 49 €', [['strikethrough', '~~79 €~~']]],
    ['„**Zitat**“ von Anna', [['bold', '**Zitat**']]],
    ['(*nur heute*)', [['italic', '*nur heute*']]],
    ['# Neu bei uns', [['heading', '# Neu bei uns']]],
    ['### Drei Tipps ###', [['heading', '### Drei Tipps ###']]],
    ['Hier: [Blog](https://sipgate.de/blog).', [['link', '[Blog](https://sipgate.de/blog)']]],
    ['Siehe [Wiki](https://de.wikipedia.org/wiki/VoIP_(Begriff))', [['link', '[Wiki](https://de.wikipedia.org/wiki/VoIP_(Begriff))']]],
    ['![Team](https://x.de/team.jpg "Unser Team")', [['image', '![Team](https://x.de/team.jpg "Unser Team")']]],
  ];
  for (const [body, expected] of cases) {
    it(body, () => assert.deepEqual(reported(body), expected));
  }
});

describe('markdown: leaves plain-text conventions alone', () => {
  const cases = [
    'Liebe Kund*innen und Mitarbeiter*innen',
    'Liebe Lehrer*innen, liebe Schüler*innen!',
    'Haha *grins* und *g* und *ganz fest drück*',
    '*freu* Bis morgen *wink*',
    'Küsschen :-* und ^_^ und ^_^',
    '* Punkt eins\n* Punkt zwei\n- Punkt drei',
    '#hashtag am Zeilenanfang und #1 im Test',
    '#️⃣ Tipp des Tages',
    'Danke @max_power_ und @__init__!',
    'Die Datei export_2025_final.csv liegt bereit',
    'https://example.com/docs/api_v2_guide_(neu) und https://x.de/*stern*',
    'Jetzt testen* – 3*12 = 36 Euro gespart!\n*Gilt nur für Neukunden.',
    '5 * 3 = 15 und 2 ** 8 = 256',
    'Sch***e, das war knapp!',
    '~20 Minuten, ca. ~15 €',
    '*** Breaking ***',
    'Preis: 9,99 €*',
    '`npm install` – Code in Backticks',
    '<https://sipgate.de>',
    'Sternchen ** allein ** stehen',
  ];
  for (const body of cases) {
    it(body, () => assert.deepEqual(reported(body), []));
  }
});

describe('markdown: safe fix', () => {
  it('strips emphasis and keeps every word', () => {
    assert.equal(fixed('**Wichtig:** Das ist _wirklich_ neu'), 'Wichtig: Das ist wirklich neu');
  });

  it('writes a link as text and URL, or the URL alone when the text is the URL', () => {
    assert.equal(fixed('Mehr [im Blog](https://sipgate.de/blog).'), 'Mehr im Blog https://sipgate.de/blog.');
    assert.equal(fixed('[https://sipgate.de](https://sipgate.de/) und [](https://x.de)'), 'https://sipgate.de/ und https://x.de');
  });

  it('strips a heading marker and its closing hashes', () => {
    assert.equal(fixed('## Drei Tipps ##\nText'), 'Drei Tipps\nText');
  });

  it('resolves nested markup over several passes', () => {
    assert.equal(fixed('**[Tickets](https://t.de)** und ***Top***'), 'Tickets https://t.de und Top');
  });

  it('offers no fix for strikethrough, whose meaning would be lost', () => {
    const text = '---\nchannels: [linkedin]\n---\nStatt ~~79 €~~ nur 49 €\n';
    const [finding] = lint(text, { config: CONFIG, rules: [markdown] }).findings;
    assert.equal(finding.fix, undefined);
  });
});
