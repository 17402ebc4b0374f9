/** Shapes shared by the sample-feed content modules and scripts/build-sample-feed.ts. */

export interface SampleImage {
  /** File name (without extension) under public/images/. */
  name: string;
  alt: string;
  caption: string;
  credit: string;
}

export interface SampleAttachment {
  url: string;
  mime_type: string;
  title: string;
}

export interface SampleArticle {
  /** JSON Feed item id. */
  id: string;
  /** Last path segment of the item url; the reader derives its slug from it. */
  slug: string;
  /** 1 = public/feed.json, 2 = public/feed-2.json. */
  page: 1 | 2;
  title: string;
  summary: string;
  /** RFC 3339 with an explicit offset. */
  published: string;
  modified?: string;
  authorIds: string[];
  section: string;
  tags: string[];
  image?: SampleImage;
  /**
   * Body in a tiny block markup (blank-line separated blocks):
   * `## h2`, `> quote`, `- item`, `1. item`, `[[figure name | alt | caption | credit]]`,
   * a block starting with `<` is raw HTML; anything else is a paragraph.
   * Inline: `*em*`, `**strong**`, `[text](url)`.
   */
  body?: string;
  /** Plain-text body: the item gets content_text and no content_html. */
  text?: string;
  language?: string;
  /** Slugs of publisher-chosen related articles (turned into item ids). */
  related?: string[];
  attachments?: SampleAttachment[];
}
