import { getFeed, hasMorePages, loadNextPage } from './feed-store';
import { indexFeed, type FeedIndex } from './feed-index';

/**
 * Looks something up in the feed, following `next_url` pages while it is not found, so a deep link
 * to an article (or author, or tag) that lives on page 3 still opens. feed-store's loop guard bounds the walk.
 */
export async function findInFeed<T>(lookup: (index: FeedIndex) => T | undefined): Promise<{ index: FeedIndex; found: T | undefined }> {
  let model = await getFeed();
  let index = indexFeed(model);
  let found = lookup(index);
  while (found === undefined && hasMorePages(model)) {
    model = await loadNextPage();
    index = indexFeed(model);
    found = lookup(index);
  }
  return { index, found };
}
