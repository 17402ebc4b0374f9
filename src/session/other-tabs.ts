import { onTabMessage } from '../shared/tab-channel';
import { loadStoredFeed } from '../storage/feed-store';
import type { FeedSession } from './feed-session';

/** Follows the feed copies other tabs store: a newer one is read from IndexedDB and merged into `session`. Returns the unsubscribe function. */
export function followOtherTabsFeed(session: FeedSession): () => void {
  return onTabMessage('feed', ({ fetchedAt }) => {
    // The record is large: read it only when it is newer than what this tab has.
    if (fetchedAt <= (session.feedSource.get().fetchedAt ?? 0)) return;
    void loadStoredFeed().then(
      (stored) => {
        if (stored) session.takeOtherTabCopy(stored.model, stored.fetchedAt);
      },
      () => undefined,
    );
  });
}
