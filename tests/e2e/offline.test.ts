import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { Session } from '../../scripts/lib/browser';
import { brokenImages, OFFLINE_NOISE } from './support/browser';
import { serveAndOpen } from './support/fixture';
import type { TestServer } from '../../scripts/lib/server';

// Offline reading against the production build with the service worker in control.

let server: TestServer;
let s: Session;

serveAndOpen({ server: (v) => (server = v), session: (v) => (s = v) });

/** Waits until a service worker is active and controls the page (it claims the page on first install). */
async function waitForWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 });
}

async function countImages(page: Page) {
  return page.locator('main img').count();
}

describe('offline reading', () => {
  test('an article read online opens offline with its images; the status says Offline', async () => {
    s.expectErrors(...OFFLINE_NOISE);
    const { page, context } = s;
    await page.goto(server.url + '/');
    await page.locator('main article').first().waitFor();
    await waitForWorker(page);
    const link = page.locator('main article h3 a').first();
    const title = ((await link.textContent()) ?? '').trim();
    await link.click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    assert.ok((await countImages(page)) > 0, 'the article has images');
    assert.deepEqual(await brokenImages(page), [], 'images load online');
    assert.equal(((await page.getByRole('status').filter({ hasText: /Offline/ }).count())), 0, 'no Offline status online');

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    assert.ok((await page.locator('.article-body p').count()) > 2, 'the body renders offline');
    assert.deepEqual(await brokenImages(page), [], 'images render offline');
    await page.getByRole('status').filter({ hasText: 'Offline' }).waitFor();
  });

  test('offline, an article never opened before opens from home', async () => {
    s.expectErrors(...OFFLINE_NOISE);
    const { page, context } = s;
    await page.goto(server.url + '/');
    await page.locator('main article').first().waitFor();
    await waitForWorker(page);
    await context.setOffline(true);
    await page.reload();
    const status = page.getByRole('status').filter({ hasText: /Offline/ });
    await status.waitFor();
    assert.match((await status.textContent()) ?? '', /Offline — showing articles fetched at \d/);
    const link = page.locator('main article h3 a').nth(5);
    const title = ((await link.textContent()) ?? '').trim();
    await link.click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    assert.ok((await page.locator('.article-body p').count()) > 0, 'its text renders');
  });

  test('a saved article and its images open offline from /saved, even with the image cache gone', async () => {
    s.expectErrors(...OFFLINE_NOISE);
    const { page, context } = s;
    await page.goto(server.url + '/');
    await page.locator('main article').first().waitFor();
    await waitForWorker(page);
    // Save from a card, without opening the article: its body images and avatars were never shown.
    const card = page.locator('main .card-grid article').nth(2);
    const title = ((await card.locator('h3 a').textContent()) ?? '').trim();
    await card.getByRole('button', { name: 'Save for offline' }).click();
    await card.locator('button[aria-pressed="true"]:not([aria-busy])').waitFor();
    await card.getByText('Available offline').waitFor();
    // Only the saved-images cache may serve these images.
    await page.evaluate(() => caches.delete('broadsheet-images'));

    await context.setOffline(true);
    await page.goto(server.url + '/saved');
    await page.getByRole('heading', { level: 1, name: 'Saved articles' }).waitFor();
    await page.getByRole('link', { name: title }).first().click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    assert.ok((await page.locator('.article-body p').count()) > 0, 'the text renders');
    assert.ok((await countImages(page)) > 0, 'it has images');
    // The hero offers several sizes and the browser picks one for this window: every size was saved,
    // so whichever it picks is there offline.
    const srcset = await page.evaluate(() => document.querySelector('.hero img')?.getAttribute('srcset') ?? '');
    const sizes = srcset.split(', ').map((c) => c.split(' ')[0] ?? '');
    assert.ok(sizes.length >= 2, `the hero is an <img> with a srcset, not the alt text of a failed image (${srcset})`);
    const unsaved = await page.evaluate(async (urls) => {
      const cache = await caches.open('broadsheet-saved-images');
      const missing: string[] = [];
      for (const url of urls) if (!(await cache.match(new URL(url, location.href).href, { ignoreVary: true }))) missing.push(url);
      return missing;
    }, sizes);
    assert.deepEqual(unsaved, [], 'every size of the hero is in the saved-images cache');
    // Settled: loaded, or failed (complete with no pixels, or already swapped for the alt-text box).
    await page.waitForFunction(() => document.querySelector('.hero .img-fallback') !== null || document.querySelector<HTMLImageElement>('.hero img')?.complete === true);
    const hero = await page.evaluate(() => {
      const img = document.querySelector<HTMLImageElement>('.hero img');
      return { naturalWidth: img?.naturalWidth ?? 0, currentSrc: img?.currentSrc ?? 'none: the alt-text box stands in' };
    });
    assert.ok(hero.naturalWidth > 0, `the hero loads offline (${hero.currentSrc})`);
    assert.deepEqual(await brokenImages(page), [], 'its images render offline');
    const button = page.getByRole('button', { name: 'Remove from saved' });
    assert.equal(await button.getAttribute('aria-pressed'), 'true');
  });

  test('a reading list written by schema v1 is migrated and still opens', async () => {
    // The plain-text page's favicon 404 is not the app's.
    s.expectErrors(/status of 404.*\[.*\/favicon\.ico\]/);
    const { page } = s;
    // Same origin, before the app has ever run: write the v1 database by hand.
    await page.goto(server.url + '/robots.txt');
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('broadsheet', 1);
          req.onupgradeneeded = () => {
            const db = req.result;
            const list = db.createObjectStore('readingList', { keyPath: 'slug' });
            db.createObjectStore('settings').put(17, 'downloadCount');
            list.put({
              slug: 'kept-from-version-one',
              addedAt: 1_700_000_000_000,
              authors: [],
              article: {
                id: 'v1-story',
                slug: 'kept-from-version-one',
                aliases: [],
                title: 'A story kept from version one',
                titleDerived: false,
                contentText: 'This paragraph was saved by the first version of the app.',
                plainText: 'This paragraph was saved by the first version of the app.',
                authorSlugs: [],
                tagSlugs: [],
                dir: 'ltr',
                attachments: [],
                relatedIds: [],
                wordCount: 11,
                readingMinutes: 1,
                baseUrl: location.origin + '/',
              },
            });
          };
          req.onsuccess = () => {
            req.result.close();
            resolve();
          };
          req.onerror = () => reject(req.error);
        }),
    );
    await page.goto(server.url + '/saved');
    const link = page.getByRole('link', { name: 'A story kept from version one' });
    await link.first().click();
    await page.getByRole('heading', { level: 1, name: 'A story kept from version one' }).waitFor();
    await page.getByText('saved by the first version of the app').waitFor();
    await page.goto(server.url + '/settings');
    // The panel renders with the default first and fills in the stored value from IndexedDB: wait for it, then assert.
    const count = page.getByLabel('Articles to download');
    await page
      .waitForFunction((el) => (el as HTMLInputElement | null)?.value === '17', await count.elementHandle(), { timeout: 10_000 })
      .catch(() => undefined);
    assert.equal(await count.inputValue(), '17', 'settings survive the migration');
    const version = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const req = indexedDB.open('broadsheet');
          req.onsuccess = () => {
            resolve(req.result.version);
            req.result.close();
          };
        }),
    );
    assert.equal(version, 3, 'migrated to the current schema');
  });

  test('"Download for offline" of 30 articles shows progress, and all 30 open offline with their images', async () => {
    s.expectErrors(...OFFLINE_NOISE);
    const { page, context } = s;
    await page.goto(server.url + '/settings');
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await waitForWorker(page);
    // Record every progress text shown, however fast the download runs.
    await page.evaluate(() => {
      const w = window as unknown as { seen: string[] };
      w.seen = [];
      new MutationObserver(() => {
        const p = document.querySelector('.download-progress p');
        const bar = document.querySelector('.download-progress progress');
        if (p && bar) w.seen.push(p.textContent ?? '');
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByRole('button', { name: 'Download the latest 30 articles' }).click();
    await page.getByText('30 of 30 articles are available offline.').waitFor({ timeout: 60_000 });
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    assert.ok(seen.some((t) => /^\d+ of 30$/.test(t)), `progress was shown as "n of 30" (${seen.join(' | ')})`);

    const slugs = await page.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const req = indexedDB.open('broadsheet');
          req.onsuccess = () => {
            const all = req.result.transaction('saved').objectStore('saved').getAll();
            all.onsuccess = () => resolve((all.result as { article: { slug: string }; imagesCached: boolean }[]).filter((e) => e.imagesCached).map((e) => e.article.slug));
            all.onerror = () => reject(all.error);
          };
        }),
    );
    assert.equal(slugs.length, 30, '30 articles saved with their images');

    await context.setOffline(true);
    for (const slug of slugs) {
      await page.goto(`${server.url}/articles/${slug}`);
      await page.locator('main h1').waitFor();
      assert.ok((await page.locator('.article-body').count()) === 1, `${slug} renders`);
      assert.deepEqual(await brokenImages(page), [], `${slug}: images render offline`);
    }
  });
});
