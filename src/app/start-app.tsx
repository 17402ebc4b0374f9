import { startTransition, StrictMode, useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { createRouter } from './router';
import { startOffline } from '../offline/start';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const router = createRouter();
const html = document.documentElement;
const prerendered = html.dataset.prerendered;
const here = window.location.pathname.replace(/\/+$/, '') || '/';

/**
 * Runs in the commit that puts the app on screen, before the browser paints it: only now are the
 * prerendered head elements (the views render their own title, description and canonical) dropped and
 * a page prerendered for another path shown, so there is never a frame without a title or with the wrong page.
 */
function TakeOver() {
  useLayoutEffect(() => {
    for (const el of document.head.querySelectorAll('[data-prerender]')) el.remove();
    html.removeAttribute('data-stale-prerender');
  }, []);
  return null;
}

const app = (
  <StrictMode>
    <TakeOver />
    <RouterProvider router={router} />
  </StrictMode>
);

/** Replaces the prerendered page (if any) with the live app: same markup, so nothing moves or flashes. */
const start = () => {
  // As a transition the first render yields to the browser every few milliseconds instead of holding
  // the main thread for the whole tree: the prerendered page stays on screen (and scrollable, its links
  // usable) until React commits, so nothing waits for it.
  startTransition(() => createRoot(root).render(app));
};

// A page prerendered for this very path stays on screen until the route's data is ready, so React
// replaces it with identical markup instead of a skeleton. Anything else (the shell, or a page
// prerendered for another path) is replaced at once.
if (prerendered === here && !router.state.initialized) {
  const unsubscribe = router.subscribe((state) => {
    if (!state.initialized) return;
    unsubscribe();
    start();
  });
} else {
  start();
}

// The service worker and any unfinished download wait until the page is idle: nothing on screen needs them.
const idle = (fn: () => void) => ('requestIdleCallback' in window ? window.requestIdleCallback(fn, { timeout: 4000 }) : setTimeout(fn, 1500));
idle(startOffline);

if (import.meta.env.VITE_BENCH === '1') void import('./bench-hooks').then((m) => m.installBenchHooks());
