import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { createRouter } from './app/router';
import { startOffline } from './offline/start';
import './app/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const router = createRouter();
const html = document.documentElement;
const prerendered = html.dataset.prerendered;
const here = window.location.pathname.replace(/\/+$/, '') || '/';

/** Replaces the prerendered page (if any) with the live app: same markup, so nothing moves or flashes. */
const start = () => {
  // The head elements the views render themselves (title, description, canonical) would otherwise be doubled.
  for (const el of document.head.querySelectorAll('[data-prerender]')) el.remove();
  html.removeAttribute('data-stale-prerender');
  createRoot(root).render(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
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

startOffline();
