import { feedUrl } from '../shared/env';
import type { FeedSession } from '../session/feed-session';
import { FEED_ACCEPT } from '../feed/load';
import { loadStoredFeed } from '../storage/feed-store';
import { getSaved } from '../storage/saved-store';
import { getSetting } from '../storage/settings-store';
import { readLastRun, REFRESH_MESSAGE, REFRESH_TAG, writeLastRun, writePlan, type PageAnswer, type RefreshRun } from '../shared/refresh-plan';
import { downloadsOf } from '../reading/download';
import type { TabState } from '../shared/tab-state';
import { TAB_LOCKS, withTabLock } from '../shared/tab-lock';

/**
 * The page side of the background refresh (the worker side, and why there are two: src/sw/periodic-sync.ts).
 * - It keeps the browser's schedule in line with the setting: Periodic Background Sync registered
 *   (at most every MIN_INTERVAL_MS) when the reader wants it and the browser allows it, unregistered
 *   when they turn it off; and it writes the plan the worker follows when no page is open.
 * - When the worker wakes an open page, this runs the whole refresh: the feed from the network
 *   (stored in IndexedDB by the feed session), then "Download for offline" of the latest N articles.
 * - At start, it finishes a run the worker could do only in part (no page was open): the feed is on
 *   the device already, and the download fetches its articles' images once the app runs online.
 * - With several tabs open, one runs it at a time (the Web Lock TAB_LOCKS.backgroundRefresh): a tab
 *   that starts while another catches up leaves it to that one.
 */

/** Asked of the browser: at most every 6 hours, about four times a day. It decides when, and may wait longer. */
export const MIN_INTERVAL_MS = 6 * 60 * 60 * 1000;

interface PeriodicSyncManager {
  register(tag: string, options?: { minInterval?: number }): Promise<void>;
  unregister(tag: string): Promise<void>;
  getTags(): Promise<string[]>;
}

export type BackgroundRefreshStatus =
  /** No service worker, or no Periodic Background Sync in this browser. */
  | { kind: 'unsupported' }
  /** The API is there but the browser has not granted it (Chromium grants it to installed apps used often). */
  | { kind: 'not-allowed' }
  | { kind: 'off' }
  | { kind: 'on'; lastRun?: RefreshRun }
  /** The browser refused the registration. */
  | { kind: 'failed'; message: string };

/** True where the browser has Periodic Background Sync at all (and the app runs a worker: production builds). */
function supported(): boolean {
  return import.meta.env.PROD && 'serviceWorker' in navigator && typeof ServiceWorkerRegistration !== 'undefined' && 'periodicSync' in ServiceWorkerRegistration.prototype;
}

/** How long to wait for the worker to be active (a first visit's is still installing) before giving up. */
const READY_MS = 15_000;

/** The active registration's sync manager, or undefined when no worker became active in time. */
async function periodicSync(): Promise<PeriodicSyncManager | undefined> {
  const ready = navigator.serviceWorker.ready;
  const reg = await Promise.race([ready, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), READY_MS))]);
  return (reg as (ServiceWorkerRegistration & { periodicSync?: PeriodicSyncManager }) | undefined)?.periodicSync;
}

async function permitted(): Promise<boolean> {
  try {
    const status = await navigator.permissions.query({ name: 'periodic-background-sync' as PermissionName });
    return status.state === 'granted';
  } catch {
    return false; // a browser that cannot even say has not granted it
  }
}

/**
 * Brings the schedule and the worker's plan in line with the settings, and says where things stand
 * (for Settings). Safe to call any time; never throws.
 */
