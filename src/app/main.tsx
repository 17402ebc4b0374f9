/**
 * The page's only module script, kept tiny (no React): the prerendered HTML paints with no JavaScript,
 * and the app (React, the router, the views) is its own chunk, loaded at once and started explicitly.
 * Link clicks are held from here until the app has taken the page over (takeover/early-clicks.ts), and
 * so is Chromium's install prompt, which may come before the app has loaded (offline/install-capture.ts).
 */
import { holdInstallEvents } from '../offline/install-capture';
import { holdEarlyClicks } from './takeover/early-clicks';
import './styles.css';

const clicks = holdEarlyClicks();
const install = holdInstallEvents();
import('./start-app')
  .then((m) => m.startApp(clicks, install))
  .catch((error: unknown) => {
    // No app (its chunk failed to load): a link clicked meanwhile is followed as a page load.
    clicks.release((to) => location.assign(to));
    throw error;
  });
