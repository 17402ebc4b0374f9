import type { LoaderFunctionArgs } from 'react-router';
import { authorsOf, indexFeed, type FeedIndex } from '../../app/feed-index';
import { peekFeed } from '../../app/feed-store';
import { findInFeed } from '../../app/find-in-feed';
import type { Article } from '../../feed/model';
import { savedAsFeed } from '../../offline/saved-model';
import { getSavedBySlug } from '../../storage/saved-store';
import { notFound } from '../../app/not-found';
import { relatedPosts } from '../../feed/related';

/** The article by slug (following feed pages if needed), its sanitized body, author bios and top related posts. */
export async function articleLoader({ params }: LoaderFunctionArgs) {
  const slug = params.slug ?? '';
  const { index, article } = await findArticle(slug);
  const { sanitizeHtml, sanitizeHtmlInSteps, textToHtml } = await import('../../ui/sanitize');
  const source = article.contentHtml ?? (article.contentText ? textToHtml(article.contentText) : '');
  const bodyHtml = await sanitizeHtmlInSteps(source, { baseUrl: article.baseUrl, numberParagraphs: true });
  const authors = authorsOf(index, article);
  const bios = Object.fromEntries(
    authors.flatMap((a) => (a.bioHtml ? [[a.slug, sanitizeHtml(a.bioHtml, { baseUrl: article.baseUrl })]] : [])),
  );
  const related = relatedPosts(article, index.model.articles, { limit: 4, tagsBySlug: index.tagBySlug, authorsBySlug: index.authorBySlug });
  return { index, article, authors, bodyHtml, bios, related };
}

/**
 * The article from the feed; when the feed no longer has it, or cannot be read (offline, no cached
 * copy), from the reading list, so a saved article always opens.
 */
async function findArticle(slug: string): Promise<{ index: FeedIndex; article: Article }> {
  let feedError: unknown = null;
  try {
    const { index, found } = await findInFeed((ix) => ix.articleBySlug.get(slug));
    if (found) return { index, article: found };
  } catch (e) {
    feedError = e;
  }
  const saved = await getSavedBySlug(slug).catch(() => undefined);
  if (saved) return { index: indexFeed(savedAsFeed([saved], peekFeed()?.meta)), article: saved.article };
  if (feedError) throw feedError;
  return notFound('article');
}
