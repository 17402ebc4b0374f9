/**
 * The page's only module script, kept tiny: the prerendered HTML paints with no JavaScript, so the
 * app (React, the router, the views) is fetched and started only once that page is on screen and its
 * lead image has loaded. Evaluating the app first would hold back the first paint for nothing.
 */
import { whenPageShown } from './app/when-page-shown';
import './app/styles.css';

/** Resolves in a later task: what runs before and after it are separate tasks, not one long one. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

// The app's modules are evaluated in three steps, each its own task (ReactDOM; the router and the
// views; then the start), instead of one long task that would block input on a slow phone.
void whenPageShown()
  .then(() => import('react-dom/client'))
  .then(nextTask)
  .then(() => import('./app/router'))
  .then(nextTask)
  .then(() => import('./app/start-app'));
