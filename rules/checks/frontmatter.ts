// `frontmatter`: problems of the document's structure — malformed YAML, unknown keys, channels or
// values, an unclosed frontmatter fence or note. The body is linted all the same.

import type { Rule } from '../engine/rule';

export const frontmatter: Rule = {
  meta: {
    id: 'frontmatter',
    description: {
      en: 'Frontmatter must be valid YAML with known keys, channels and values.',
      de: 'Das Frontmatter muss gültiges YAML mit bekannten Schlüsseln, Kanälen und Werten sein.',
    },
    defaultSeverity: 'error',
    fixable: 'suggestion',
    messages: {
      yamlSyntax: { en: 'Malformed frontmatter: {detail}', de: 'Fehlerhaftes Frontmatter: {detail}' },
      notAMap: { en: 'Frontmatter must be a list of `key: value` lines.', de: 'Frontmatter muss aus Zeilen `Schlüssel: Wert` bestehen.' },
      duplicateKey: { en: 'Duplicate frontmatter key: {detail}', de: 'Doppelter Schlüssel im Frontmatter: {detail}' },
      unknownKey: { en: 'Unknown frontmatter key `{key}`.', de: 'Unbekannter Schlüssel `{key}` im Frontmatter.' },
      unknownKeySuggest: {
        en: 'Unknown frontmatter key `{key}` — did you mean `{suggestion}`?',
        de: 'Unbekannter Schlüssel `{key}` im Frontmatter – meintest du `{suggestion}`?',
      },
      unknownChannel: { en: 'Unknown channel `{channel}`.', de: 'Unbekannter Kanal `{channel}`.' },
      unknownChannelSuggest: {
        en: 'Unknown channel `{channel}` — did you mean `{suggestion}`?',
        de: 'Unbekannter Kanal `{channel}` – meintest du `{suggestion}`?',
      },
      badValue: { en: 'Bad value `{value}` for `{key}`; expected {expected}.', de: 'Ungültiger Wert `{value}` für `{key}`; erwartet: {expected}.' },
      badValueSuggest: {
        en: 'Bad value `{value}` for `{key}` — did you mean `{suggestion}`?',
        de: 'Ungültiger Wert `{value}` für `{key}` – meintest du `{suggestion}`?',
      },
      unclosed: {
        en: 'The frontmatter is never closed: add a line `---` after it.',
        de: 'Das Frontmatter wird nicht geschlossen: Füge danach eine Zeile `---` ein.',
      },
      unclosedNote: {
        en: 'This note is never closed with `-->`: the rest of the post is hidden.',
        de: 'Diese Notiz wird nie mit `-->` geschlossen: Der Rest des Posts ist versteckt.',
      },
      fixReplace: { en: 'Replace with `{suggestion}`', de: 'Durch `{suggestion}` ersetzen' },
    },
  },
  check(context) {
    for (const problem of context.post.problems) {
      const suggested = problem.replacement !== undefined;
      const messageId = suggested && problem.messageId in SUGGESTING ? SUGGESTING[problem.messageId]! : problem.messageId;
      context.report({
        messageId,
        data: problem.data,
        start: problem.start,
        end: problem.end,
        inDocument: true,
        suggestions: suggested
          ? [{ titleId: 'fixReplace', data: { suggestion: problem.replacement! }, edits: [{ start: problem.start, end: problem.end, newText: problem.replacement! }] }]
          : [],
      });
    }
  },
};

const SUGGESTING: Partial<Record<string, string>> = {
  unknownKey: 'unknownKeySuggest',
  unknownChannel: 'unknownChannelSuggest',
  badValue: 'badValueSuggest',
};
