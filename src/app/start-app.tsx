import { startTransition, StrictMode, useEffect, useLayoutEffect, type ComponentType } from 'react';
import { createRoot, hydrateRoot } from './react-dom-client';
import { createFeedSession } from '../session/feed-session';
import { FeedSessionProvider } from '../session/session-context';
import { feedUrl } from '../shared/env';
import { createStore, type ReadableStore } from '../shared/store';
import { createTabState, TabStateProvider } from '../shared/tab-state';
import { useStore } from '../shared/use-store';
import { yieldToMain } from '../shared/idle';
import type { HeldInstallEvents } from '../offline/install-capture';
import { installOf } from '../offline/install';
import { PageApp, type PageLocation } from './page-navigation';
import { readPageData, type PageData } from './page-data';
import type { AppRouter } from './router';
import type { HeldClicks } from './takeover/early-clicks';
import { TakeOver, trackReaderScroll } from './takeover/take-over';
import { markLive, whenLive } from '../shared/live';
import { viewComponents, viewOfLoaderData, type ViewId } from './views';

/** The router once its chunk has loaded, with the component that renders it. */
interface LoadedRouter {
  router: AppRouter;
  RouterApp: ComponentType<{ router: AppRouter }>;
}

/** What the root renders: the prerendered page without a router, until the router has taken over. */
interface Mode {
  router: LoadedRouter | null;
  /** The router was asked for (a navigation) and is on its way. */
  loading: boolean;
  /** Run once the router is on screen: the navigation it was asked for. */
  then: ((router: AppRouter) => void) | null;
  /** Where the reader was on the page when the router took it over. */
  scrollY: number;
}

/** The prerendered page this document carries, taken over as it is. */
interface Page {
  data: PageData;
  view: ViewId;
  View: ComponentType;
  location: PageLocation;
}

