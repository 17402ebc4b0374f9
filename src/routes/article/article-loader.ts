import type { LoaderFunctionArgs } from 'react-router';
import { authorsOf } from '../../app/feed-index';
import { findInFeed } from '../../app/find-in-feed';
import { notFound } from '../../app/not-found';
import { relatedPosts } from '../../feed/related';

/** The article by slug (following feed pages if needed), its sanitized body, author bios and top related posts. */
export async function articleLoader({ params }: LoaderFunctionArgs) {
  const slug = params.slug ?? '';
  const { index, found: article } = await findInFeed((ix) => ix.articleBySlug.get(slug));
  if (!article) notFound('article');
  const { sanitizeHtml, textToHtml } = await import('../../ui/sanitize');
  const source = article.contentHtml ?? (article.contentText ? textToHtml(article.contentText) : '');
  const bodyHtml = sanitizeHtml(source, { baseUrl: article.baseUrl, numberParagraphs: true });
  const authors = authorsOf(index, article);
  const bios = Object.fromEntries(
    authors.flatMap((a) => (a.bioHtml ? [[a.slug, sanitizeHtml(a.bioHtml, { baseUrl: article.baseUrl })]] : [])),
  );
  const related = relatedPosts(article, index.model.articles, { limit: 4, tagsBySlug: index.tagBySlug, authorsBySlug: index.authorBySlug });
  return { index, article, authors, bodyHtml, bios, related };
}
