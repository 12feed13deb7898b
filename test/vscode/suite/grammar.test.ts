// The TextMate grammar (syntaxes/social-post.tmLanguage.json), tokenized with vscode-textmate and
// vscode-oniguruma, the engine VS Code itself uses, and with the grammars installed in this VS Code
// (the frontmatter embeds the built-in YAML grammar).

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

interface Token {
  text: string;
  scopes: string[];
}

/** Every grammar that the installed extensions contribute, by scope name. */
function installedGrammars(): Map<string, string> {
  const grammars = new Map<string, string>();
  for (const extension of vscode.extensions.all) {
    const contributed = (extension.packageJSON?.contributes?.grammars ?? []) as Array<{ scopeName?: string; path?: string }>;
    for (const grammar of contributed) {
      if (grammar.scopeName && grammar.path) grammars.set(grammar.scopeName, path.join(extension.extensionPath, grammar.path));
    }
  }
  return grammars;
}

async function loadGrammar(): Promise<textmate.IGrammar> {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const files = installedGrammars();
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) => {
      const file = files.get(scopeName);
      return file ? textmate.parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
    },
  });
  const grammar = await registry.loadGrammar('text.social-post');
  assert.ok(grammar, 'the social-post grammar loads');
  return grammar;
}

describe('TextMate grammar', () => {
  let grammar: textmate.IGrammar;
  before(async () => {
    grammar = await loadGrammar();
  });

  function tokenize(text: string): Token[][] {
    let state = textmate.INITIAL;
    return text.split('\n').map((line) => {
      const result = grammar.tokenizeLine(line, state);
      state = result.ruleStack;
      return result.tokens.map((token) => ({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes }));
    });
  }

  /** The scopes of the token(s) that make up exactly `text` on a line (fails if `text` is split oddly). */
  function scopesOf(line: Token[], text: string): string[] {
    const joined = line.map((token) => token.text).join('');
    const start = joined.indexOf(text);
    assert.ok(start >= 0, `"${text}" is on the line "${joined}"`);
    let offset = 0;
    const covering: Token[] = [];
    for (const token of line) {
      const end = offset + token.text.length;
      if (end > start && offset < start + text.length) covering.push(token);
      offset = end;
    }
    // The innermost scope common to every token of the text.
    return covering.map((token) => token.scopes).reduce((common, scopes) => common.filter((scope) => scopes.includes(scope)));
  }

  function hasScope(line: Token[], text: string, scope: string): boolean {
    return scopesOf(line, text).some((candidate) => candidate === scope || candidate.startsWith(`${scope}.`));
  }

  it('embeds YAML in the frontmatter, and only in a first-line fence', () => {
    const lines = tokenize('---\nchannels: [twitter, facebook]\nkind: reply\n---\nText\n---\nnot: yaml');
    assert.ok(hasScope(lines[0], '---', 'punctuation.definition.frontmatter.begin'));
    assert.ok(hasScope(lines[1], 'channels', 'entity.name.tag.yaml'), JSON.stringify(lines[1]));
    assert.ok(hasScope(lines[1], 'channels', 'source.yaml'));
    assert.ok(hasScope(lines[3], '---', 'punctuation.definition.frontmatter.end'));
    assert.ok(!hasScope(lines[4], 'Text', 'source.yaml'), 'the body is not YAML');
    assert.ok(!hasScope(lines[6], 'not', 'source.yaml'), 'a later --- opens no frontmatter');
  });

  it('marks hashtags, but not numbers, C# or headings', () => {
    const [line] = tokenize('Neu: #Sommer2025 und #Ärger_frei, Platz #1, C# und ＃Tag');
    assert.ok(hasScope(line, '#Sommer2025', 'entity.name.tag.hashtag'));
    assert.ok(hasScope(line, '#Ärger_frei', 'entity.name.tag.hashtag'));
    assert.ok(hasScope(line, '＃Tag', 'entity.name.tag.hashtag'));
    assert.ok(!hasScope(line, '#1', 'entity.name.tag.hashtag'));
    assert.ok(!hasScope(line, 'C#', 'entity.name.tag.hashtag'));
    const [heading] = tokenize('# Überschrift');
    assert.ok(!hasScope(heading, '# Überschrift', 'entity.name.tag.hashtag'));
  });

  it('marks mentions (also Mastodon and Bluesky handles), but not e-mail addresses', () => {
    const [line] = tokenize('@kunde_42 schreib an info@firma.de oder @anna@mastodon.social und @bob.bsky.social.');
    assert.ok(hasScope(line, '@kunde_42', 'entity.name.type.mention'));
    assert.ok(hasScope(line, '@anna@mastodon.social', 'entity.name.type.mention'));
    assert.ok(hasScope(line, '@bob.bsky.social', 'entity.name.type.mention'));
    const last = line[line.length - 1];
    assert.ok(last.text.endsWith('.') && !last.scopes.some((scope) => scope.startsWith('entity.name.type.mention')), 'the full stop ends the sentence');
    assert.ok(!hasScope(line, '@firma.de', 'entity.name.type.mention'));
  });

  it('marks URLs without the sentence punctuation or brackets around them', () => {
    const [line] = tokenize('Details: https://example.com/sommer?x=1. Oder (www.example.de/tarif)!');
    assert.ok(hasScope(line, 'https://example.com/sommer?x=1', 'markup.underline.link'));
    assert.ok(!hasScope(line, '1.', 'markup.underline.link'));
    assert.ok(hasScope(line, 'www.example.de/tarif', 'markup.underline.link'));
    assert.ok(!hasScope(line, 'tarif)', 'markup.underline.link'));
  });

  it('marks a sign-off line (^initials or a dash and a first name), not ^ inside a sentence', () => {
    const lines = tokenize('Danke dir!\n^SeSe\n– Anna\nDas ist ^SeSe im Satz');
    assert.ok(hasScope(lines[1], '^SeSe', 'keyword.other.signoff'));
    assert.ok(hasScope(lines[2], '– Anna', 'keyword.other.signoff'));
    assert.ok(!hasScope(lines[3], '^SeSe', 'keyword.other.signoff'));
  });

  it('marks notes as comments, with postlint directives and rule ids inside', () => {
    const lines = tokenize('<!-- Freigabe: Marketing -->\n<!-- postlint-disable-next-line tone, markdown -->\nText <!-- mehrzeilige\nNotiz --> weiter');
    assert.ok(hasScope(lines[0], 'Freigabe: Marketing', 'comment.block'));
    assert.ok(hasScope(lines[1], 'postlint-disable-next-line', 'keyword.control.directive'));
    assert.ok(hasScope(lines[1], 'tone, markdown', 'variable.parameter.rule-id'));
    assert.ok(hasScope(lines[2], 'mehrzeilige', 'comment.block'));
    assert.ok(hasScope(lines[3], 'Notiz', 'comment.block'));
    assert.ok(!hasScope(lines[3], 'weiter', 'comment.block'));
  });

  it('marks cashtags, not amounts of money', () => {
    const [line] = tokenize('Die $AAPL Aktie kostet $5 mehr');
    assert.ok(hasScope(line, '$AAPL', 'variable.other.constant.cashtag'));
    assert.ok(!hasScope(line, '$5', 'variable.other.constant.cashtag'));
  });
});
