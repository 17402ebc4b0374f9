import * as v from 'valibot';
import type { Article, FeedModel, ItemNoteCode } from '../shared/model';
import type { ReadState, SavedArticle, StoredFeed } from './db';

/** The item note codes the feed layer writes (model.ts `ItemNoteCode`). */
const NOTE_CODES = ['not-object', 'duplicate-id', 'nothing-to-show', 'id-from-url', 'id-from-external-url', 'id-from-content'] as const satisfies readonly ItemNoteCode[];

/**
 * Shapes of the records read back from IndexedDB. What a store hands out has been checked against
 * these: a record written by a buggy version, an extension or a hand in DevTools is skipped (and
 * counted in corrupt-records.ts) instead of crashing a view. Mirrors src/shared/model.ts.
 */

const str = v.string();
const optStr = v.optional(v.string());
const optNum = v.optional(v.number());
const strings = v.array(v.string());

const AuthorSchema = v.object({
  slug: str,
  profileId: optStr,
  name: str,
  url: optStr,
  avatar: optStr,
  role: optStr,
  bioHtml: optStr,
  links: v.array(v.object({ title: str, url: str })),
});

const ArticleSchema = v.object({
  id: str,
  slug: str,
  aliases: strings,
  url: optStr,
  externalUrl: optStr,
  title: str,
  titleDerived: v.boolean(),
  summary: optStr,
  contentHtml: optStr,
  contentText: optStr,
  plainText: str,
  image: v.optional(
    v.object({
      src: str,
      alt: str,
      caption: optStr,
      credit: optStr,
      width: optNum,
      height: optNum,
      srcset: v.optional(v.array(v.object({ src: str, width: v.number() }))),
    }),
  ),
  bannerImage: optStr,
  datePublished: optStr,
  dateModified: optStr,
  authorSlugs: strings,
  tagSlugs: strings,
  language: optStr,
  dir: v.picklist(['ltr', 'rtl']),
  attachments: v.array(v.object({ url: str, mimeType: str, title: optStr, sizeInBytes: optNum, durationInSeconds: optNum })),
  section: optStr,
  relatedIds: strings,
  wordCount: v.number(),
  readingMinutes: v.number(),
  baseUrl: str,
});

const TagSchema = v.object({ slug: str, name: str, count: v.number() });

/** Everything of a stored feed but its articles, which are checked one by one (one bad article is not a bad feed). */
const StoredFeedShellSchema = v.object({
  model: v.object({
    meta: v.object({
      title: str,
      version: str,
      homePageUrl: optStr,
      feedUrl: optStr,
      description: optStr,
      icon: optStr,
      favicon: optStr,
      language: optStr,
      nextUrl: optStr,
      expired: v.boolean(),
    }),
    articles: v.array(v.unknown()),
    authors: v.array(AuthorSchema),
    tags: v.array(TagSchema),
    // `code` and `kept` (an item repaired and shown) came after v2's first records: optional, and a code
    // this version does not know never makes the record unreadable (the home note ignores it).
    skipped: v.array(v.object({ index: v.number(), reason: str, code: v.fallback(v.optional(v.picklist(NOTE_CODES)), undefined), kept: v.optional(v.literal(true)) })),
  }),
  fetchedAt: v.number(),
  feedUrl: str,
  etag: optStr,
  lastModified: optStr,
});

const SavedSchema = v.object({
  id: str,
  article: ArticleSchema,
  authors: v.array(AuthorSchema),
  tags: v.optional(v.array(TagSchema)),
  savedAt: v.number(),
  imageUrls: strings,
  imagesCached: v.boolean(),
  via: v.optional(v.picklist(['reader', 'download'])),
});

const ReadStateSchema = v.object({
  id: str,
  readAt: optNum,
  position: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
  updatedAt: v.number(),
});

/** True when `value` has the shape of a stored Article. */
function isArticle(value: unknown): value is Article {
  return v.is(ArticleSchema, value);
}

/** True when `value` is a reading-list entry whose article can be rendered. */
export function isSavedArticle(value: unknown): value is SavedArticle {
  return v.is(SavedSchema, value);
}

/** True when `value` is a read-state record (position a fraction 0..1). */
export function isReadState(value: unknown): value is ReadState {
  return v.is(ReadStateSchema, value);
}

/**
 * The stored feed with only its readable articles, and how many were dropped; null when the record
 * itself (meta, authors, tags, fetch time) is not a stored feed.
 */
export function checkStoredFeed(value: unknown): { feed: StoredFeed; skipped: number } | null {
  if (!v.is(StoredFeedShellSchema, value)) return null;
  const articles = value.model.articles.filter(isArticle);
  const skipped = value.model.articles.length - articles.length;
  const model: FeedModel = { ...value.model, articles };
  return { feed: { ...value, model }, skipped };
}
