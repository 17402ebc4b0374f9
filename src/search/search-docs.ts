import { fnv1a } from '../shared/hash';
import type { Article, Author, Tag } from '../shared/model';
import type { SearchDoc } from './index-options';

/* What the page needs to talk to the index, without MiniSearch itself (it stays in the worker's chunk). */

/** A result as the worker returns it: the article id, its score and the query terms that matched. */
export interface SearchHit {
  id: string;
  slug: string;
  title: string;
  score: number;
  /** Indexed terms that matched (after prefix/fuzzy expansion), for highlighting. */
  terms: string[];
  /** The query's own terms (as typed, normalised). */
  queryTerms: string[];
}

/** The searchable text of one article: tag and author names rather than slugs. */
export function toSearchDoc(article: Article, tagsBySlug: Map<string, Tag>, authorsBySlug: Map<string, Author>): SearchDoc {
  return {
    id: article.id,
    slug: article.slug,
    title: article.title,
    summary: article.summary ?? '',
    body: article.plainText,
    tags: article.tagSlugs.map((s) => tagsBySlug.get(s)?.name ?? s).join(' '),
    authors: article.authorSlugs.map((s) => authorsBySlug.get(s)?.name ?? '').join(' '),
  };
}

/** The signature of a set of articles: their count and a hash of their ids (newest first), so a changed feed rebuilds the index (v2: common body words left out). */
export function indexSignature(articles: readonly Pick<Article, 'id'>[]): string {
  const ids = articles.map((a) => `${a.id},`).join('');
  return `v2:${articles.length}:${fnv1a(ids).toString(36)}`;
}
