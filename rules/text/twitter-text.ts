// The parts of twitter-text the engine uses: its extraction of URLs, mentions and cashtags, its
// removal of overlapping entities, and its expressions (hashtags and top-level domains are read with
// them). twitter-text's index module loads every other part as well — autolinking, HTML escaping,
// tweet validation — which the CLI's threads and the server would parse and run at start-up for
// nothing: loading only these modules makes the bundles 85 KB smaller and each thread's start about
// 5 ms shorter. The unit tests compare the engine with the whole package (`import … from 'twitter-text'`).
//
// The modules have no type declarations of their own; their types are the index's, and
// @types/twitter-text leaves out `configs` and the three that `Extractors` declares.

import type twitter from 'twitter-text';

export type Entity = twitter.EntityWithIndices;

interface Extractors {
  extractMentionsOrListsWithIndices(text: string): Entity[];
  extractCashtagsWithIndices(text: string): Entity[];
  removeOverlappingEntities(entities: Entity[]): void;
}

// Each module's `module.exports` is its default export (twitter-text's build sets it so).
export const extractUrlsWithIndices = require('twitter-text/dist/extractUrlsWithIndices') as typeof twitter.extractUrlsWithIndices;
export const extractMentionsOrListsWithIndices = require('twitter-text/dist/extractMentionsOrListsWithIndices') as Extractors['extractMentionsOrListsWithIndices'];
export const extractCashtagsWithIndices = require('twitter-text/dist/extractCashtagsWithIndices') as Extractors['extractCashtagsWithIndices'];
export const removeOverlappingEntities = require('twitter-text/dist/removeOverlappingEntities') as Extractors['removeOverlappingEntities'];
/** twitter-text's counting configurations (`twitter.configs`). */
export const configs = require('twitter-text/dist/configs') as Record<'version1' | 'version2' | 'version3', unknown>;
/** twitter-text's expressions (`twitter.regexen`). */
export const regexen = require('twitter-text/dist/regexp') as typeof twitter.regexen & { endHashtagMatch: RegExp };
