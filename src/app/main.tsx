/**
 * The page's only module script, kept tiny (no React): the prerendered HTML paints with no JavaScript,
 * and the app (React, the router, the views) is its own chunk, loaded at once and started explicitly.
 * Link clicks are held from here until the app has taken the page over (takeover/early-clicks.ts).
 */
import { holdEarlyClicks } from './takeover/early-clicks';
import './styles.css';

const clicks = holdEarlyClicks();
import('./start-app')
  .then((m) => m.startApp(clicks))
  .catch((error: unknown) => {
    // No app (its chunk failed to load): a link clicked meanwhile is followed as a page load.
    clicks.release((to) => location.assign(to));
    throw error;
  });
