/// <reference lib="webworker" />
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';

declare const self: ServiceWorkerGlobalScope;

/**
 * Precaches the app shell: the JS, CSS, icons, the prerendered home (index.html) and the frame with
 * grey blocks (shell.html), listed with their revisions by scripts/inject-precache.ts from the final
 * files in dist/. Navigations are answered by ./navigation.ts.
 */
export function registerShell(): void {
  // The shell is versioned by its build revisions, so it is safe to serve it cache-only.
  precacheAndRoute(self.__WB_MANIFEST);
  // A new version's precache replaces the old one; stale precaches from older Workbox formats go.
  cleanupOutdatedCaches();
}
