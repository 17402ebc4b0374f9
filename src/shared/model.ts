/**
 * The one model every view reads, whatever the feed looked like on the wire.
 * `feed/normalize.ts` produces it; nothing downstream ever sees raw JSON Feed.
 * All URLs here are absolute (resolved against item url, home_page_url, then the feed URL).
 * Everything is plain data (structured-clonable) so it can be stored in IndexedDB and posted to workers.
 */

export interface FeedMeta {
  title: string;
  /** The JSON Feed version string as given (normalised to https). */
  version: string;
  homePageUrl?: string;
  feedUrl?: string;
  description?: string;
  icon?: string;
  favicon?: string;
  /** BCP 47 tag, e.g. "en-GB"; undefined when the feed did not say. */
  language?: string;
  /** Absolute URL of the next page, if the feed is paginated. */
  nextUrl?: string;
  expired: boolean;
}

export interface AuthorLink {
  title: string;
  url: string;
}

export interface Author {
  /** Unique within the feed; used in /authors/:slug. */
  slug: string;
  /** `_broadsheet.authors[].id` when the author came from the extension. */
  profileId?: string;
  name: string;
  url?: string;
  avatar?: string;
  role?: string;
  /** UNSANITIZED HTML from the extension; sanitize before rendering. */
  bioHtml?: string;
  links: AuthorLink[];
}

/** One size of an image: a `srcset` candidate with its `w` descriptor. */
export interface ImageSource {
  src: string;
  /** Pixels, a positive integer. */
  width: number;
}

export interface ArticleImage {
  src: string;
  /** Empty string means decorative / unknown; never undefined. */
  alt: string;
  caption?: string;
  credit?: string;
  width?: number;
  height?: number;
  /**
   * Every size of this image the feed offers (`_broadsheet.image_srcset`), narrowest first, with `src`
   * itself among them when its width is known; absent when the feed offers no other size.
   */
  srcset?: ImageSource[];
}

export interface Attachment {
  url: string;
  mimeType: string;
  title?: string;
  sizeInBytes?: number;
  durationInSeconds?: number;
}

export interface Article {
  /** JSON Feed item id, always a string. */
  id: string;
  /** Unique within the feed, stable across refreshes; used in /articles/:slug. */
  slug: string;
  /** Other slugs this article was known by (old links keep working). */
  aliases: string[];
  url?: string;
  externalUrl?: string;
  /** Always non-empty and renderable as text. */
  title: string;
  /** True when the feed had no title and it was derived from summary or text. */
  titleDerived: boolean;
  summary?: string;
  /** UNSANITIZED HTML; sanitize before rendering. Relative URLs not yet resolved. */
  contentHtml?: string;
  contentText?: string;
  /** Plain text of the body (from HTML or text), whitespace collapsed: for search, reading time, related. */
  plainText: string;
  image?: ArticleImage;
  bannerImage?: string;
  /** ISO 8601 strings, only when the source date was valid. */
  datePublished?: string;
  dateModified?: string;
  /** Slugs into FeedModel.authors, in byline order. */
  authorSlugs: string[];
  /** Tag slugs into FeedModel.tags, in feed order, de-duplicated. */
  tagSlugs: string[];
  /** BCP 47; the item's language, else the feed's. */
  language?: string;
  dir: 'ltr' | 'rtl';
  attachments: Attachment[];
  section?: string;
  /** Item ids the publisher chose as related (`_broadsheet.related`), in their order. */
  relatedIds: string[];
  wordCount: number;
  /** Whole minutes, at least 1. */
  readingMinutes: number;
  /** Base URL for resolving relative URLs inside contentHtml. */
  baseUrl: string;
}

export interface Tag {
  /** URL-safe, lowercase; used in /tags/:tag. */
  slug: string;
  /** Display name as the feed first wrote it. */
  name: string;
  count: number;
}

/**
 * Why an item could not be taken as written. The `id-from-*` ones were repaired and the item is
 * shown; the others were skipped.
 */
export type ItemNoteCode =
  | 'not-object'
  | 'duplicate-id'
  | 'nothing-to-show'
  | 'id-from-url'
  | 'id-from-external-url'
  | 'id-from-content';

/**
 * An item the feed layer could not take as written: skipped (not shown), or, with `kept`, shown
 * after a repair (an id made up from its link or content). The home page's note groups them by `code`.
 */
export interface SkippedItem {
  /** Position in the items array of the page it came from. */
  index: number;
  /** One sentence about this item, e.g. "item 3 has no id; its link was used instead". */
  reason: string;
  /** Absent in copies stored by versions that did not record it. */
  code?: ItemNoteCode;
  /** True when the item was repaired and is shown. */
  kept?: true;
}

export interface FeedModel {
  meta: FeedMeta;
  /** Newest first; undated articles last (in feed order among themselves). */
  articles: Article[];
  authors: Author[];
  tags: Tag[];
  /** Items skipped, and items kept after a repair (`kept`), in feed order per page. */
  skipped: SkippedItem[];
}

export interface RelatedPost {
  article: Article;
  score: number;
  /** Human-readable reasons, e.g. "Chosen by the editors", "Also tagged Sanctions", "Also by Ana Ruiz". */
  reasons: string[];
}
