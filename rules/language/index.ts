// The language helpers of the guideline rules (tone, competitor, sign-off, customer-data,
// address-form), German and English. Rules import them from here; the modules import each other
// directly.
//
//   span.ts              offsets of a stretch of text, look-ups in sorted spans
//   mask.ts              blanking quotations, links, mentions, hashtags (offsets stay valid)
//   words.ts             words with offsets: compounds whole (`tokenize`) or split at hyphens (`words`)
//   sentences.ts         sentence splitting, and where a sentence starts
//   clauses.ts           clause splitting
//   negation.ts          negators before a word, negation cues in a clause
//   word-list-syntax.ts  how word-list and term-list entries are written
//   matcher.ts           the word-list matcher: one escaped, cached expression per list
//   term-list.ts         customer-data term lists on the same matcher pieces
//   german.ts            "is this German?" by function words
//   data-terms.ts        names of customer data; data-request.ts: does a post ask for them?
//   address.ts           du or Sie: how a German text addresses its reader
//   shouting.ts          tone's quick test: may a text hold a shouted word?

export { addressFormOf, dominantForm, findAddressMarks, type AddressFormId, type AddressMark, type AddressOptions } from './address';
export { clauses, splitClauses, type Clause } from './clauses';
export { findDataRequests, type DataRequest } from './data-request';
export { findDataTerms, mentionsDataTerm, type DataTerm } from './data-terms';
export { looksGerman } from './german';
export { blankOut, maskQuotationsAndTokens, maskRanges, quotedRanges } from './mask';
export { CompiledLists, compileWordList, type WordMatch, type WordMatcher } from './matcher';
export { findNegations, hasNegation, isNegationWord, isNegator, negatorBefore, negatorSet, type NegatorSet } from './negation';
export { mayHoldShouting } from './shouting';
export { sentences, splitSentences, startsSentence, type Sentence } from './sentences';
export { firstFrom, insideAnyOf, spanAt, trimSpan, within, type Span } from './span';
export { isAllCaps, isCapitalized, isLowerCase, PhraseList, tokenize, words, type Word } from './words';
