import type { LoaderFunctionArgs } from 'react-router';
import { authorsOf, indexFeed, tagsOf, type FeedIndex } from '../../session/feed-index';
import { findInFeed } from '../../session/find-in-feed';
import type { FeedSession } from '../../session/feed-session';
import { sessionOf } from '../../session/loader-context';
import { notFound } from '../../session/not-found';
import { articleVersion, bodylessArticle, cardAuthor, cardOf } from '../../session/view-data';
import type { Article } from '../../shared/model';
import { relatedPosts } from '../../feed/related';
import { savedAsFeed } from '../../reading/saved-model';
import { getSavedBySlug } from '../../storage/saved-store';

/**
 * The article by slug (following feed pages if needed) as its page shows it: the article without its
 * feed HTML, the sanitized body and author bios, its tags, and the top related posts as cards.
 */
export async function articleLoader({ params, context }: LoaderFunctionArgs) {
  const slug = params.slug ?? '';
  const { index, article } = await findArticle(sessionOf(context), slug);
  const authors = authorsOf(index, article);
  const { sanitizeBio, sanitizeHtml, textToHtml } = await import('../../html/sanitize');
  const source = article.contentHtml ?? (article.contentText ? textToHtml(article.contentText) : '');
  const body = sanitizeHtml(source, { baseUrl: article.baseUrl, numberParagraphs: true });
  const bios: Record<string, string> = {};
  for (const a of authors) if (a.bioHtml) bios[a.slug] = sanitizeBio(a.bioHtml, index.model.meta);
  const related = relatedPosts(article, index.model.articles, { limit: 4, tagsBySlug: index.tagBySlug, authorsBySlug: index.authorBySlug });
  return {
    siteTitle: index.model.meta.title,
    article: bodylessArticle(article),
    version: articleVersion(article),
    authors: authors.map(cardAuthor),
    tags: tagsOf(index, article),
    body,
    bios,
    related: related.map((r) => cardOf(index, r.article, r.reasons)),
  };
}

/** What the article page renders from. */
export type ArticleData = Awaited<ReturnType<typeof articleLoader>>;

/**
 * The article from the feed; when the feed no longer has it, or cannot be read (offline, no cached
 * copy), from the reading list, so a saved article always opens.
 */
async function findArticle(session: FeedSession, slug: string): Promise<{ index: FeedIndex; article: Article }> {
  let feedError: unknown = null;
  try {
    const { index, found } = await findInFeed(session, (ix) => ix.articleBySlug.get(slug));
    if (found) return { index, article: found };
  } catch (e) {
    feedError = e;
  }
  const saved = await getSavedBySlug(slug).catch(() => undefined);
  if (saved) return { index: indexFeed(savedAsFeed([saved], session.peekFeed()?.meta)), article: saved.article };
  if (feedError) throw feedError;
  return notFound('article');
}
