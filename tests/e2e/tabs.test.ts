import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { Session } from '../../scripts/lib/browser';
import { appLive } from './support/browser';
import { serveAndOpen } from './support/fixture';
import { poll } from './support/poll';
import { sampleFeed, sampleItem, slugOf } from './support/sample-feed';
import type { TestServer } from '../../scripts/lib/server';

// Two tabs of the app (two pages of one browser profile): what one keeps shows in the other within a
// second, without a reload, and background work (here "Download for offline") runs in one tab at a time,
// passing to another when that tab closes.

let server: TestServer;
let s: Session;
const feed = sampleFeed();

serveAndOpen({ server: (v) => (server = v), session: (v) => (s = v) });

/** How long another tab may take to show a change: counted from the moment the change is stored. */
const WITHIN = 1000;

/** Opens `path` in a second tab of the session's browser and waits for the app to run there. */
async function openTab(path: string): Promise<Page> {
  const page = await s.context.newPage();
  await countImageFetches(page);
  await page.goto(server.url + path);
  await appLive(page);
  return page;
}

/** Counts, in the page, the images its own code fetches (saving an article fetches its images). */
async function countImageFetches(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { imageFetches: number };
    w.imageFetches = 0;
    const original = window.fetch.bind(window);
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (/\/(images|avatars)\//.test(url)) w.imageFetches++;
      return original(input, init);
    };
  });
}

const imageFetches = (page: Page) => page.evaluate(() => (window as unknown as { imageFetches: number }).imageFetches);

/** Makes every image and avatar answer after `delayMs`, so a download lasts long enough to watch. */
function slowImages(delayMs: number): void {
  for (const dir of ['images', 'avatars']) {
    for (const name of readdirSync(`public/${dir}`)) {
      if (!/\.(jpe?g|png|webp)$/.test(name)) continue;
      const type = name.endsWith('.png') ? 'image/png' : name.endsWith('.webp') ? 'image/webp' : 'image/jpeg';
      server.override(`/${dir}/${name}`, { delayMs, bytes: readFileSync(`public/${dir}/${name}`), contentType: type });
    }
  }
}

/** The button of the card whose title link is `title`. */
const cardButton = (page: Page, title: string) => page.locator('main article').filter({ has: page.getByRole('link', { name: title, exact: true }) }).first().locator('button.save-button');

/**
 * Tab A (the session's page, its image fetches counted) and tab B, both on /settings with "Download
 * for offline" set to `count` articles; from then on, images answer after `imageDelayMs`.
 */
async function settingsTabs(count: number, imageDelayMs: number): Promise<{ a: Page; b: Page }> {
  const a = s.page;
  await countImageFetches(a);
  await a.goto(server.url + '/settings');
  await appLive(a);
  await a.getByLabel('Articles to download').fill(String(count));
  const b = await openTab('/settings');
  await b.getByRole('button', { name: `Download the latest ${count} articles` }).waitFor();
  slowImages(imageDelayMs);
  return { a, b };
}

