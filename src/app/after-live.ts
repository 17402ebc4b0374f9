import { startOffline } from '../offline/start';
import type { FeedSession } from '../session/feed-session';
import type { TabState } from '../shared/tab-state';
import LiveParts from './live-parts';
import { showLiveParts } from './live-parts-slot';
import { followOtherTabs } from './other-tabs';

/**
 * What starts once the app is live (start-app.tsx loads this then, in a chunk of its own): the offline
 * side (the worker's registration, an unfinished download, the background refresh), following the
 * other tabs, and the layout's parts that show nothing before (live-parts.tsx). None is needed to read
 * or to answer a tap, so none is in the script a first visit loads before the page is interactive.
 */
export function afterLive(session: FeedSession, tab: TabState): void {
  showLiveParts(LiveParts);
  startOffline(session, tab);
  followOtherTabs(session, tab);
}
