import MiniSearch from 'minisearch';
import { INDEX_OPTIONS, SEARCH_OPTIONS, type SearchDoc } from './index-options';
import type { SearchHit } from './search-docs';

export { indexSignature, toSearchDoc, type SearchHit } from './search-docs';

/**
 * A word in the bodies of more than this many articles, and of this share of them, is not indexed in
 * the body (it still is in titles, summaries, tags and author names). Such a word says nothing about
 * an article, and scoring thousands of body matches is what made a query on a 10,000-article feed slow:
 * a query's cost grows with the documents each of its words is in. Feeds of under COMMON_MIN_DOCS
 * articles keep every word.
 */
export const COMMON_MIN_DOCS = 500;
const COMMON_SHARE = 0.05;

const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];
const processTerm = MiniSearch.getDefault('processTerm') as (term: string) => string | null | undefined | false;

/** The body words frequent enough to leave out of the body index (see COMMON_MIN_DOCS). */
export function commonBodyTerms(docs: readonly SearchDoc[]): Set<string> {
  const limit = Math.max(COMMON_MIN_DOCS, Math.ceil(docs.length * COMMON_SHARE));
  const common = new Set<string>();
  if (docs.length <= limit) return common;
  const df = new Map<string, number>();
  for (const doc of docs) {
    const seen = new Set<string>();
    for (const token of tokenize(doc.body)) {
      const term = processTerm(token);
      if (term && !seen.has(term)) {
        seen.add(term);
        df.set(term, (df.get(term) ?? 0) + 1);
      }
    }
  }
  for (const [term, n] of df) if (n > limit) common.add(term);
  return common;
}

/** The MiniSearch index and the body words left out of it (queries need them too: see runSearch). */
export interface FeedSearchIndex {
  ms: MiniSearch<SearchDoc>;
  common: ReadonlySet<string>;
}

/** Builds the search index over the given documents. */
export function buildIndex(docs: readonly SearchDoc[]): FeedSearchIndex {
  const common = commonBodyTerms(docs);
  const ms = new MiniSearch<SearchDoc>({
    ...INDEX_OPTIONS,
    // Only while indexing: a query's words are processed with no field name and are never dropped.
    processTerm: (token, field) => {
      const term = processTerm(token);
      return term && field === 'body' && common.has(term) ? null : term;
    },
  });
  ms.addAll(docs);
  return { ms, common };
}

/** The index as JSON text, for IndexedDB. */
export function serializeIndex(ix: FeedSearchIndex): string {
  return JSON.stringify({ ...ix.ms.toJSON(), broadsheetCommon: [...ix.common] });
}

/** Restores an index written by serializeIndex. */
export function loadIndex(json: string): FeedSearchIndex {
  const js = JSON.parse(json) as Parameters<typeof MiniSearch.loadJS>[0] & { broadsheetCommon?: unknown };
  const common = Array.isArray(js.broadsheetCommon) ? js.broadsheetCommon.filter((t): t is string => typeof t === 'string') : [];
  return { ms: MiniSearch.loadJS<SearchDoc>(js, INDEX_OPTIONS), common: new Set(common) };
}

/**
 * The words of a query worth searching: a word left out of the body index is dropped when the query
 * has others (all words must match, and "the" would otherwise demand it in a title or summary); a
 * query of common words only is kept whole, and finds them in titles, summaries, tags and names.
 */
export function queryTerms(ix: FeedSearchIndex, query: string): string[] {
  const words = tokenize(query).filter((w) => processTerm(w));
  if (!ix.common.size) return words;
  const rare = words.filter((w) => !ix.common.has(String(processTerm(w))));
  return rare.length ? rare : words;
}

/** Runs a query, best match first. An empty query finds nothing. */
export function runSearch(ix: FeedSearchIndex, query: string, limit = 100): SearchHit[] {
  const words = queryTerms(ix, query.trim());
  if (!words.length) return [];
  return ix.ms
    .search(words.join(' '), SEARCH_OPTIONS)
    .slice(0, limit)
    .map((r) => ({
      id: String(r.id),
      slug: String(r.slug ?? ''),
      title: String(r.title ?? ''),
      score: r.score,
      terms: r.terms,
      queryTerms: r.queryTerms,
    }));
}
