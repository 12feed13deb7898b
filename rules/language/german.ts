// A cheap "is this German?" for rules that only make sense in German (du/Sie), used when a post is
// marked or detected as English: a German sentence inside it still counts. Function words are
// reliable on the short texts of social posts, where statistical detectors often guess.

// The function words in a capture group, each followed by a non-letter; "no letter before" is
// checked per match in `count` rather than with a look-behind, which the engine would evaluate at
// every position of the text (twice as slow on the benchmark corpus).
const GERMAN = /((?:und|der|die|das|nicht|ist|sind|wir|ich|du|dich|dir|dein\p{L}*|euch|eure?|ihr|Sie|Ihnen|bitte|danke|hallo|mit|für|auf|schon|gerne?|heute|uns|auch|noch|oder|aber|wenn|kannst|können|habt|hast|haben)(?![\p{L}]))|[äöüß]/giu;
const ENGLISH = /((?:and|the|not|is|are|we|you|your|please|thanks?|hello|with|for|our|today|will|this|can|have|what|it)(?![\p{L}]))/giu;
const LETTER_AT_END = /\p{L}$/u;

/**
 * How many times `regex` matches in `text`, where a match of its first group must not follow a
 * letter — as `(?<![\p{L}])` before that group would have it: such a match is dropped and the
 * search goes on one character further.
 */
function count(regex: RegExp, text: string): number {
  let found = 0;
  regex.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = regex.exec(text)) !== null) {
    const at = match.index;
    if (match[1] !== undefined && at > 0 && LETTER_AT_END.test(text.slice(Math.max(0, at - 2), at))) {
      regex.lastIndex = at + (text.codePointAt(at)! > 0xffff ? 2 : 1);
      continue;
    }
    found++;
  }
  return found;
}

/** True when `text` has clearly more German than English function words (and at least two). */
export function looksGerman(text: string): boolean {
  const german = count(GERMAN, text);
  const english = count(ENGLISH, text);
  return german >= 2 && german > english;
}
