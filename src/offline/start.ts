import type { FeedSession } from '../session/feed-session';
import type { TabState } from '../shared/tab-state';
import { whenIdle } from '../shared/idle';
import { registerServiceWorker } from './register';

/**
 * Starts the offline side after the first render: the service worker, then (when the page is idle)
 * any unfinished download and the background refresh's page side, once the worker is registered.
 * `session` is the page's feed session, `tab` its tab state.
 */
export function startOffline(session: FeedSession, tab: TabState): void {
  const registered = registerServiceWorker();
  // The download module is not needed for the first paint: load it when the page is idle.
  const resume = () => {
    void import('../reading/download').then((m) => m.downloadsOf(tab).resume(session)).catch(() => undefined);
    void registered
      .then(() => import('./background-refresh'))
      .then((m) => m.startBackgroundRefresh(session, tab))
      .catch(() => undefined);
  };
  whenIdle(resume, 3000);
}
