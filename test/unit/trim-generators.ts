// Generated posts for the trim and thread property tests: words (German and English, with
// punctuation), emoji (also ZWJ sequences, flags, keycaps, skin tones), URLs, hashtags, mentions,
// cashtags and CJK, separated by spaces, line breaks and blank lines.

import fc from 'fast-check';

const WORDS = [
  'Hallo', 'danke', 'für', 'deine', 'Nachricht', 'wir', 'schauen', 'uns', 'das', 'gleich', 'an', 'Grüße', 'Straße',
  'Kundenservice', 'Sommeraktion', 'heute', 'morgen', 'the', 'new', 'collection', 'is', 'here', 'thanks', 'for',
  'waiting', 'Öffnungszeiten', 'über', 'z.B.', 'ca.', '3.', 'Oktober', 'e-mail', 'Anna', 'ich', 'you', 'so',
  'Donaudampfschifffahrtsgesellschaft', "it's", 'geht’s', '5\u00a0€', '9,99', '100%', '(neu)', '„Zitat“', '»Tipp«',
];
const HASHTAGS = ['#Sommer', '#Sale2025', '#Kundenservice', '#日本', '#München', '#a_b'];
const MENTIONS = ['@telekom_hilft', '@anna', '@Support_DE'];
const URLS = ['https://example.com', 'https://www.beispiel.de/sommer-aktion/2025?utm=x', 'example.org/a', 'http://t.co/abc123'];
const CASHTAGS = ['$TSLA', '$SAP'];
const CJK = ['今日は', '天気', '東京タワー', '한국어', 'ありがとう'];
const KNOWN_EMOJI = ['😀', '👍🏽', '👩‍👩‍👧‍👦', '🇩🇪', '1️⃣', '❤️', '🎉', '☀️'];
const NEW_EMOJI = ['🧑‍🔧', '🫶🏼', '🐦‍🔥', '🙂‍↕️'];
const PUNCTUATION = ['', '', '', '', ',', '.', '!', '?', ':', '…', '...', ' –'];
const SEPARATORS = [' ', ' ', ' ', ' ', ' ', ' ', '\n', '\n\n'];

export function postText(options: { newEmoji?: boolean } = {}): fc.Arbitrary<string> {
  const emoji = options.newEmoji === false ? KNOWN_EMOJI : [...KNOWN_EMOJI, ...NEW_EMOJI];
  const token = fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom(...WORDS) },
    { weight: 2, arbitrary: fc.constantFrom(...HASHTAGS) },
    { weight: 1, arbitrary: fc.constantFrom(...MENTIONS) },
    { weight: 2, arbitrary: fc.constantFrom(...URLS) },
    { weight: 1, arbitrary: fc.constantFrom(...CASHTAGS) },
    { weight: 2, arbitrary: fc.constantFrom(...CJK) },
    { weight: 3, arbitrary: fc.constantFrom(...emoji) },
  );
  const item = fc.tuple(token, fc.constantFrom(...PUNCTUATION), fc.constantFrom(...SEPARATORS));
  return fc
    .array(item, { minLength: 10, maxLength: 120, size: 'max' })
    .map((items) => items.map(([word, punctuation, separator]) => word + punctuation + separator).join('').trim());
}
