import type { FeedSession } from './feed-session';
import { indexFeed, type FeedIndex } from './feed-index';

/**
 * Looks something up in the feed, following `next_url` pages while it is not found, so a deep link
 * to an article (or author, or tag) that lives on page 3 still opens. The session's loop guard bounds the walk.
 * When the device's copy has no such thing, the network's copy is waited for before giving up: a link
 * to an article published since the copy was kept must open, not say "not found" (the device had
 * nothing to show for it, so this is the one case a view waits on the network).
 */
export async function findInFeed<T>(session: FeedSession, lookup: (index: FeedIndex) => T | undefined): Promise<{ index: FeedIndex; found: T | undefined }> {
  let model = await session.getFeed();
  let index = indexFeed(model);
  let found = lookup(index);
  let refreshed = false;
  for (;;) {
    while (found === undefined && session.hasMorePages(model)) {
      model = await session.loadNextPage();
      index = indexFeed(model);
      found = lookup(index);
    }
    if (found !== undefined || refreshed || !session.feedSource.get().fromCopy) return { index, found };
    refreshed = true;
    await session.refreshFeed();
    model = session.peekFeed() ?? model;
    index = indexFeed(model);
    found = lookup(index);
  }
}

/** Looks something up after loading every page of the feed it can: for views that list all of something (an author's articles). */
export async function findInWholeFeed<T>(session: FeedSession, lookup: (index: FeedIndex) => T | undefined): Promise<{ index: FeedIndex; found: T | undefined }> {
  const index = indexFeed(await session.loadWholeFeed());
  const found = lookup(index);
  if (found !== undefined || !session.feedSource.get().fromCopy) return { index, found };
  // An author or tag the device's copy does not know yet (new since it was kept): ask the network.
  await session.refreshFeed();
  const fresh = indexFeed(await session.loadWholeFeed());
  return { index: fresh, found: lookup(fresh) };
}
