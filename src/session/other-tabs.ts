import { onTabMessage } from '../shared/tab-channel';
import { loadStoredFeed } from '../storage/feed-store';
import { getFeedSource, takeOtherTabCopy } from './feed-session';

/** Follows the feed copies other tabs store: a newer one is read from IndexedDB and merged in. Returns the unsubscribe function. */
export function followOtherTabsFeed(): () => void {
  return onTabMessage('feed', ({ fetchedAt }) => {
    // The record is large: read it only when it is newer than what this tab has.
    if (fetchedAt <= (getFeedSource().fetchedAt ?? 0)) return;
    void loadStoredFeed().then(
      (stored) => {
        if (stored) takeOtherTabCopy(stored.model, stored.fetchedAt);
      },
      () => undefined,
    );
  });
}
