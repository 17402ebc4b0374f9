import { followAppearance } from '../reading/appearance';
import type { FeedSession } from '../session/feed-session';
import { followOtherTabsFeed } from '../session/other-tabs';

/**
 * Starts following what other tabs of the app change and this tab shows whatever the view: the
 * appearance and the feed copy (into `session`). The reading list, read state, settings, downloads and episodes follow
 * once their module is in use (each subscribes when it loads its state).
 */
export function followOtherTabs(session: FeedSession): void {
  followAppearance();
  followOtherTabsFeed(session);
}