export async function applyBackgroundRefresh(): Promise<BackgroundRefreshStatus> {
  const [enabled, wifiOnly] = await Promise.all([getSetting('backgroundRefresh'), getSetting('downloadWifiOnly')]);
  await writePlan({ enabled, wifiOnly, feedUrl: feedUrl(), accept: FEED_ACCEPT }).catch(() => undefined);
  if (!supported()) return { kind: 'unsupported' };
  if (!(await permitted())) return { kind: 'not-allowed' };
  const sync = await periodicSync().catch(() => undefined);
  if (!sync) return { kind: 'failed', message: 'the service worker is not running' };
  if (!enabled) {
    await sync.unregister(REFRESH_TAG).catch(() => undefined);
    return { kind: 'off' };
  }
  try {
    await sync.register(REFRESH_TAG, { minInterval: MIN_INTERVAL_MS });
  } catch (e) {
    return { kind: 'failed', message: e instanceof Error && e.message ? e.message : 'the browser refused' };
  }
  const lastRun = await readLastRun();
  return lastRun ? { kind: 'on', lastRun } : { kind: 'on' };
}

/**
 * The whole refresh, in this page: the feed from the network (the session merges and stores it),
 * then the latest N articles with their images. True when it went through (a download held back by
 * "Only on Wi-Fi" included: that is the reader's rule, not a failure).
 */
export async function refreshInPage(session: FeedSession, tab: TabState): Promise<boolean> {
  // Another tab catching up holds the lock: this waits for it, then its own run finds little left to do.
  const r = await withTabLock(TAB_LOCKS.backgroundRefresh, {}, () => refreshHere(session, tab));
  return r.ran && r.value;
}

async function refreshHere(session: FeedSession, tab: TabState): Promise<boolean> {
  await session.refreshFeed();
  const source = session.feedSource.get();
  if (source.fromCopy || source.problem) return false; // the network did not answer: nothing new
  const downloads = downloadsOf(tab);
  await downloads.start(session);
  // A read of the stored feed queues behind the session's write of the new copy: once it answers,
  // the new articles are in IndexedDB for the next start, offline too.
  await loadStoredFeed().catch(() => undefined);
  return downloads.state.get().status !== 'error';
}

let listening = false;

/** Lets the worker wake this page for a background refresh (it asks, this page answers on the port). */
export function listenForBackgroundRefresh(session: FeedSession, tab: TabState): void {
  if (listening || !('serviceWorker' in navigator)) return;
  listening = true;
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<unknown>) => {
    if ((event.data as { type?: unknown } | null)?.type !== REFRESH_MESSAGE) return;
    const port = event.ports[0];
    if (!port) return;
    const answer = (a: PageAnswer) => port.postMessage(a);
    answer({ state: 'accepted' });
    void refreshInPage(session, tab).then(
      (ok) => answer({ state: ok ? 'done' : 'failed' }),
      () => answer({ state: 'failed' }),
    );
  });
}

/**
 * Finishes a run the worker did alone: once the network answers, downloads the latest N articles, and
 * records the run caught up when every one of them is on the device with its images (navigator.onLine
 * is no proof of a network: the refresh is asked first, and the saved images are what counts).
 */
export async function catchUpBackgroundRefresh(session: FeedSession, tab: TabState): Promise<void> {
  await withTabLock(TAB_LOCKS.backgroundRefresh, { ifAvailable: true }, () => catchUpHere(session, tab));
}

async function catchUpHere(session: FeedSession, tab: TabState): Promise<void> {
  const run = await readLastRun();
  if (!run || run.outcome !== 'feed-only' || run.caughtUp) return;
  const later = () => window.addEventListener('online', () => void catchUpBackgroundRefresh(session, tab), { once: true });
  await session.refreshFeed();
  const source = session.feedSource.get();
  if (source.fromCopy || source.problem) return later();
  await downloadsOf(tab).start(session);
  const count = await getSetting('downloadCount');
  const latest = (await session.getFeed()).articles.slice(0, count);
  const kept = await Promise.all(latest.map(async (a) => (await getSaved(a.id).catch(() => undefined))?.imagesCached === true));
  if (kept.every(Boolean)) await writeLastRun({ ...run, caughtUp: true }).catch(() => undefined);
  else later();
}

/** Starts the page side: listens for the worker, applies the setting, and catches up on a worker-only run. */
export async function startBackgroundRefresh(session: FeedSession, tab: TabState): Promise<void> {
  listenForBackgroundRefresh(session, tab);
  await applyBackgroundRefresh();
  await catchUpBackgroundRefresh(session, tab);
}
