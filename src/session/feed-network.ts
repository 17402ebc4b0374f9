import { mergeFeedModels } from '../feed/load';
import type { FeedModel } from '../shared/model';

/**
 * The network half of a feed session (feed-session.ts), a chunk of its own: fetching and paging,
 * merging pages, and the feed worker's client. A prerendered page is read and hydrated without it;
 * it loads when the session first reads the network or merges a copy.
 */
export { fetchFeedPage, fetchNextPage, mergeFeedModels } from '../feed/load';
export { createFeedParser } from '../feed/feed-parser';

/**
 * A fresh first page merged over what the tab has: the fresh copy of every article it carries wins,
 * articles from later pages merged earlier stay, and so does how far paging got.
 */
export function mergeRefresh(have: FeedModel, fresh: FeedModel): FeedModel {
  const merged = mergeFeedModels(fresh, have);
  return { ...merged, skipped: fresh.skipped };
}
