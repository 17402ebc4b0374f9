import type { Workbox } from 'workbox-window';
import { createStore, type ReadableStore } from '../shared/store';

/**
 * The page side of the service worker's lifecycle, through workbox-window: register /sw.js in
 * production builds only (vite dev has no worker), say when a new version of the code is waiting, and
 * switch to it only when the reader asks ("Reload"). Nothing here reloads the page on its own.
 *
 * A rebuild from a changed feed with the same code is not announced: its worker activates by itself
 * (src/sw/lifecycle.ts) and this page's JS and CSS are the new worker's too. The page tells the two
 * kinds apart by the workers' code versions (each worker answers GET_CODE_VERSION).
 */

let wb: Workbox | null = null;
const waiting = createStore(false);
/** True when a new version is installed and waiting for the reader's "Reload". */
export const updateWaiting: ReadableStore<boolean> = waiting;

function setWaiting() {
  waiting.set(true);
}

/** A worker older than code versions never answers: after this long it is taken as "unknown". */
const ANSWER_MS = 3000;

async function codeVersionOf(sw: ServiceWorker): Promise<string | undefined> {
  const { messageSW } = await import('workbox-window');
  const answer = await Promise.race([
    messageSW(sw, { type: 'GET_CODE_VERSION' }) as Promise<unknown>,
    new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ANSWER_MS)),
  ]);
  return typeof answer === 'string' ? answer : undefined;
}

/** The code version of the worker that served this page (or, on a first visit, of the first one). */
let pageCode: Promise<string | undefined> = Promise.resolve(undefined);
const considered = new WeakSet<ServiceWorker>();

/**
 * A new worker has installed: announce it unless it runs the code this page runs. When either version
 * is unknown (a worker from before code versions) it is announced if it waits, as any update was.
 * A same-code worker is left alone: it skipped waiting, and the old worker hands over to it when
 * quiet (src/sw/handover.ts); a skip-waiting from the page now would spend Chromium's one chance to
 * act on it at the busiest moment.
 */
async function considerUpdate(registration: ServiceWorkerRegistration, sw: ServiceWorker): Promise<void> {
  if (considered.has(sw)) return;
  considered.add(sw);
  const [mine, theirs] = await Promise.all([pageCode, codeVersionOf(sw)]);
  if (mine !== undefined && theirs !== undefined) {
    if (mine !== theirs) setWaiting();
  } else if (registration.waiting === sw) {
    setWaiting();
  }
}

/** How often, and how many times, the page nudges a new worker that still waits. */
const NUDGE_MS = 1000;
const NUDGES = 20;
/** How long the page leaves the old worker to hand over before it asks the new one itself. */
const HANDOVER_MS = 2000;

/** Resolves once `sw` is active (or gone), or false after `ms`. */
function activated(sw: ServiceWorker, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const done = () => sw.state === 'activating' || sw.state === 'activated' || sw.state === 'redundant';
    if (done()) return resolve(true);
    const timer = setTimeout(() => resolve(false), ms);
    sw.addEventListener('statechange', () => {
      if (!done()) return;
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * Sends `nudge` each second until `sw` is active, at most NUDGES times, and says whether it became
 * active. Chromium acts only on the first skip-waiting; the repeats are for engines that do act on
 * them, and they tell when the switch happened.
 */
async function nudgeUntilActive(sw: ServiceWorker, nudge: () => void): Promise<boolean> {
  for (let i = 0; i < NUDGES; i++) {
    nudge();
    if (await activated(sw, NUDGE_MS)) return true;
  }
  return false;
}

/** Follows every update of the registration, not only the first one workbox-window reports. */
function watchUpdates(registration: ServiceWorkerRegistration) {
  const track = (sw: ServiceWorker | null) => {
    if (!sw) return;
    if (sw.state === 'installed') return void considerUpdate(registration, sw);
    sw.addEventListener('statechange', () => {
      if (sw.state === 'installed') void considerUpdate(registration, sw);
    });
  };
  registration.addEventListener('updatefound', () => track(registration.installing));
  // An update the browser found before the page registered (it checks on navigation).
  track(registration.installing);
  track(registration.waiting);
}

/** Registers the service worker (production, supporting browsers only) and listens for updates. */
export async function registerServiceWorker(): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const { Workbox } = await import('workbox-window');
  const controller = navigator.serviceWorker.controller;
  if (controller) {
    pageCode = codeVersionOf(controller);
  } else {
    // A first visit: the worker that installs now is this deploy's, and claims the page. It did not
    // see this page load, so it is asked to keep the page as it keeps the ones opened under it.
    pageCode = new Promise((resolve) => {
      navigator.serviceWorker.addEventListener('controllerchange', () => {
        const first = navigator.serviceWorker.controller;
        first?.postMessage({ type: 'KEEP_PAGE', url: location.href });
        resolve(first ? codeVersionOf(first) : undefined);
      }, { once: true });
    });
  }
  wb = new Workbox('/sw.js');
  let registration: ServiceWorkerRegistration | undefined;
  try {
    registration = await wb.register();
  } catch {
    return; // no worker (blocked, private mode): the app still works online and from IndexedDB
  }
  if (!registration) return;
  watchUpdates(registration);
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

/**
 * Activates the waiting version and reloads once it controls the page (the reader pressed "Reload").
 * The old worker is told once (RETIRE): it ends this page's requests and, once quiet, hands over to
 * the new one with the reader's consent (src/sw/handover.ts). Should the new one not be active after
 * HANDOVER_MS, the page asks it itself each second, and should it still not be, reloads all the same.
 */
export function applyUpdate(): void {
  if (!wb) return reloadOnce();
  wb.addEventListener('controlling', reloadOnce);
  navigator.serviceWorker.addEventListener('controllerchange', reloadOnce);
  void navigator.serviceWorker.getRegistration().then(
    async (registration) => {
      const next = registration?.waiting;
      // Another tab may have switched to the new version already: nothing waits, the new worker is
      // active, and skip-waiting would go nowhere. Reloading is then all that is left to do.
      if (!next) return reloadOnce();
      // Once: more messages to the old worker would keep it running (src/sw/handover.ts).
      const old = navigator.serviceWorker.controller;
      old?.postMessage({ type: 'RETIRE' });
      const active = (old !== null && (await activated(next, HANDOVER_MS))) || (await nudgeUntilActive(next, () => next.postMessage({ type: 'SKIP_WAITING' })));
      // Active: 'controllerchange' reloads. Never active: a reload is still the reader's best chance.
      if (!active) reloadOnce();
    },
    () => reloadOnce(),
  );
}
