import type { Page } from 'playwright-core';
import { until } from './poll';

/** A returning reader's device: the worker in control with its copy of the feed, and the feed in IndexedDB. */

/** Reads home online until the worker controls the page and keeps the feed, and the feed is in IndexedDB. */
export async function readOnce(page: Page, url: string, title: string) {
  await page.goto(url + '/');
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 });
  // The first load happened before the worker was there: load again so the worker keeps a copy too.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await until(page, async () => (await (await caches.open('broadsheet-feed')).keys()).length > 0);
  await waitForStoredFeed(page);
}

/** Waits until the app has kept the feed in IndexedDB. */
export async function waitForStoredFeed(page: Page) {
  await until(page, async () => {
    // Never open a database the app has not created yet: that would create an empty one under it.
    if (!(await indexedDB.databases()).some((d) => d.name === 'broadsheet' && (d.version ?? 0) >= 2)) return false;
    return new Promise<boolean>((resolve) => {
      const req = indexedDB.open('broadsheet');
      req.onsuccess = () => {
        const db = req.result;
        const get = db.transaction('feed').objectStore('feed').get('current');
        get.onsuccess = () => {
          db.close();
          resolve(Array.isArray((get.result as { model?: { articles?: unknown } } | undefined)?.model?.articles));
        };
        get.onerror = () => resolve(false);
      };
      req.onerror = () => resolve(false);
    });
  });
}
