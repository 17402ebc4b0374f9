/// <reference lib="webworker" />

declare const self: ServiceWorkerGlobalScope;

/**
 * Lifecycle: on the very first install the worker claims the open page at once (nothing older is
 * running, so nothing can break, and the first visit is then readable offline). An update waits until
 * the page says SKIP_WAITING, which it does only when the reader presses "Reload": a reader is never
 * switched to a new version mid-article.
 */
export function registerLifecycle(): void {
  let firstInstall = false;
  self.addEventListener('install', () => {
    firstInstall = !self.registration.active;
  });
  self.addEventListener('activate', (event) => {
    if (firstInstall) event.waitUntil(self.clients.claim());
  });
  self.addEventListener('message', (event) => {
    if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
  });
}
