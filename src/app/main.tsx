/**
 * The page's only module script, kept tiny: the prerendered HTML paints with no JavaScript, so the
 * app (React, the router, the views) is fetched and started only once that page is on screen and its
 * lead image has loaded. Evaluating the app first would hold back the first paint for nothing.
 */
import { holdEarlyClicks } from './early-clicks';
import { whenPageShown } from './when-page-shown';
import './styles.css';

/** Resolves in a later task: what runs before and after it are separate tasks, not one long one. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * On a page prerendered for this path the app's modules are evaluated in three steps, each its own
 * task (ReactDOM; the router and the views; then the start), instead of one long task that would block
 * the reader's input on a slow phone. Every chunk is modulepreloaded first (scripts/prerender.ts lists
 * them, with the likely next route's), so the steps do not wait on each other's downloads. Elsewhere
 * (the shell) nothing is on screen yet, and the app starts in one go.
 */
async function startApp(): Promise<void> {
  const listed = (name: string) => document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content.split(' ').filter(Boolean) ?? [];
  const chunks = listed('broadsheet:app-chunks');
  if (!chunks.length || document.documentElement.hasAttribute('data-stale-prerender')) {
    await import('./start-app');
    return;
  }
  // The app's chunks first, then the next route's (and this page's own route, on an article).
  for (const href of new Set([...chunks, ...listed('broadsheet:route-chunks')])) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
  await import('react-dom/client');
  await nextTask();
  await import('./router');
  await nextTask();
  await import('./start-app');
}

holdEarlyClicks();
void whenPageShown().then(startApp);
