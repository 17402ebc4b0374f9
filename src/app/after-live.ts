import type { HeldInstallEvents } from '../offline/install-capture';
import { installOf } from '../offline/install';
import { startOffline } from '../offline/start';
import type { FeedSession } from '../session/feed-session';
import type { TabState } from '../shared/tab-state';
import { followOtherTabs } from './other-tabs';

/**
 * What starts once the app is live (start-app.tsx loads this then, in a chunk of its own): the offline
 * side (the worker's registration, an unfinished download, the background refresh), following the
 * other tabs, and installing (the install events held since the first script, `install`; this visit
 * is counted). None is needed to read or to answer a tap, so none is in the script a first visit loads
 * before the page is interactive.
 */
export function afterLive(session: FeedSession, tab: TabState, install: HeldInstallEvents): void {
  const installing = installOf(tab);
  installing.start(install);
  installing.goLive();
  startOffline(session, tab);
  followOtherTabs(session, tab);
}
