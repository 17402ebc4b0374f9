import { appearanceOf } from '../reading/appearance';
import type { FeedSession } from '../session/feed-session';
import type { TabState } from '../shared/tab-state';
import { followOtherTabsFeed } from '../session/other-tabs';

/**
 * Starts following what other tabs of the app change and this tab shows whatever the view: the
 * appearance (into `tab`) and the feed copy (into `session`). The reading list, read state, settings,
 * downloads and episodes follow once they are in use (each part subscribes when it loads its state).
 */
export function followOtherTabs(session: FeedSession, tab: TabState): void {
  appearanceOf(tab).follow();
  followOtherTabsFeed(session);
}
