/**
 * The page's only module script, kept tiny: the prerendered HTML paints with no JavaScript, so the
 * app (React, the router, the views) is fetched and started only once that page is on screen and its
 * lead image has loaded. Evaluating the app first would hold back the first paint for nothing.
 */
import { whenPageShown } from './app/when-page-shown';
import './app/styles.css';

void whenPageShown().then(() => import('./app/start-app'));
