import type { LoaderFunctionArgs } from 'react-router';
import { findInWholeFeed } from '../../session/find-in-feed';
import { sessionOf } from '../../session/loader-context';
import { notFound } from '../../session/not-found';
import { cardOf } from '../../session/view-data';

/** The tag by slug and every article carrying it, on every page of the feed. */
export async function loader({ params, context }: LoaderFunctionArgs) {
  const slug = params.tag ?? '';
  const { index, found: tag } = await findInWholeFeed(sessionOf(context), (ix) => ix.tagBySlug.get(slug));
  if (!tag) notFound('tag');
  return { siteTitle: index.model.meta.title, tag, articles: (index.articlesByTag.get(slug) ?? []).map((a) => cardOf(index, a)) };
}

/** What the view gets (useViewData). */
export type ViewData = Awaited<ReturnType<typeof loader>>;
