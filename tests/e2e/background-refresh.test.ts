import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { Session } from '../../scripts/lib/browser';
import { brokenImages, OFFLINE_NOISE } from './support/browser';
import { serveAndOpen } from './support/fixture';
import { poll, until } from './support/poll';
import { readOnce } from './support/returning';
import type { TestServer } from '../../scripts/lib/server';

// A fresh edition waiting: Periodic Background Sync, against the production build. Headless Chromium
// grants the permission only when told to (DevTools' Browser.grantPermissions), and never fires the
// event on its own: the tests fire it the way the browser would, through DevTools'
// ServiceWorker.dispatchPeriodicSyncEvent, with a changed feed on the server.

let server: TestServer;
let s: Session;

serveAndOpen({ server: (v) => (server = v), session: (v) => (s = v) });

const TAG = 'broadsheet-refresh';

interface FeedJson {
  title: string;
  items: Record<string, unknown>[];
}

/** The sample feed with two articles published since the build, with pictures the server has. */
async function changedFeed(): Promise<{ body: string; titles: string[]; slugs: string[] }> {
  const feed = JSON.parse(await readFile(new URL('../../public/feed.json', import.meta.url), 'utf8')) as FeedJson;
  const fresh = [
    { id: 'bg-ferry', slug: 'winter-ferry-timetable', title: 'Winter ferry timetable brings earlier crossings', image: '/images/ferry-harbour.jpg', figure: '/images/figure-harbour-cranes.jpg' },
    { id: 'bg-pylons', slug: 'grid-upgrade-reaches-northgate', title: 'Grid upgrade reaches Northgate a year early', image: '/images/grid-pylons.jpg', figure: '/images/figure-terminal-night.jpg' },
  ];
  feed.items.unshift(
    ...fresh.map((f, i) => ({
      id: f.id,
      url: `/2026/12/${f.slug}`,
      title: f.title,
      summary: `${f.title}, in brief.`,
      content_html: `<p>The first paragraph of ${f.title.toLowerCase()}.</p><figure><img src="${f.figure}" alt="A figure" width="800" height="450"></figure><p>The second paragraph.</p>`,
      image: f.image,
      date_published: `2026-12-0${2 - i}T07:00:00+00:00`,
      authors: [{ name: 'Mara Okafor' }],
      tags: ['City'],
    })),
  );
  return { body: JSON.stringify(feed), titles: fresh.map((f) => f.title), slugs: fresh.map((f) => f.slug) };
}

/** The id DevTools knows the app's worker registration by. */
async function registrationId(cdp: CDPSession): Promise<string> {
  const scope = server.url + '/';
  return new Promise((resolve) => {
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const reg = registrations.find((r) => r.scopeURL === scope && !r.isDeleted);
      if (reg) resolve(reg.registrationId);
    });
    void cdp.send('ServiceWorker.enable');
  });
}

/** Fires `periodicsync` at the app's worker, as the browser's scheduler does. */
async function firePeriodicSync(cdp: CDPSession, registration: string): Promise<void> {
  await cdp.send('ServiceWorker.dispatchPeriodicSyncEvent', { origin: server.url, registrationId: registration, tag: TAG });
}

type Run = { outcome?: string; caughtUp?: boolean };

/** The worker's record of its last run, read inside the worker itself: no page of the app needs to be open. */
async function lastRun(context: BrowserContext): Promise<Run | undefined> {
  const worker = context.serviceWorkers().find((w) => w.url().startsWith(server.url)) ?? (await context.waitForEvent('serviceworker'));
  return worker.evaluate(async (key) => {
    const res = await (await caches.open('broadsheet-background-refresh')).match(key);
    return res ? ((await res.json()) as { outcome?: string; caughtUp?: boolean }) : undefined;
  }, '/__broadsheet/background-refresh/last-run');
}

/** Polls the last run until `check` holds (a run takes a page's whole download at most). */
async function waitForRun(context: BrowserContext, check: (run: Run) => boolean): Promise<void> {
  await poll(() => lastRun(context), (run) => !!run && check(run), { what: 'a background run that matched', timeoutMs: 60_000, intervalMs: 250 });
}

/** The worker registration's periodic sync tags. */
function tags(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const reg = (await navigator.serviceWorker.ready) as ServiceWorkerRegistration & { periodicSync: { getTags(): Promise<string[]> } };
    return reg.periodicSync.getTags();
  });
}

/**
 * At home, the new articles: the prerendered home shows the edition it was built with, and offers
 * what the device has since ("2 new articles"); shown, they are listed. Then `title` opens.
 */
async function openNewArticle(page: Page, titles: string[], title: string): Promise<void> {
  await page.goto(server.url + '/');
  await page.getByRole('button', { name: `${titles.length} new articles` }).click();
  for (const t of titles) await page.getByRole('link', { name: t }).first().waitFor();
  await page.getByRole('link', { name: title }).first().click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.getByText('The second paragraph.').waitFor();
}

/** Grants the permission, sets "Articles to download" to 3 and waits until Settings say the refresh is on. */
async function allowAndSchedule(page: Page, cdp: CDPSession): Promise<string> {
  await cdp.send('Browser.grantPermissions', { origin: server.url, permissions: ['periodicBackgroundSync'] });
  await page.goto(server.url + '/settings');
  const count = page.getByLabel('Articles to download');
  await page.waitForFunction((el) => (el as HTMLInputElement | null)?.value === '30', await count.elementHandle());
  await count.fill('3');
  // Stored before the page goes: a reload could otherwise cut the write short.
  await until(page, async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('broadsheet');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const value = await new Promise<unknown>((resolve) => {
      const get = db.transaction('settings').objectStore('settings').get('downloadCount');
      get.onsuccess = () => resolve(get.result);
      get.onerror = () => resolve(undefined);
    });
    db.close();
    return value === 3;
  });
  await page.reload();
  const panel = page.getByRole('region', { name: 'Background refresh' });
  await panel.getByText(/^On: a few times a day, when the browser allows it, Broadsheet fetches the latest edition and downloads the latest 3 articles with their images\./).waitFor();
  return registrationId(cdp);
}

