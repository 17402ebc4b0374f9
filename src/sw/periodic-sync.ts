/// <reference lib="webworker" />
import { CACHE_NAMES } from '../shared/cache-names';
import { successorInstalled, takeOff, toBackground } from './deadline';
import { keepableFeedCopy } from './feed-cache';
import { isUnmetered, readPlan, REFRESH_MESSAGE, REFRESH_TAG, writeLastRun, type PageAnswer, type RefreshOutcome, type RefreshPlan } from '../shared/refresh-plan';

declare const self: ServiceWorkerGlobalScope;

/** Periodic Background Sync's event (WICG; not in TypeScript's lib). */
interface PeriodicSyncEvent extends ExtendableEvent {
  readonly tag: string;
}

/**
 * A fresh edition waiting: when the browser fires `periodicsync` (Chromium, installed apps, at most as
 * often as the page asked, on its own schedule), the edition is refreshed without the reader.
 *
 * Two ways, because the worker must not know the feed's shape (it cannot tell articles or images in
 * it):
 * - A page of the app is open (a tab, a minimised app window): the worker wakes it, and the page runs
 *   the whole refresh with its own code: the feed fetched and stored in IndexedDB, then the latest N
 *   articles downloaded with their images as "Download for offline" does (src/offline/background-refresh.ts).
 * - No page is open, or none answers (a frozen tab): the worker fetches the feed the page told it
 *   about (the plan) and keeps it in the feed cache by the feed route's own rules. The app shows it
 *   at the next start, offline too (text and every image already on the device); the page then
 *   downloads those articles' images as soon as it runs online.
 */

/** How long a page has to say it took the job: a frozen or closing tab never answers. */
const ACCEPT_MS = 10_000;
/** How long the event waits for the page to finish (the browser ends it after a few minutes anyway). */
const PAGE_MS = 4 * 60_000;
/** A feed fetch with no page waiting on it may take its time, within the event's life. */
const FEED_MS = 60_000;

type PageResult = 'done' | 'failed' | 'no-answer';

/** The open page to wake: the focused one, else a visible one, else any. */
async function pageToWake(): Promise<WindowClient | undefined> {
  const pages = await self.clients.matchAll({ type: 'window' });
  return pages.find((p) => p.focused) ?? pages.find((p) => p.visibilityState === 'visible') ?? pages[0];
}

/** Asks `page` to run the refresh; resolves with how it went ('no-answer' when it never took it). */
function askPage(page: WindowClient): Promise<PageResult> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    let timer = setTimeout(() => resolve('no-answer'), ACCEPT_MS);
    channel.port1.onmessage = (e: MessageEvent<PageAnswer>) => {
      const state = e.data?.state;
      clearTimeout(timer);
      if (state === 'accepted') timer = setTimeout(() => resolve('done'), PAGE_MS); // still working: it finishes on its own
      else resolve(state === 'done' ? 'done' : 'failed');
    };
    page.postMessage({ type: REFRESH_MESSAGE }, [channel.port2]);
  });
}

/** Fetches the feed and keeps it as the feed route would; false when nothing could be kept. */
async function keepFeed(plan: RefreshPlan): Promise<boolean> {
  // No page waits on it: background work, ended when a newer worker waits (./deadline.ts).
  const { flight, signal, land } = takeOff(FEED_MS, '');
  toBackground(flight);
  try {
    // no-cache: the browser's HTTP cache may revalidate, never answer from its own stale copy.
    const response = await fetch(plan.feedUrl, { headers: { Accept: plan.accept }, cache: 'no-cache', signal });
    const copy = await keepableFeedCopy(response);
    if (!copy) return false;
    await (await caches.open(CACHE_NAMES.feed)).put(plan.feedUrl, copy);
    return true;
  } catch {
    return false;
  } finally {
    land();
  }
}

function connectionType(): string | undefined {
  return (self.navigator as WorkerNavigator & { connection?: { type?: string } }).connection?.type;
}

/** One background refresh, start to end; what happened is recorded for settings and the next start. */
async function runBackgroundRefresh(): Promise<RefreshOutcome> {
  const plan = await readPlan();
  let outcome: RefreshOutcome;
  // A worker that never heard from a page, or a reader who turned it off: nothing to do.
  if (!plan?.enabled) outcome = 'skipped-off';
  // "Only on Wi-Fi" covers what the reader did not start too: a cellular connection is left alone.
  else if (plan.wifiOnly && !isUnmetered(connectionType())) outcome = 'skipped-metered';
  else {
    const page = await pageToWake();
    const result: PageResult = page ? await askPage(page) : 'no-answer';
    if (result === 'done') outcome = 'page';
    else if (result === 'failed') outcome = 'failed'; // the page met the same network: no second try
    else outcome = (await keepFeed(plan)) ? 'feed-only' : 'failed';
  }
  await writeLastRun({ at: Date.now(), outcome }).catch(() => undefined);
  return outcome;
}

/** Registers the `periodicsync` handler for the app's refresh tag. */
export function registerPeriodicSync(): void {
  self.addEventListener('periodicsync' as keyof ServiceWorkerGlobalScopeEventMap, (event) => {
    const e = event as unknown as PeriodicSyncEvent;
    if (e.tag !== REFRESH_TAG) return;
    // A newer worker installed meanwhile ends the event: a page that took the job finishes it on its
    // own, and the event must not hold the newer worker back (./deadline.ts).
    e.waitUntil(Promise.race([runBackgroundRefresh(), successorInstalled()]));
  });
}
