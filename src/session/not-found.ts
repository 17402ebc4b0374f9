import { data } from 'react-router';

/** What loaders throw when a slug, author or tag is not in the feed: the error boundary shows the not-found view. */
export function notFound(what: string): never {
  throw data({ what }, { status: 404, statusText: 'Not Found' });
}
