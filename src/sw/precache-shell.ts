/// <reference lib="webworker" />
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope;

/** Precaches the app shell (listed at build time) and serves index.html for every navigation. */
export function registerShell(): void {
  // The shell is versioned by its build revisions, so it is safe to serve it cache-only.
  precacheAndRoute(self.__WB_MANIFEST);
  // A new version's precache replaces the old one; stale precaches from older Workbox formats go.
  cleanupOutdatedCaches();
  // Every navigation gets the shell: the router draws the view, so any deep link opens offline.
  registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html')));
}
