import { getFeed, hasMorePages, loadNextPage, loadWholeFeed } from './feed-store';
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

/** Looks something up after loading every page of the feed it can: for views that list all of something (an author's articles). */
export async function findInWholeFeed<T>(lookup: (index: FeedIndex) => T | undefined): Promise<{ index: FeedIndex; found: T | undefined }> {
  const index = indexFeed(await loadWholeFeed());
  return { index, found: lookup(index) };
}