describe('tabs agree', () => {
  test('a save in tab A shows in tab B, and a removal in B shows in A, each within 1 s', async () => {
    const item = sampleItem(feed, 2);
    const a = s.page;
    await countImageFetches(a);
    await a.goto(`${server.url}/articles/${slugOf(item.url)}`);
    await appLive(a);
    const b = await openTab('/');
    const inB = cardButton(b, item.title);
    await inB.and(b.locator('[aria-pressed="false"]:not([aria-busy])')).waitFor();

    // The article's own button (the related cards have theirs).
    const inA = a.locator('.article-actions button.save-button');
    await inA.and(a.locator('[aria-pressed="false"]:not([aria-busy])')).waitFor();
    await a.bringToFront();
    await inA.click();
    // Stored in A (its button turns as the record is written)...
    await inA.and(a.locator('[aria-pressed="true"]')).waitFor();
    // ...and seen in B.
    await b.bringToFront();
    await inB.and(b.locator('[aria-pressed="true"]')).waitFor({ timeout: WITHIN });

    // B removes it from /saved: A's article page turns back.
    await b.getByRole('link', { name: 'Saved' }).first().click();
    await b.getByRole('heading', { level: 1, name: 'Saved articles' }).waitFor();
    const savedCard = cardButton(b, item.title);
    await savedCard.and(b.locator('[aria-pressed="true"]:not([aria-busy])')).waitFor();
    await savedCard.click();
    await b.getByRole('link', { name: item.title, exact: true }).waitFor({ state: 'detached', timeout: WITHIN });
    await a.bringToFront();
    await inA.and(a.locator('[aria-pressed="false"]')).waitFor({ timeout: WITHIN });
    assert.equal(await inA.textContent(), 'Save for offline');
    await b.close();
  });

  test('an article read in tab B is marked read on tab A\'s home within 1 s', async () => {
    const item = sampleItem(feed, 4);
    const a = s.page;
    await a.goto(server.url + '/');
    await appLive(a);
    const card = a.getByRole('region', { name: 'Latest' }).getByRole('article').filter({ has: a.getByRole('link', { name: item.title, exact: true }) });
    await card.waitFor();
    assert.doesNotMatch((await card.getAttribute('class')) ?? '', /card-read/);

    const b = await openTab(`/articles/${slugOf(item.url)}`);
    await b.getByRole('heading', { level: 1, name: item.title }).waitFor();
    // Stored in B...
    await poll(() => storedReadAt(b, item.id), (v) => typeof v === 'number', { what: 'the article to be marked read in tab B', timeoutMs: 10_000 });
    // ...and seen in A.
    await a.bringToFront();
    await a.locator('main article.card-read').filter({ has: a.getByRole('link', { name: item.title, exact: true }) }).first().waitFor({ timeout: WITHIN });
    await b.close();
  });

  test('appearance and settings changed in tab A apply in tab B within 1 s', async () => {
    const a = s.page;
    await a.goto(server.url + '/settings');
    await appLive(a);
    const b = await openTab('/settings');
    const panelB = b.getByRole('region', { name: 'Appearance' });
    await panelB.getByRole('radio', { name: 'Match the system' }).waitFor();
    assert.equal(await b.evaluate(() => document.documentElement.dataset.theme), undefined);

    await a.bringToFront();
    await a.getByRole('region', { name: 'Appearance' }).getByRole('radio', { name: 'Dark' }).check();
    await b.bringToFront();
    await b.waitForFunction(() => document.documentElement.dataset.theme === 'dark', undefined, { timeout: WITHIN });
    assert.equal(await panelB.getByRole('radio', { name: 'Dark' }).isChecked(), true, "B's settings panel shows it");

    await a.bringToFront();
    await a.getByLabel('Articles to download').fill('7');
    await a.getByRole('button', { name: 'Download the latest 7 articles' }).waitFor();
    await poll(() => storedSetting(a, 'downloadCount'), (v) => v === 7, { what: 'the setting to be stored in A', timeoutMs: 5_000, intervalMs: 50 });
    await b.getByRole('button', { name: 'Download the latest 7 articles' }).waitFor({ timeout: WITHIN });
    assert.equal(await b.getByLabel('Articles to download').inputValue(), '7');
    await b.close();
  });

  test('"Download for offline" runs in one tab only; the other shows its progress', async () => {
    const COUNT = 6;
    const { a, b } = await settingsTabs(COUNT, 150);

    await a.bringToFront();
    await a.getByRole('button', { name: `Download the latest ${COUNT} articles` }).click();
    // B shows A's progress ("n of 6")...
    await b.locator('.download-progress p').filter({ hasText: new RegExp(`^[1-9] of ${COUNT}$`) }).waitFor({ timeout: 20_000 });
    await b.getByRole('button', { name: 'Cancel download' }).waitFor();
    // ...and the outcome, while only A fetched the images.
    await a.getByText(`${COUNT} of ${COUNT} articles are available offline.`).waitFor({ timeout: 60_000 });
    await b.getByText(`${COUNT} of ${COUNT} articles are available offline.`).waitFor({ timeout: 5_000 });
    assert.ok((await imageFetches(a)) > 0, 'tab A fetched the images');
    assert.equal(await imageFetches(b), 0, 'tab B did not run the download too');
    await b.close();
  });

  test('when the tab running the download closes, another tab takes it over and finishes it', async () => {
    const COUNT = 8;
    const { a, b } = await settingsTabs(COUNT, 400);

    await a.getByRole('button', { name: `Download the latest ${COUNT} articles` }).click();
    await b.locator('.download-progress p').filter({ hasText: new RegExp(`^[2-5] of ${COUNT}$`) }).waitFor({ timeout: 30_000 });
    assert.equal(await imageFetches(b), 0, 'tab B waits while tab A runs it');
    await a.close();

    await b.bringToFront();
    await b.getByText(`${COUNT} of ${COUNT} articles are available offline.`).waitFor({ timeout: 60_000 });
    assert.ok((await imageFetches(b)) > 0, 'tab B took the download over');
    const saved = await b.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const req = indexedDB.open('broadsheet');
          req.onsuccess = () => {
            const all = req.result.transaction('saved').objectStore('saved').getAll();
            all.onsuccess = () => resolve((all.result as { imagesCached: boolean }[]).filter((e) => e.imagesCached).length);
            all.onerror = () => reject(all.error);
          };
        }),
    );
    assert.equal(saved, COUNT, 'every article saved with its images');
  });
});

/** When the stored read state of an article says it was read (null when none), read without creating the database. */
function storedReadAt(page: Page, id: string) {
  return page.evaluate(
    (articleId) =>
      new Promise<number | null>((resolve) => {
        const open = indexedDB.open('broadsheet');
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => resolve(null);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('readState').objectStore('readState').get(articleId);
          get.onsuccess = () => {
            db.close();
            resolve((get.result as { readAt?: number } | undefined)?.readAt ?? null);
          };
          get.onerror = () => resolve(null);
        };
      }),
    id,
  );
}

/** One stored setting (undefined when none). */
function storedSetting(page: Page, key: string) {
  return page.evaluate(
    (k) =>
      new Promise<unknown>((resolve) => {
        const open = indexedDB.open('broadsheet');
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('settings').objectStore('settings').get(k);
          get.onsuccess = () => {
            db.close();
            resolve(get.result);
          };
          get.onerror = () => resolve(undefined);
        };
      }),
    key,
  );
}
