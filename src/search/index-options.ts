import type { Options, SearchOptions } from 'minisearch';

/** One searchable document: what the worker indexes for each article. */
export interface SearchDoc {
  id: string;
  slug: string;
  title: string;
  summary: string;
  body: string;
  tags: string;
  authors: string;
}

/** Fields that are indexed, and the ones kept in the index to show a result without the feed. */
const SEARCH_FIELDS = ['title', 'summary', 'body', 'tags', 'authors'] as const;
const STORE_FIELDS = ['slug', 'title'] as const;

/**
 * Query-time options: title matches count most, then tags and authors, then summary, then body. Only the
 * last word is a prefix (the one being typed) and only words of 5 letters or more are matched fuzzily (one
 * typo): expanding every short word over a 10,000-article vocabulary is what makes a query slow.
 */
export const SEARCH_OPTIONS: SearchOptions = {
  boost: { title: 3, tags: 2, authors: 2, summary: 1.5, body: 1 },
  prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 3,
  fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
  maxFuzzy: 2,
  combineWith: 'AND',
};

/** The MiniSearch options shared by the worker, the client and the tests (loadJSON needs the same ones). */
export const INDEX_OPTIONS: Options<SearchDoc> = {
  idField: 'id',
  fields: [...SEARCH_FIELDS],
  storeFields: [...STORE_FIELDS],
  searchOptions: SEARCH_OPTIONS,
};
