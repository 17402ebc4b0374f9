import type { JSHandle, Page } from 'playwright-core';
import { openSession, type Session, type SessionOptions } from '../../../scripts/lib/browser';
import { poll } from './poll';

/** Page helpers of the e2e tests; the browser session itself is scripts/lib/browser.ts. */

/** What a browser logs for requests that fail because the network is off: expected while a test is offline. */
export const OFFLINE_NOISE: readonly RegExp[] = [/ERR_INTERNET_DISCONNECTED/, /Failed to load resource/];

/**
 * Runs `body` with a session of its own and closes it after, whatever happened: a failure of the body
 * is reported together with any unexpected errors the browser saw (they often explain it).
 */
export async function withSession<T>(opts: SessionOptions, body: (session: Session) => Promise<T>): Promise<T> {
  const session = await openSession(opts);
  let result: T;
  try {
    result = await body(session);
  } catch (failure) {
    try {
      await session.close();
    } catch (unexpected) {
      throw new AggregateError([failure, unexpected], 'the test failed, and its browser saw errors it did not expect', { cause: unexpected });
    }
    throw failure;
  }
  await session.close();
  return result;
}

/** Waits until main.tsx has handed a prerendered page to React (it drops the prerendered head marks then). */
export async function appLive(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.head.querySelector('[data-prerender]') && !!document.querySelector('#main h1'));
}

/**
 * Asks the browser for a new service worker until one is installing, waiting or active in place of
 * the one that was. A single update() is not enough: it joins a check already in flight (every
 * navigation starts one), which may have fetched sw.js before the test deployed and found nothing.
 */
export async function findNewWorker(page: Page, timeoutMs = 20_000): Promise<void> {
  const before: JSHandle<ServiceWorker | null> = await page.evaluateHandle(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    if (!registration) throw new Error('no service worker registration to update');
    return registration.active;
  });
  await poll(
    () =>
      page.evaluate(async (old) => {
        const registration = await navigator.serviceWorker.getRegistration();
        if (!registration) throw new Error('the service worker registration went away');
        if (registration.installing || registration.waiting || registration.active !== old) return true;
        await registration.update().catch(() => undefined);
        return false;
      }, before),
    (found) => found,
    { what: 'a new service worker', timeoutMs, intervalMs: 250 },
  );
  await before.dispose();
}

/** Makes every image in main load now (lazy ones too) and returns those that did not. */
export async function brokenImages(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const bad: string[] = [];
    for (const img of document.querySelectorAll<HTMLImageElement>('main img')) {
      img.loading = 'eager';
      await img.decode().catch(() => undefined);
      if (!img.complete || img.naturalWidth === 0) bad.push(img.currentSrc || img.src);
    }
    for (const f of document.querySelectorAll('main .img-fallback')) bad.push(`fallback: ${f.textContent ?? ''}`);
    return bad;
  });
}

interface VersionUpdate {
  versionId: string;
  scriptURL: string;
  status: string;
  runningStatus: string;
  controlledClients?: string[];
}

/**
 * Records, from now on, each change of state of the page's service workers as Chromium's DevTools
 * protocol reports it (installed/activated, and running/stopped: a worker kept running by an event
 * or a message is what holds a successor in "waiting"). Returns a function giving the timeline so
 * far, one line per change, for a failure message.
 */
export async function recordWorkerTimeline(page: Page): Promise<() => string> {
  const cdp = await page.context().newCDPSession(page);
  const t0 = Date.now();
  const lines: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: VersionUpdate[] }) => {
    for (const v of versions) {
      lines.push(`+${Date.now() - t0} ms v${v.versionId} ${v.status}/${v.runningStatus} clients=${v.controlledClients?.length ?? 0}`);
    }
  });
  await cdp.send('ServiceWorker.enable');
  return () => lines.join('\n');
}
