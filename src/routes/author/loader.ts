import type { LoaderFunctionArgs } from 'react-router';
import { findInWholeFeed } from '../../session/find-in-feed';
import { sessionOf } from '../../session/loader-context';
import { notFound } from '../../session/not-found';
import { cardAuthor, cardOf } from '../../session/view-data';

/** The author by slug, their sanitized bio and every article by them on every page of the feed (newest first). */
export async function loader({ params, context }: LoaderFunctionArgs) {
  const slug = params.slug ?? '';
  const { index, found: author } = await findInWholeFeed(sessionOf(context), (ix) => ix.authorBySlug.get(slug));
  if (!author) notFound('author');
  let bioHtml: string | undefined;
  if (author.bioHtml) {
    const { sanitizeBio } = await import('../../html/sanitize');
    bioHtml = sanitizeBio(author.bioHtml, index.model.meta);
  }
  const articles = (index.articlesByAuthor.get(slug) ?? []).map((a) => cardOf(index, a));
  return { siteTitle: index.model.meta.title, author: cardAuthor(author), bioHtml, articles };
}

/** What the view gets (useViewData). */
export type ViewData = Awaited<ReturnType<typeof loader>>;
