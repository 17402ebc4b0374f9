import MiniSearch from 'minisearch';
import { INDEX_OPTIONS, SEARCH_OPTIONS, type SearchDoc } from './index-options';
import type { SearchHit } from './search-docs';

export { indexSignature, toSearchDoc, type SearchHit } from './search-docs';

/** Builds a MiniSearch index over the given documents. */
export function buildIndex(docs: readonly SearchDoc[]): MiniSearch<SearchDoc> {
  const ms = new MiniSearch<SearchDoc>(INDEX_OPTIONS);
  ms.addAll(docs);
  return ms;
}

/** Restores an index serialised with `JSON.stringify(index)`. */
export function loadIndex(json: string): MiniSearch<SearchDoc> {
  return MiniSearch.loadJSON<SearchDoc>(json, INDEX_OPTIONS);
}

/** Runs a query, best match first. An empty query finds nothing. */
export function runSearch(ms: MiniSearch<SearchDoc>, query: string, limit = 100): SearchHit[] {
  const q = query.trim();
  if (!q) return [];
  return ms
    .search(q, SEARCH_OPTIONS)
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
