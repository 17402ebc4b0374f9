import type { LoaderFunctionArgs } from 'react-router';
import { relatedPosts } from '../../feed/related';
import { findInFeed } from '../../session/find-in-feed';
import { sessionOf } from '../../session/loader-context';
import { notFound } from '../../session/not-found';
import { bodylessArticle, cardOf } from '../../session/view-data';

/** Every related post of one article, ranked, each with its reasons. */
export async function loader({ params, context }: LoaderFunctionArgs) {
  const slug = params.slug ?? '';
  const { index, found: article } = await findInFeed(sessionOf(context), (ix) => ix.articleBySlug.get(slug));
  if (!article) notFound('article');
  const related = relatedPosts(article, index.model.articles, { limit: 50, tagsBySlug: index.tagBySlug, authorsBySlug: index.authorBySlug });
  return { siteTitle: index.model.meta.title, article: bodylessArticle(article), related: related.map((r) => cardOf(index, r.article, r.reasons)) };
}

/** What the view gets (useViewData). */
export type ViewData = Awaited<ReturnType<typeof loader>>;
