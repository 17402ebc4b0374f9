import { startTransition, StrictMode, useLayoutEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { releaseEarlyClicks } from './early-clicks';
import { startBehindPage, subscribeReplaced } from '../session/feed-session';
import { readPageData } from '../session/page-data';
import { createRouter } from './router';
import { startOffline } from '../offline/start';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const router = createRouter();
const html = document.documentElement;
const here = window.location.pathname.replace(/\/+$/, '') || '/';
const pageData = readPageData();
// Only a page that carries the data it was rendered from is hydrated (one from an older build without
// it is rendered afresh, like the shell): hydrating from anything else could differ from the markup.
const prerendered = pageData ? html.dataset.prerendered : undefined;

/**
 * Runs in the commit that puts the app on screen, before the browser paints it: only now are the
 * prerendered head elements (the views render their own title, description and canonical) dropped and
 * a page prerendered for another path shown, so there is never a frame without a title or with the wrong
 * page. A hydrated page keeps them: React took them over as its own.
 */
function TakeOver({ hydrated }: { hydrated: boolean }) {
  useLayoutEffect(() => {
    // The reader may have scrolled the prerendered page already: keep them there. The router's scroll
    // restoration has just put this first visit at the top (its effect runs before this one, which
    // comes after the router in the tree); scroll events are async, so readerY is still theirs.
    window.removeEventListener('scroll', trackReader);
    if (prerendered === here && readerY > 0) window.scrollTo({ top: readerY, behavior: 'instant' });
    for (const el of document.head.querySelectorAll('[data-prerender]')) {
      // Hydration adopts a head element only if it matches what the view renders (a canonical URL
      // written with the build's SITE_URL does not); one it did not adopt has a live twin by now.
      if (hydrated && !liveTwin(el)) el.removeAttribute('data-prerender');
      else el.remove();
    }
    html.removeAttribute('data-stale-prerender');
    // The build disables script-only buttons until the app runs, and hydration keeps attributes as they
    // are: enable them now that their handlers are attached (a click before this would be lost).
    for (const el of document.querySelectorAll('#root [data-until-live]')) {
      el.removeAttribute('disabled');
      el.removeAttribute('data-until-live');
    }
    // A link clicked before now is followed in the app (see early-clicks.ts).
    releaseEarlyClicks((to) => void router.navigate(to));
  }, [hydrated]);
  return null;
}

/** What a head element is: its tag and its rel, name or property ("LINK canonical", "TITLE"). */
const kindOf = (el: Element) => `${el.tagName} ${el.getAttribute('rel') ?? el.getAttribute('name') ?? el.getAttribute('property') ?? ''}`;

/** Another element of the head of the same kind, not from the build. */
function liveTwin(el: Element): boolean {
  const kind = kindOf(el);
  return [...document.head.children].some((other) => other !== el && !other.hasAttribute('data-prerender') && kindOf(other) === kind);
}

/** Where the reader has scrolled the prerendered page, until the app takes it over. */
let readerY = window.scrollY;
const trackReader = () => {
  readerY = window.scrollY;
};
window.addEventListener('scroll', trackReader, { passive: true });

const app = (hydrated: boolean) => (
  <StrictMode>
    <RouterProvider router={router} />
    <TakeOver hydrated={hydrated} />
  </StrictMode>
);

/** Replaces the prerendered page (if any) with the live app: same markup, so nothing moves or flashes. */
const start = () => {
  // As a transition the first render yields to the browser every few milliseconds instead of holding
  // the main thread for the whole tree: the prerendered page stays on screen (and scrollable, its links
  // usable) until React commits, so nothing waits for it.
  startTransition(() => createRoot(root).render(app(false)));
};

/**
 * Hydrates a page prerendered for this very path from the data it was rendered from (page-data.ts):
 * React adopts the markup that is on screen instead of building it again (no DOM is created, nothing
 * is laid out anew), as a transition so the work is sliced. Client-only state (read marks, saved
 * badges, the reader's time zone) follows in a second render. The feed session then starts behind the
 * page: what it brings is offered, never swapped in. A mismatch would be a bug: React would render the
 * page afresh, and this says so (the end-to-end tests fail on it).
 */
const hydrate = () => {
  startTransition(() => {
    hydrateRoot(root, app(true), {
      onRecoverableError: (error) => console.warn('Broadsheet: the prerendered page differed from the app; rendered it afresh.', error),
    });
  });
};

// Another publication now answers at the feed URL: the views show the old one's copy, so all load again.
subscribeReplaced(() => void router.revalidate());

// A page prerendered for this very path stays on screen until the route's data is ready, then React
// hydrates it. Anything else (the shell, or a page prerendered for another path) is replaced at once.
if (prerendered === here) startBehindPage(pageData?.feed);
if (prerendered === here && !router.state.initialized) {
  const unsubscribe = router.subscribe((state) => {
    if (!state.initialized) return;
    unsubscribe();
    hydrate();
  });
} else if (prerendered === here) {
  hydrate();
} else {
  start();
}

// The service worker and any unfinished download wait until the page is idle: nothing on screen needs them.
const idle = (fn: () => void) => ('requestIdleCallback' in window ? window.requestIdleCallback(fn, { timeout: 4000 }) : setTimeout(fn, 1500));
idle(startOffline);

if (import.meta.env.VITE_BENCH === '1') void import('./bench-hooks').then((m) => m.installBenchHooks());
