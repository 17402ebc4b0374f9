import type { Article, Author, FeedModel, Tag } from '../shared/model';
import { fnv1a } from '../shared/hash';
import { authorsOf, tagsOf, type FeedIndex } from './feed-index';

/**
 * What loaders hand their views: plain data sized to the view, never the whole feed. A prerendered
 * page carries exactly this (scripts/prerender.ts writes the loaders' data into the page), and the
 * client hydrates from it, so a feed that moved on since the build never makes the page differ from
 * what React renders. Bodies are left out of cards: a card shows none, and they are most of a feed's
 * bytes. Actions that need the whole article (saving it) ask the session (feed-session `fullArticle`).
 */

/** An article without its body (the feed HTML and text): what an article page carries besides its sanitized body. */
export function bodylessArticle(a: Article): Article {
  const { contentHtml: _html, contentText: _text, ...rest } = a;
  return { ...rest, plainText: '' };
}

/**
 * An article as a card in a list shows it: no body, and none of what only its own page uses (the
 * image's words, aliases, the base URL for its HTML, related ids, attachments).
 */
export function cardArticle(a: Article): Article {
  const { url: _url, externalUrl: _external, ...rest } = bodylessArticle(a);
  const image = a.image ? { src: a.image.src, alt: '', ...(a.image.width ? { width: a.image.width } : {}), ...(a.image.height ? { height: a.image.height } : {}), ...(a.image.srcset ? { srcset: a.image.srcset } : {}) } : undefined;
  return { ...rest, aliases: [], baseUrl: '', relatedIds: [], attachments: [], ...(image ? { image } : {}) };
}

/** True when the article carries no body (trimmed for a list or for the page data). */
export function isCardArticle(a: Article): boolean {
  return a.contentHtml === undefined && a.contentText === undefined && a.plainText === '';
}

/** An author as a byline or card shows them: the bio (feed HTML) is left out. */
export function cardAuthor(a: Author): Author {
  const { bioHtml: _bio, ...rest } = a;
  return rest;
}

/** One card in a list: the article, its authors and tags, and (related posts) why it is there. */
export interface Card {
  article: Article;
  authors: Author[];
  tags: Tag[];
  reasons?: string[];
}

/** The card of one article of the index. */
export function cardOf(index: FeedIndex, article: Article, reasons?: string[]): Card {
  return { article: cardArticle(article), authors: authorsOf(index, article).map(cardAuthor), tags: tagsOf(index, article), ...(reasons ? { reasons } : {}) };
}

/** How many articles home renders before "Load more": what a prerendered home carries. */
const HOME_FIRST = 25;

/**
 * The feed as home shows it: its first `limit` articles trimmed to cards, with the authors and tags they
 * name. `truncated` says the session has more articles than these (shown on "Load more").
 */
export function homeModel(model: FeedModel, limit = HOME_FIRST): { model: FeedModel; truncated: boolean } {
  const articles = model.articles.slice(0, limit).map(cardArticle);
  const authorSlugs = new Set(articles.flatMap((a) => a.authorSlugs));
  const tagSlugs = new Set(articles.flatMap((a) => a.tagSlugs));
  return {
    model: {
      meta: model.meta,
      articles,
      authors: model.authors.filter((a) => authorSlugs.has(a.slug)).map(cardAuthor),
      tags: model.tags.filter((t) => tagSlugs.has(t.slug)),
      skipped: model.skipped,
    },
    truncated: model.articles.length > limit,
  };
}

/** A short hash of a string (FNV-1a, 32 bits, with the length): enough to tell two versions of a text apart. */
export function shortHash(source: string): string {
  return `${source.length.toString(36)}-${fnv1a(source).toString(36)}`;
}

/** Which version of an article this is: changes when its title, date of change or body does. */
export function articleVersion(a: Article): string {
  return shortHash([a.title, a.summary ?? '', a.dateModified ?? '', a.contentHtml ?? '', a.contentText ?? ''].join('\u0000'));
}
