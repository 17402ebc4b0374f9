/**
 * The page's only module script, kept tiny (no React): the prerendered HTML paints with no JavaScript,
 * and the app (React, the router, the views) is loaded once it has, in two chunks, and started explicitly.
 * Taps on links and on buttons that need the app are held from here until the app has taken the page
 * over (takeover/early-clicks.ts), and so is Chromium's install prompt, which may come before the app has
 * loaded (offline/install-capture.ts).
 */
import { holdInstallEvents } from '../offline/install-capture';
import { yieldToMain } from '../shared/idle';
import { holdEarlyClicks } from './takeover/early-clicks';
import { afterFirstPaint } from './takeover/first-paint';
import './styles.css';

const clicks = holdEarlyClicks();
const install = holdInstallEvents();
// The app is asked for once the page has painted (takeover/first-paint.ts). Evaluating a chunk of
// modules is one task, as long as the chunk is big: React DOM (the biggest part) is evaluated in a task
// of its own, then the app in another, then the app starts in a third, each with input handled in
// between. The app's chunk is asked for only once React DOM has run (one round trip more before the
// takeover; taps meanwhile are held, and shown as taken).
afterFirstPaint(() => {
  import('./react-dom-client')
    .then(() => yieldToMain())
    .then(() => import('./start-app'))
    .then(async (m) => {
      await yieldToMain();
      await m.startApp(clicks, install);
    })
    .catch((error: unknown) => {
      // No app (its chunk failed to load): a link clicked meanwhile is followed as a page load, and the
      // buttons that need the app are disabled again, as for a reader with no JavaScript.
      clicks.release((to) => location.assign(to), false);
      throw error;
    });
});
