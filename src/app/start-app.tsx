import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from './react-dom-client';
import { RouterProvider } from 'react-router/dom';
import { createFeedSession } from '../session/feed-session';
import { FeedSessionProvider } from '../session/session-context';
import { feedUrl } from '../shared/env';
import { createTabState, TabStateProvider } from '../shared/tab-state';
import { startOffline } from '../offline/start';
import { yieldToMain } from '../shared/idle';
import type { HeldInstallEvents } from '../offline/install-capture';
import { installOf } from '../offline/install';
import { followOtherTabs } from './other-tabs';
import { readPageData } from './page-data';
import { createRouter } from './router';
import type { HeldClicks } from './takeover/early-clicks';
import { TakeOver, trackReaderScroll } from './takeover/take-over';

/**
 * Starts the app on this document (main.tsx calls it once the app's chunk has loaded): hydrates a page
 * prerendered for this very path, renders anything else (the shell, a page prerendered for another
 * path) afresh, and once it is on screen marks `broadsheet:interactive` (the bench reads it) and starts
 * the offline side. `clicks` are the taps held since the first script, `install` the install events
 * (this visit is counted as the app starts).
 * The tab's one feed session and tab state are made here and handed down: to the loaders through the
 * router (the session), to the views through React, to the offline side and to what follows other tabs
 * as arguments.
 */
export async function startApp(clicks: HeldClicks, install: HeldInstallEvents): Promise<void> {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  const scroll = trackReaderScroll();
  // Read once, here: the router's loaders and the layout are handed it, and never read the document.
  // There is data only on a page prerendered for this very path, and only such a page is hydrated (one
  // from an older build without data is rendered afresh, like the shell): hydrating from anything else
  // could differ from the markup.
  const pageData = readPageData();
  const samePage = pageData !== null;
  const session = createFeedSession({ feedUrl: feedUrl() });
  const tab = createTabState();
  installOf(tab).start(install);
  const router = await createRouter(session, pageData);
  const navigate = (to: string) => void router.navigate(to);

  const app = (hydrated: boolean) => (
    <StrictMode>
      <FeedSessionProvider session={session}>
        <TabStateProvider tab={tab}>
          <RouterProvider router={router} />
        </TabStateProvider>
      </FeedSessionProvider>
      <TakeOver hydrated={hydrated} samePage={samePage} clicks={clicks} scroll={scroll} navigate={navigate} onLive={goLive} />
    </StrictMode>
  );

  // Another publication now answers at the feed URL: the views show the old one's copy, so all load
  // again; not before the prerendered page is hydrated (its markup is what hydration must find).
  let live = !pageData;
  let replacedEarly = false;
  session.subscribeReplaced(() => {
    if (live) void router.revalidate();
    else replacedEarly = true;
  });
  let started = false;
  const goLive = () => {
    if (started) return;
    started = true;
    performance.mark('broadsheet:interactive');
    // The worker's registration, the other tabs and the install offer wait for the takeover: none is
    // needed to read, and each would compete with hydration for the main thread.
    startOffline(session, tab);
    followOtherTabs(session, tab);
    installOf(tab).goLive();
    live = true;
    if (!replacedEarly) return;
    replacedEarly = false;
    void router.revalidate();
  };

  if (pageData) {
    // React adopts the markup on screen from the data it was rendered from (no DOM is built, nothing is
    // laid out anew); client-only state (read marks, saved badges, the reader's time zone) follows in a
    // second render. The feed session starts behind the page: what it brings is offered, never swapped
    // in. A mismatch would be a bug: React renders the page afresh, and this says so (the end-to-end
    // tests fail on it). Hydration waits until the route's data is ready (at once from the page data).
    session.startBehindPage(pageData.feed, pageData.newest);
    const hydrate = () => {
      startTransition(() => {
        hydrateRoot(root, app(true), {
          onRecoverableError: (error) => console.warn('Broadsheet: the prerendered page differed from the app; rendered it afresh.', error),
        });
      });
    };
    // Hydration starts in a task of its own: the router's making and the route's view are behind us.
    await yieldToMain();
    if (router.state.initialized) hydrate();
    else {
      const unsubscribe = router.subscribe((state) => {
        if (!state.initialized) return;
        unsubscribe();
        hydrate();
      });
    }
  } else {
    startTransition(() => createRoot(root).render(app(false)));
  }

  if (import.meta.env.VITE_BENCH === '1') void import('./bench-hooks').then((m) => m.installBenchHooks(session));
}