async function feedTitle(): Promise<string> {
  return (JSON.parse(await readFile(new URL('../../public/feed.json', import.meta.url), 'utf8')) as FeedJson).title;
}

describe('background refresh', () => {
  test('where the browser has not allowed it, settings say so and offer the download; nothing is scheduled', async () => {
    const { page } = s;
    await readOnce(page, server.url, await feedTitle());
    await page.goto(server.url + '/settings');
    const panel = page.getByRole('region', { name: 'Background refresh' });
    await panel.getByText(/has not allowed Broadsheet to refresh in the background/).waitFor();
    assert.equal(await panel.getByRole('checkbox').count(), 0, 'no switch for what cannot happen');
    await page.getByRole('button', { name: 'Download the latest 30 articles' }).waitFor();
    assert.deepEqual(await tags(page), []);
  });

  test('allowed: scheduled; fired with a page open, the page stores the new edition and downloads its articles; offline, home shows them and one opens with its images; turned off, a run does nothing', async () => {
    const { page, context } = s;
    s.expectErrors(...OFFLINE_NOISE);
    await readOnce(page, server.url, await feedTitle());
    const cdp = await context.newCDPSession(page);
    const registration = await allowAndSchedule(page, cdp);
    const panel = page.getByRole('region', { name: 'Background refresh' });
    assert.equal(await panel.getByRole('checkbox', { name: 'Refresh the edition in the background' }).isChecked(), true);
    assert.deepEqual(await tags(page), [TAG]);

    const { body, titles, slugs } = await changedFeed();
    server.override('/feed.json', { body, contentType: 'application/feed+json' });
    await firePeriodicSync(cdp, registration);
    await waitForRun(context, (run) => run.outcome === 'page');
    // The page downloaded the latest three: the two new articles are saved with their images.
    const saved = await page.evaluate(
      () =>
        new Promise<{ id: string; imagesCached: boolean }[]>((resolve, reject) => {
          const req = indexedDB.open('broadsheet');
          req.onsuccess = () => {
            const get = req.result.transaction('saved').objectStore('saved').getAll();
            get.onsuccess = () => {
              req.result.close();
              resolve((get.result as { id: string; imagesCached: boolean }[]).map((e) => ({ id: e.id, imagesCached: e.imagesCached })));
            };
          };
          req.onerror = () => reject(req.error);
        }),
    );
    for (const id of ['bg-ferry', 'bg-pylons']) assert.deepEqual(saved.find((e) => e.id === id), { id, imagesCached: true }, `${id} saved with its images`);
    await page.reload();
    await panel.getByText(/Last background refresh: .*, the latest articles were downloaded\./).waitFor();

    await context.setOffline(true);
    await openNewArticle(page, titles, titles[0] ?? '');
    assert.equal(new URL(page.url()).pathname, `/articles/${slugs[0]}`);
    assert.ok((await page.locator('main img').count()) >= 2, 'hero and figure');
    assert.deepEqual(await brokenImages(page), [], 'its images render offline');

    // Turned off: unscheduled, and a run the browser still fires does nothing.
    await context.setOffline(false);
    await page.goto(server.url + '/settings');
    await panel.getByRole('checkbox', { name: 'Refresh the edition in the background' }).uncheck();
    await panel.getByText(/^Off: the edition is refreshed only while Broadsheet is open\./).waitFor();
    assert.deepEqual(await tags(page), []);
    const feedRequests = server.seen('/feed.json').length;
    await firePeriodicSync(cdp, registration);
    await waitForRun(context, (run) => run.outcome === 'skipped-off');
    assert.equal(server.seen('/feed.json').length, feedRequests, 'no feed request');
  });

  test('with no page open, the worker keeps the new feed: offline, the next start shows the new articles; online, their images follow', async () => {
    const { page, context } = s;
    s.expectErrors(...OFFLINE_NOISE);
    await readOnce(page, server.url, await feedTitle());
    const cdp = await context.newCDPSession(page);
    const registration = await allowAndSchedule(page, cdp);

    const { body, titles } = await changedFeed();
    server.override('/feed.json', { body, contentType: 'application/feed+json' });
    await page.goto('about:blank'); // no page of the app is open now
    assert.equal(await page.evaluate(() => location.href), 'about:blank');
    const before = server.seen('/feed.json').length;
    await firePeriodicSync(cdp, registration);
    await waitForRun(context, (run) => run.outcome === 'feed-only');
    const fetched = server.seen('/feed.json').slice(before);
    assert.equal(fetched.length, 1, 'the worker fetched the feed once');
    assert.match(fetched[0]?.accept ?? '', /^application\/feed\+json/, 'with the page\'s Accept header');

    await context.setOffline(true);
    await openNewArticle(page, titles, titles[0] ?? '');

    // Back online, the app downloads what the worker could not: the new articles' images.
    await context.setOffline(false);
    await page.goto(server.url + '/');
    await waitForRun(context, (run) => run.caughtUp === true);
    await context.setOffline(true);
    await openNewArticle(page, titles, titles[1] ?? '');
    await until(page, async () => document.querySelectorAll('main img').length >= 2);
    assert.deepEqual(await brokenImages(page), [], 'its images render offline');
  });
});
