// `styled-unicode`: "fancy text" generators fake bold, italic and other styles with look-alike
// code points (𝗯𝗼𝗹𝗱, 𝘪𝘵𝘢𝘭𝘪𝘤, 𝙢𝙤𝙣𝙤, 𝒔𝒄𝒓𝒊𝒑𝒕, 𝔣𝔯𝔞𝔨𝔱𝔲𝔯, ⓒⓘⓡⓒⓛⓔⓓ, ｆｕｌｌｗｉｄｔｈ). Screen readers
// spell them out or skip them, search does not find them, and hashtags break at them. The safe fix
// turns each into its plain letter with Unicode's compatibility normalisation (NFKC), which maps
// every one of them (𝗯 → b, 𝟳 → 7); characters between the styled ones are left as they are,
// since NFKC would also change "…" or "½".

import type { Rule } from '../engine/rule';

// Mathematical Alphanumeric Symbols (U+1D400–1D7FF), circled letters (U+24B6–24E9, not followed by
// VS16: Ⓜ️ is an emoji), fullwidth letters and digits, squared capitals (U+1F130–1F149).
const STYLED = String.raw`[\u{1D400}-\u{1D7FF}\u{1F130}-\u{1F149}\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]|[\u24B6-\u24E9](?!\uFE0F)`;
// Letterlike symbols that fill the gaps of the mathematical alphabets (ℌ, ℭ, ℝ, ℎ, ℯ …): styled
// only next to other styled letters, since alone they are ordinary symbols (ℝ for real numbers).
const GAP_FILLER = String.raw`[\u2102\u210A-\u2113\u2115\u2119-\u211D\u2124\u2128\u212C\u212D\u212F-\u2131\u2133\u2134]`;
// Between styled letters: anything that is not a line break or a plain letter or digit (spaces,
// punctuation, emoji), and the letters that generators leave plain because they have no styled
// form (ä, ö, ü, ß, é …), so that "𝗙𝗿ü𝗵𝗹𝗶𝗻𝗴 𝗶𝘀𝘁 𝗱𝗮!" is one finding.
const BETWEEN = String.raw`(?:[^\n\p{L}\p{N}]|[\u00C0-\u024F])*?`;
const LETTER = `(?:${STYLED}|${GAP_FILLER})`;
const RUN = new RegExp(`${LETTER}*(?:${STYLED})(?:${BETWEEN}${LETTER})*`, 'gu');
const ANY_STYLED = new RegExp(STYLED, 'u');
const STYLED_CHAR = new RegExp(`^(?:${STYLED}|${GAP_FILLER})$`, 'u');

/** The run with every styled character replaced by its plain form. */
export function plainLetters(run: string): string {
  let plain = '';
  for (const char of run) plain += STYLED_CHAR.test(char) ? char.normalize('NFKC') : char;
  return plain;
}

export const styledUnicode: Rule = {
  meta: {
    id: 'styled-unicode',
    description: {
      en: 'No 𝗯𝗼𝗹𝗱 or 𝘪𝘵𝘢𝘭𝘪𝘤 Unicode letters: screen readers spell them out.',
      de: 'Keine 𝗳𝗲𝘁𝘁𝗲𝗻 oder 𝘬𝘶𝘳𝘴𝘪𝘷𝘦𝘯 Unicode-Buchstaben: Screenreader buchstabieren sie.',
    },
    defaultSeverity: 'warning',
    fixable: 'safe',
    scope: 'paragraph',
    messages: {
      styled: {
        en: 'Styled Unicode letters for “{plain}”: screen readers spell them out or skip them, and search does not find them.',
        de: 'Gestylte Unicode-Buchstaben für „{plain}“: Screenreader buchstabieren oder überspringen sie, und die Suche findet sie nicht.',
      },
      fixPlain: { en: 'Convert to plain letters', de: 'In normale Buchstaben umwandeln' },
    },
  },
  check(context) {
    const content = context.content;
    // One cheap scan: most posts hold no styled letter at all.
    if (!ANY_STYLED.test(content)) return;
    for (const match of content.matchAll(RUN)) {
      const start = match.index!;
      const end = start + match[0].length;
      const plain = plainLetters(match[0]);
      context.report({
        messageId: 'styled',
        data: { plain },
        start,
        end,
        fix: { titleId: 'fixPlain', edits: [{ start, end, newText: plain }] },
      });
    }
  },
};
