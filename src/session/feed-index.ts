import type { Article, Author, FeedModel, Tag } from '../shared/model';

/** Lookup tables over one FeedModel, built once per model and shared by every loader. */
export interface FeedIndex {
  model: FeedModel;
  articleBySlug: Map<string, Article>;
  articleById: Map<string, Article>;
  authorBySlug: Map<string, Author>;
  tagBySlug: Map<string, Tag>;
  articlesByAuthor: Map<string, Article[]>;
  articlesByTag: Map<string, Article[]>;
}

const cache = new WeakMap<FeedModel, FeedIndex>();

/** Returns the (memoised) index of a model; models are immutable, so the index never goes stale. */
export function indexFeed(model: FeedModel): FeedIndex {
  const hit = cache.get(model);
  if (hit) return hit;
  const articleBySlug = new Map<string, Article>();
  const articleById = new Map<string, Article>();
  const articlesByAuthor = new Map<string, Article[]>();
  const articlesByTag = new Map<string, Article[]>();
  for (const a of model.articles) {
    articleById.set(a.id, a);
    articleBySlug.set(a.slug, a);
    for (const slug of a.authorSlugs) push(articlesByAuthor, slug, a);
    for (const slug of a.tagSlugs) push(articlesByTag, slug, a);
  }
  // Aliases never shadow a real slug: an old link only resolves when nothing else owns it now.
  for (const a of model.articles) {
    for (const alias of a.aliases) if (!articleBySlug.has(alias)) articleBySlug.set(alias, a);
  }
  const index: FeedIndex = {
    model,
    articleBySlug,
    articleById,
    authorBySlug: new Map(model.authors.map((au) => [au.slug, au])),
    tagBySlug: new Map(model.tags.map((t) => [t.slug, t])),
    articlesByAuthor,
    articlesByTag,
  };
  cache.set(model, index);
  return index;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The authors of an article, in byline order, skipping any slug the model does not know. */
export function authorsOf(index: FeedIndex, article: Article): Author[] {
  return article.authorSlugs.flatMap((s) => {
    const au = index.authorBySlug.get(s);
    return au ? [au] : [];
  });
}

/** The tags of an article, in its order, skipping any slug the model does not know. */
export function tagsOf(index: FeedIndex, article: Article): Tag[] {
  return article.tagSlugs.flatMap((s) => index.tagBySlug.get(s) ?? []);
}
