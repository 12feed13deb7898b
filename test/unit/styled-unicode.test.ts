// The `styled-unicode` rule: which code points count as fake styling, that NFKC turns every one of
// them into a plain letter or digit, and how runs are grouped into findings.

import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixAll, lint } from '../../rules';
import { plainLetters, styledUnicode } from '../../rules/checks/styled-unicode';

const CONFIG = { channels: ['instagram'] };

function reported(body: string): Array<[string, string | number]> {
  const text = `${body}\n`;
  return lint(text, { config: CONFIG, rules: [styledUnicode] }).findings.map((finding) => [text.slice(finding.start, finding.end), finding.data.plain]);
}

describe('styled-unicode: the mapping', () => {
  it('turns every assigned Mathematical Alphanumeric Symbol into a plain letter or digit', () => {
    for (let code = 0x1d400; code <= 0x1d7ff; code++) {
      const char = String.fromCodePoint(code);
      if (!/\p{L}|\p{N}/u.test(char)) continue; // unassigned gaps of the block
      const plain = plainLetters(char);
      assert.equal([...plain].length, 1, `U+${code.toString(16)}`);
      assert.ok(plain.codePointAt(0)! < 0x1d400, `U+${code.toString(16)} → ${plain}`);
    }
  });

  it('maps each style of the fancy-text generators', () => {
    const styles = ['𝐛𝐨𝐥𝐝', '𝑖𝑡𝑎𝑙𝑖𝑐', '𝗯𝗼𝗹𝗱', '𝘪𝘵𝘢𝘭𝘪𝘤', '𝙗𝙤𝙡𝙙', '𝚖𝚘𝚗𝚘', '𝒔𝒄𝒓𝒊𝒑𝒕', '𝓼𝓬𝓻𝓲𝓹𝓽', '𝔣𝔯𝔞𝔨', '𝖋𝖗𝖆𝖐', '𝕕𝕠𝕦𝕓𝕝𝕖', 'ⓒⓘⓡⓒ', 'ｆｕｌｌ', '🄱🄾🅇'];
    assert.deepEqual(styles.map(plainLetters), ['bold', 'italic', 'bold', 'italic', 'bold', 'mono', 'script', 'script', 'frak', 'frak', 'double', 'circ', 'full', 'BOX']);
    assert.equal(plainLetters('𝟮𝟬𝟮𝟱 １２'), '2025 12');
    assert.equal(plainLetters('ℌ𝔞𝔩𝔩𝔬 ℭ𝔬𝔪𝔭𝔲𝔱𝔢𝔯'), 'Hallo Computer');
  });

  it('leaves the characters between styled letters as they are (NFKC would change "…" and "½")', () => {
    assert.equal(plainLetters('𝗡𝗲𝘂… ½ 𝗣𝗿𝗲𝗶𝘀'), 'Neu… ½ Preis');
  });
});

describe('styled-unicode: findings', () => {
  it('reports one finding per run, across spaces, punctuation, emoji and unstyled umlauts', () => {
    assert.deepEqual(reported('𝗙𝗿ü𝗵𝗹𝗶𝗻𝗴𝘀𝗮𝗸𝘁𝗶𝗼𝗻: 𝗷𝗲𝘁𝘇𝘁 🌷 𝗻𝗲𝘂! Nur heute 𝘪𝘮 𝘚𝘩𝘰𝘱.'), [
      ['𝗙𝗿ü𝗵𝗹𝗶𝗻𝗴𝘀𝗮𝗸𝘁𝗶𝗼𝗻: 𝗷𝗲𝘁𝘇𝘁 🌷 𝗻𝗲𝘂', 'Frühlingsaktion: jetzt 🌷 neu'],
      ['𝘪𝘮 𝘚𝘩𝘰𝘱', 'im Shop'],
    ]);
  });

  it('splits runs at line breaks', () => {
    assert.deepEqual(reported('𝗡𝗲𝘂\n𝗝𝗲𝘁𝘇𝘁'), [
      ['𝗡𝗲𝘂', 'Neu'],
      ['𝗝𝗲𝘁𝘇𝘁', 'Jetzt'],
    ]);
  });

  it('leaves emoji and ordinary symbols alone', () => {
    assert.deepEqual(reported('Ⓜ️ ℹ️ ™ © ® ① ² ½ … ℝ ℕ ℃ №'), []);
    assert.deepEqual(reported('Größer, schöner, grüner – Ça va? Ἑλλάς, 日本語'), []);
  });

  it('converts to plain letters with Fix All', () => {
    assert.equal(fixAll('𝗡𝗲𝘂: 𝗗𝗲𝗿 𝗙𝗿ü𝗵𝗹𝗶𝗻𝗴𝘀𝘁𝗮𝗿𝗶𝗳 𝗶𝘀𝘁 𝗱𝗮! ℌ𝔢𝔲𝔱𝔢\n', { config: CONFIG, rules: [styledUnicode] }).text, 'Neu: Der Frühlingstarif ist da! Heute\n');
  });
});
