import type { Workbox } from 'workbox-window';

/**
 * The page side of the service worker's lifecycle, through workbox-window: register /sw.js in
 * production builds only (vite dev has no worker), say when a new version is waiting, and switch to
 * it only when the reader asks ("Reload"). Nothing here reloads the page on its own.
 */

let wb: Workbox | null = null;
let waiting = false;
const listeners = new Set<() => void>();

function emit() {
  for (const fn of listeners) fn();
}

/** True when a new version is installed and waiting for the reader's "Reload". */
export function isUpdateWaiting(): boolean {
  return waiting;
}

/** Subscribes to isUpdateWaiting() changes. */
export function subscribeUpdate(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** Registers the service worker (production, supporting browsers only) and listens for updates. */
export async function registerServiceWorker(): Promise<void> {
  document.documentElement.dataset.build = String(import.meta.env.VITE_APP_BUILD ?? 'current');
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const { Workbox } = await import('workbox-window');
  wb = new Workbox('/sw.js');
  wb.addEventListener('waiting', () => {
    waiting = true;
    emit();
  });
  try {
    await wb.register();
  } catch {
    return; // no worker (blocked, private mode): the app still works online and from IndexedDB
  }
  // Look for a new version when the reader comes back to the tab, and hourly while it stays open.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void wb?.update().catch(() => undefined);
  });
  setInterval(() => void wb?.update().catch(() => undefined), 60 * 60 * 1000);
}

let reloading = false;
function reloadOnce() {
  if (reloading) return;
  reloading = true;
  window.location.reload();
}

/** Activates the waiting version and reloads once it controls the page (the reader pressed "Reload"). */
export function applyUpdate(): void {
  if (!wb) return reloadOnce();
  wb.addEventListener('controlling', reloadOnce);
  navigator.serviceWorker.addEventListener('controllerchange', reloadOnce);
  void navigator.serviceWorker.getRegistration().then(
    (registration) => {
      // Another tab may have switched to the new version already: nothing waits, the new worker is
      // active, and skip-waiting would go nowhere. Reloading is then all that is left to do.
      if (registration?.waiting) wb?.messageSkipWaiting();
      else reloadOnce();
    },
    () => reloadOnce(),
  );
}
