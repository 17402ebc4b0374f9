/// <reference lib="webworker" />
import { activeCodeVersion, CODE_VERSION, IS_VERSIONED, recordActiveCodeVersion } from './code-version';

declare const self: ServiceWorkerGlobalScope;

/**
 * Lifecycle: on the very first install the worker claims the open page at once (nothing older is
 * running, so nothing can break, and the first visit is then readable offline).
 *
 * An update whose code version equals the active worker's (a rebuild from a changed feed: only the
 * prerendered HTML differs) activates by itself: the open page keeps running the very same JS and
 * CSS, now served by the new worker, and the next navigation gets the new HTML. Any other update
 * waits for the reader's "Reload" (passed on by the old worker, src/sw/handover.ts, or SKIP_WAITING
 * from the page): a reader is never switched to new code mid-article. The page learns which kind of
 * update it is by asking each worker its code version (GET_CODE_VERSION).
 */
export function registerLifecycle(): void {
  let firstInstall = false;
  self.addEventListener('install', (event) => {
    firstInstall = !self.registration.active;
    if (firstInstall) return;
    event.waitUntil(
      activeCodeVersion().then(async (active) => {
        if (IS_VERSIONED && active === CODE_VERSION) await self.skipWaiting();
      }),
    );
  });
  self.addEventListener('activate', (event) => {
    event.waitUntil(Promise.all([recordActiveCodeVersion(), firstInstall ? self.clients.claim() : undefined]));
  });
  self.addEventListener('message', (event) => {
    const type = (event.data as { type?: string } | null)?.type;
    if (type === 'SKIP_WAITING') void self.skipWaiting();
    // The page compares this with the version of the worker that served it (src/offline/register.ts).
    if (type === 'GET_CODE_VERSION') event.ports[0]?.postMessage(IS_VERSIONED ? CODE_VERSION : null);
  });
}
