// The 200 words of the baseline's combined regex (issue 5): the size of vocabulary a word-list
// linter checks on every post — insults and harsh words (German and English), customer-data terms,
// competitor names and their usual criticism, chat abbreviations. Kept here, not read from the
// engine's word lists, so that the baseline stays the same while the rules evolve.

export const BASELINE_WORDS = [
  "idiot", "idioten", "vollidiot", "depp", "deppen", "trottel", "dummkopf", "blödmann", "schwachkopf",
  "knalltüte", "honk", "hirni", "spinner", "versager", "blödsinn", "quatsch", "unsinn", "mist", "scheiße",
  "scheiß", "kacke", "verdammt", "verflucht", "arsch", "arschloch", "mistkerl", "penner", "nervensäge",
  "klappe", "maul", "dumm", "dämlich", "bescheuert", "peinlich", "lächerlich", "unfähig", "inkompetent",
  "nutzlos", "armselig", "erbärmlich", "jammern", "heulsuse", "meckern", "motzen", "gelaber", "geschwätz",
  "schwachsinn", "dreck", "müll", "schrott", "kundennummer", "kundennr", "vertragsnummer", "passwort",
  "kennwort", "pin", "iban", "bic", "kontonummer", "geburtsdatum", "adresse", "anschrift", "telefonnummer",
  "handynummer", "rufnummer", "mailadresse", "zugangsdaten", "kreditkarte", "kartennummer",
  "sozialversicherungsnummer", "ausweisnummer", "steuernummer", "bankverbindung", "postleitzahl", "wohnort",
  "geheimzahl", "tan", "idiots", "moron", "morons", "imbecile", "dumbass", "dimwit", "nitwit", "halfwit",
  "cretin", "jackass", "dickhead", "douchebag", "prick", "jerk", "loser", "stupid", "dumb", "pathetic",
  "useless", "incompetent", "ridiculous", "clueless", "lame", "crap", "shit", "damn", "bullshit", "garbage",
  "trash", "whining", "whiner", "shut", "nonsense", "rubbish", "hopeless", "worthless", "terrible", "awful",
  "horrible", "disgusting", "password", "passcode", "pin-code", "account", "customer-number", "contract",
  "birthday", "birthdate", "address", "postcode", "zipcode", "phone", "e-mail", "email", "ssn", "passport",
  "credentials", "login", "username", "card-number", "cvv", "sortcode", "telekom", "vodafone", "o2",
  "congstar", "freenet", "unitymedia", "1und1", "sipgate", "placetel", "easybell", "schlecht", "langsam",
  "teuer", "abzocke", "betrug", "katastrophe", "lahm", "miserabel", "unzuverlässig", "grottig", "bad",
  "slow", "expensive", "ripoff", "scam", "disaster", "unreliable", "worst", "joke", "grins", "lol", "rofl",
  "omg", "wtf", "asap", "fyi", "imho", "btw", "todo", "fixme", "hashtag", "link", "bio", "frech",
  "unverschämt", "zumutung", "ärgerlich", "skandal", "versagt", "kaputt", "stümper", "pfusch", "rude",
  "insane", "annoying", "crazy", "sucks", "fool", "idiotic", "nasty", "lousy",
];
