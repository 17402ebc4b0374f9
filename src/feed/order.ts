/**
 * The model's orders: articles newest first, tags most used first. Apart from normalize.ts because
 * merging pages (load.ts) needs them on the page, where the rest of normalizing is not loaded.
 */
import type { Article, Tag } from '../shared/model';

/** When the article was published (else last changed), in ms; undefined when it has no date. */
export function timeOf(article: Pick<Article, 'datePublished' | 'dateModified'>): number | undefined {
  const iso = article.datePublished ?? article.dateModified;
  return iso === undefined ? undefined : Date.parse(iso);
}

/** Newest first by datePublished (else dateModified); undated last, in their given order. Stable. */
export function sortArticles(articles: readonly Article[]): Article[] {
  return articles
    .map((article, i) => ({ article, i, t: timeOf(article) }))
    .sort((a, b) => {
      if (a.t !== undefined && b.t !== undefined) return b.t - a.t || a.i - b.i;
      if (a.t !== undefined) return -1;
      if (b.t !== undefined) return 1;
      return a.i - b.i;
    })
    .map((x) => x.article);
}

/** Counts articles per tag slug; order: most used first, then by name. `names` gives display names. */
export function countTags(articles: readonly Article[], names: ReadonlyMap<string, string>): Tag[] {
  const counts = new Map<string, number>();
  for (const a of articles) for (const slug of a.tagSlugs) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  return [...counts]
    .map(([slug, count]) => ({ slug, name: names.get(slug) ?? slug, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
