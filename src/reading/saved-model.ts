import type { FeedMeta, FeedModel, Tag } from '../shared/model';
import type { SavedArticle } from '../storage/db';

/** A FeedModel made of saved articles only: what views read when the feed no longer has them (or is out of reach). */
export function savedAsFeed(entries: SavedArticle[], meta?: FeedMeta): FeedModel {
  const authors = new Map<string, SavedArticle['authors'][number]>();
  const tags = new Map<string, Tag>();
  // Tags known only by their slug so far (saved by a version that kept no tag names): a later entry
  // that names the tag gives it its name.
  const unnamed = new Set<string>();
  for (const e of entries) {
    for (const a of e.authors) if (!authors.has(a.slug)) authors.set(a.slug, a);
    for (const slug of e.article.tagSlugs) {
      const t = e.tags?.find((x) => x.slug === slug);
      const prev = tags.get(slug);
      const name = prev && !unnamed.has(slug) ? prev.name : (t?.name ?? prev?.name ?? slug);
      if (t?.name) unnamed.delete(slug);
      else if (!prev) unnamed.add(slug);
      tags.set(slug, { slug, name, count: (prev?.count ?? 0) + 1 });
    }
  }
  return {
    meta: meta ?? { title: 'Broadsheet', version: 'https://jsonfeed.org/version/1.1', expired: false },
    articles: entries.map((e) => e.article),
    authors: [...authors.values()],
    tags: [...tags.values()],
    skipped: [],
  };
}