/**
 * Starts the app on this document (main.tsx calls it once the app's chunk has loaded): hydrates a page
 * prerendered for this very path, renders anything else (the shell, a page prerendered for another
 * path) afresh, and once it is on screen marks `broadsheet:interactive` (the bench reads it) and starts
 * the offline side. `clicks` are the taps held since the first script, `install` the install events
 * (this visit is counted as the app starts).
 *
 * A prerendered page is hydrated without the data router (page-navigation.tsx): its view, with the data
 * it was built from, in the layout. The router and its chunk (react-router, the loaders) come on the
 * first in-app navigation or reload of the view's data, and then render the app themselves. Anything
 * else is rendered by the router from the start.
 *
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
  const view = pageData && viewOfLoaderData(pageData.loaderData);
  const session = createFeedSession({ feedUrl: feedUrl() });
  const tab = createTabState();
  // Installing starts with the app, not once it is live: the visit is counted at once (a reader who
  // leaves a moment after the page is live still counted), and the held install events are taken.
  installOf(tab).start(install);
  let page: Page | null = null;
  if (pageData && view) {
    // Only the view's component: its loader has run, at build time.
    const { Component } = await viewComponents[view]();
    const { pathname, search, hash } = window.location;
    page = { data: pageData, view, View: Component as ComponentType, location: { pathname, search, hash } };
  }
  const samePage = page !== null;

  let routerOnTheWay: Promise<LoadedRouter> | null = null;
  const loadRouter = () =>
    (routerOnTheWay ??= import('./router').then(async ({ createRouter, RouterApp }) => ({ router: await createRouter(session, page?.data ?? null), RouterApp })));
  const mode = createStore<Mode>({ router: null, loading: false, then: null, scrollY: 0 });

  /**
   * Runs `work` with the router, bringing it in first (on screen, in place of the page) if it is not
   * yet. Asked again while it comes, the last navigation wins, as the browser's would; a reload of the
   * view's data gives way to a navigation, which loads its own.
   */
  let pending: { work: (router: AppRouter) => void; orElse: () => void; navigation: boolean } | null = null;
  const withRouter = (work: (router: AppRouter) => void, orElse: () => void, navigation: boolean) => {
    const now = mode.get();
    if (now.router) return work(now.router.router);
    if (!pending || navigation) pending = { work, orElse, navigation };
    if (now.loading) return;
    mode.set({ ...now, loading: true });
    loadRouter().then(
      (loaded) => {
        const asked = pending;
        pending = null;
        mode.set({ router: loaded, loading: false, then: asked?.work ?? null, scrollY: window.scrollY });
      },
      (error: unknown) => {
        const asked = pending;
        pending = null;
        routerOnTheWay = null; // a later navigation tries again
        mode.set({ ...mode.get(), loading: false });
        console.warn('Broadsheet: the app could not load the rest of itself.', error);
        asked?.orElse();
      },
    );
  };
  const navigate = (to: string, options?: { replace?: boolean }) =>
    withRouter(
      (router) => void router.navigate(to, options),
      // Without the router's chunk (offline before the worker kept it), a link is followed as a page load.
      () => location.assign(to),
      true,
    );
  const revalidate = () =>
    withRouter(
      (router) => void router.revalidate(),
      () => undefined,
      false,
    );

  const app = (hydrated: boolean) => (
    <StrictMode>
      <FeedSessionProvider session={session}>
        <TabStateProvider tab={tab}>
          <AppRoot mode={mode} page={page} navigate={navigate} revalidate={revalidate} />
        </TabStateProvider>
      </FeedSessionProvider>
      <TakeOver hydrated={hydrated} samePage={samePage} clicks={clicks} scroll={scroll} navigate={navigate} onLive={goLive} />
    </StrictMode>
  );

  // Another publication now answers at the feed URL: the views show the old one's copy, so all load
  // again; not before the prerendered page is hydrated (its markup is what hydration must find).
  let live = !page;
  let replacedEarly = false;
  session.subscribeReplaced(() => {
    if (live) revalidate();
    else replacedEarly = true;
  });
  let started = false;
  const goLive = () => {
    if (started) return;
    started = true;
    performance.mark('broadsheet:interactive');
    markLive();
    // The worker's registration, the other tabs and the install offer wait for the takeover: none is
    // needed to read, and each would compete with hydration for the main thread.
    import('./after-live').then(
      (m) => m.afterLive(session, tab),
      (error: unknown) => console.warn('Broadsheet: the offline side could not start.', error),
    );
    installOf(tab).goLive();
    live = true;
    if (!replacedEarly) return;
    replacedEarly = false;
    revalidate();
  };

  if (page) {
    // React adopts the markup on screen from the data it was rendered from (no DOM is built, nothing is
    // laid out anew); client-only state (read marks, saved badges, the reader's time zone) follows in a
    // second render. The feed session starts behind the page: what it brings is offered, never swapped
    // in, once the app is live (the page needs nothing of it to be read or hydrated). A mismatch would
    // be a bug: React renders the page afresh, and this says so (the end-to-end tests fail on it).
    session.startBehindPage(page.data.feed, page.data.newest, whenLive());
    // Hydration starts in a task of its own: loading the view is behind us.
    await yieldToMain();
    startTransition(() => {
      hydrateRoot(root, app(true), {
        onRecoverableError: (error) => console.warn('Broadsheet: the prerendered page differed from the app; rendered it afresh.', error),
      });
    });
  } else {
    const loaded = await loadRouter();
    mode.set({ ...mode.get(), router: loaded });
    startTransition(() => createRoot(root).render(app(false)));
  }

  if (import.meta.env.VITE_BENCH === '1') void import('./bench-hooks').then((m) => m.installBenchHooks(session));
}

interface AppRootProps {
  mode: ReadableStore<Mode>;
  page: Page | null;
  navigate: (to: string, options?: { replace?: boolean }) => void;
  revalidate: () => void;
}

/** The prerendered page without a router, or the router's app once it has come. */
function AppRoot({ mode, page, navigate, revalidate }: AppRootProps) {
  const { router, loading, then, scrollY } = useStore(mode);
  if (router) {
    return (
      <>
        <router.RouterApp router={router.router} />
        <RouterArrived router={router.router} then={then} scrollY={page ? scrollY : null} />
      </>
    );
  }
  if (!page) return null;
  return (
    <PageApp
      location={page.location}
      pagePath={page.data.path}
      View={page.View}
      data={page.data.loaderData[page.view]}
      state={loading ? 'loading' : 'idle'}
      navigate={navigate}
      revalidate={revalidate}
      onViewError={revalidate}
    />
  );
}

/**
 * After the router has rendered the page it took over (afresh, the same page): puts the reader back
 * where they were (the router's scroll restoration may have moved them), then does what it was asked for.
 */
function RouterArrived({ router, then, scrollY }: { router: AppRouter; then: ((router: AppRouter) => void) | null; scrollY: number | null }) {
  useLayoutEffect(() => {
    if (scrollY !== null && window.scrollY !== scrollY) window.scrollTo({ top: scrollY, behavior: 'instant' });
  }, [scrollY]);
  useEffect(() => {
    then?.(router);
  }, [router, then]);
  return null;
}
