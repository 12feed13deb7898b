// A cheap "is this German?" for rules that only make sense in German (du/Sie), used when a post is
// marked or detected as English: a German sentence inside it still counts. Function words are
// reliable on the short texts of social posts, where statistical detectors often guess.

const GERMAN = /(?<![\p{L}])(?:und|der|die|das|nicht|ist|sind|wir|ich|du|dich|dir|dein\p{L}*|euch|eure?|ihr|Sie|Ihnen|bitte|danke|hallo|mit|für|auf|schon|gerne?|heute|uns|auch|noch|oder|aber|wenn|kannst|können|habt|hast|haben)(?![\p{L}])|[äöüß]/giu;
const ENGLISH = /(?<![\p{L}])(?:and|the|not|is|are|we|you|your|please|thanks?|hello|with|for|our|today|will|this|can|have|what|it)(?![\p{L}])/giu;

/** True when `text` has clearly more German than English function words (and at least two). */
export function looksGerman(text: string): boolean {
  const german = text.match(GERMAN)?.length ?? 0;
  const english = text.match(ENGLISH)?.length ?? 0;
  return german >= 2 && german > english;
}
