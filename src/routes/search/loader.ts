import type { LoaderFunctionArgs } from 'react-router';
import { search } from '../../search/search-client';
import { indexFeed } from '../../session/feed-index';
import { sessionOf } from '../../session/loader-context';

/** Loads every page of the feed it can (search covers all of it; a page that fails offline is skipped), then searches. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const q = (new URL(request.url).searchParams.get('q') ?? '').trim();
  const session = sessionOf(context);
  const index = indexFeed(await session.loadWholeFeed());
  // The session's newest copy: a refresh may have landed while the pages were walked.
  const hits = q ? await search(session.peekFeed() ?? index.model, q) : [];
  const results = hits.flatMap((h) => {
    const article = index.articleById.get(h.id);
    return article ? [{ article, terms: [...new Set([...h.terms, ...h.queryTerms])] }] : [];
  });
  return { q, index, results };
}

/** What the view gets (useViewData). */
export type ViewData = Awaited<ReturnType<typeof loader>>;
