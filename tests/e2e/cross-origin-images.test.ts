import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { openSession, type Session } from '../../scripts/lib/browser';
import { brokenImages, OFFLINE_NOISE } from './support/browser';
import { buildWithFeed, cachedTypes, startImageHost, type OtherHost } from './support/other-origins';
import { startServer, type TestServer } from '../../scripts/lib/server';

// A publisher's images on an image CDN: the app built from a feed whose images live on two other
// origins (127.0.0.1, other ports), one sending Access-Control-Allow-Origin and one not. Where CORS
// is allowed, images are kept as real responses; where it is not, they are kept opaque, and what the
// browser counts them as (about 7 MB each in Chrome) is said before a download and in the storage
// panel. No image is lost offline either way. Run `npm run build` first.

/** The browser logs the CORS fetch that finds out a host refuses CORS (once per host). */
const CORS_REFUSED = [/blocked by CORS policy/, /Failed to load resource/];
const IMAGES = ['tram-harbour-line', 'ferry-harbour', 'estuary-hills', 'container-terminal', 'budget-donut', 'desalination-coast'];
const DOWNLOAD = 30;

let withCors: OtherHost;
let withoutCors: OtherHost;
let out: string;
let server: TestServer;
let s: Session;

interface Item {
  id: string;
  title: string;
  slug: string;
  images: string[];
}
const corsItems: Item[] = [];
const plainItems: Item[] = [];

/** An item whose hero (three sizes) and one body image are on `host`, under a path of its own. */
function item(host: OtherHost, n: number, kind: string, day: number): { json: object; item: Item } {
  const name = IMAGES[n % IMAGES.length] ?? 'ferry-harbour';
  const base = `${host.url}/cdn/${kind}-${n}`;
  const images = [`${base}/${name}.jpg`, `${base}/${name}-480.jpg`, `${base}/${name}-800.jpg`, `${base}/body/${IMAGES[(n + 1) % IMAGES.length]}-480.jpg`];
  const slug = `${kind}-story-${n}`;
  const title = `${kind === 'cors' ? 'Allowed' : 'Opaque'} story number ${n}`;
  return {
    item: { id: `${kind}-${n}`, title, slug, images },
    json: {
      id: `${kind}-${n}`,
      url: `https://cms.example/news/${slug}`,
      title,
      date_published: new Date(Date.UTC(2026, 10, day, 8)).toISOString(),
      content_html: `<p>First paragraph of ${title}.</p><p><img src="${images[3]}" alt="A figure" width="480" height="270"></p><p>Last paragraph.</p>`,
      image: images[0],
      _broadsheet: {
        image_alt: `Picture for ${title}`,
        image_width: 1200,
        image_height: 675,
        image_srcset: [
          { url: images[1], width: 480 },
          { url: images[2], width: 800 },
        ],
      },
    },
  };
}

async function waitForWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 });
}

before(async () => {
  withCors = await startImageHost(true);
  withoutCors = await startImageHost(false);
  const items: object[] = [];
  // The newest 30 have their images on the host without CORS (what "Download for offline" takes).
  for (let n = 0; n < DOWNLOAD; n++) {
    const made = item(withoutCors, n, 'plain', 30 - (n % 28));
    plainItems.push(made.item);
    items.push(made.json);
  }
  for (let n = 0; n < 3; n++) {
    const made = item(withCors, n, 'cors', 1);
    corsItems.push(made.item);
    items.push(made.json);
  }
  out = await buildWithFeed({ version: 'https://jsonfeed.org/version/1.1', title: 'Image Desk', description: 'Pictures from a CDN', items });
  server = await startServer({ outDir: out });
});
after(async () => {
  await server?.close();
  await withCors?.close();
  await withoutCors?.close();
  if (out) await rm(out, { recursive: true, force: true });
});
beforeEach(async () => {
  s = await openSession();
});
afterEach(async () => {
  server.reset();
  await s.close();
});

/** Opens an article once the worker is in control, so its images go through the worker. */
async function openWithWorker(page: Page, it: Item) {
  await page.goto(`${server.url}/articles/${it.slug}`);
  await page.getByRole('heading', { level: 1, name: it.title }).waitFor();
  await waitForWorker(page);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: it.title }).waitFor();
  assert.deepEqual(await brokenImages(page), [], 'images load online');
}

/** Saves the article on the page; resolves when the save (images included) is done. */
async function save(page: Page) {
  await page.getByRole('button', { name: 'Save for offline' }).first().click();
  await page.locator('main .save-button[aria-pressed="true"]:not([aria-busy])').first().waitFor({ timeout: 20_000 });
}

async function storageNote(page: Page): Promise<string> {
  await page.goto(server.url + '/settings');
  const note = page.locator('.stored-images');
  await note.waitFor();
  return ((await note.textContent()) ?? '').replace(/\s+/g, ' ');
}

describe('images on a host that sends Access-Control-Allow-Origin', () => {
  test('are fetched in CORS mode and kept as real responses, viewed and saved; offline they all show', async () => {
    s.expectErrors(...OFFLINE_NOISE);
    const { page, context } = s;
    const it = corsItems[0];
    assert.ok(it);
    await openWithWorker(page, it);
    const viewed = Object.entries(await cachedTypes(page, 'broadsheet-images', it.images)).filter(([, t]) => t !== 'missing');
    assert.ok(viewed.length > 0, 'the worker kept the images it showed');
    // The <img> asked no-cors; the worker asked the host in CORS mode and kept that answer.
    assert.deepEqual(viewed.filter(([, t]) => t !== 'cors'), [], 'as CORS responses, not opaque ones');

    await save(page);
    const saved = await cachedTypes(page, 'broadsheet-saved-images', it.images);
    assert.deepEqual(Object.values(saved), it.images.map(() => 'cors'), `every image saved as a CORS response (${JSON.stringify(saved)})`);
    assert.ok(withCors.requests.some((r) => r.mode === 'cors' && r.origin === server.url), 'the host was asked in CORS mode, from the app origin');

    // Related cards may show images of the host without CORS: the panel counts exactly those as opaque.
    const hosts = await page.evaluate(async () => {
      const out: Record<string, number> = {};
      for (const name of ['broadsheet-images', 'broadsheet-saved-images']) {
        for (const req of await (await caches.open(name)).keys()) out[new URL(req.url).host] = (out[new URL(req.url).host] ?? 0) + 1;
      }
      return out;
    });
    const note = await storageNote(page);
    const total = Object.values(hosts).reduce((a, b) => a + b, 0);
    const opaque = hosts[withoutCors.host] ?? 0;
    assert.ok(note.startsWith(`${total} images are stored`), `${note} (${JSON.stringify(hosts)})`);
    if (opaque) assert.ok(note.includes(`${opaque} of them come from sites that do not allow CORS`), note);
    else assert.match(note, /each counted at its own size/);

    await context.setOffline(true);
    await page.goto(`${server.url}/articles/${it.slug}`);
    await page.getByRole('heading', { level: 1, name: it.title }).waitFor();
    assert.ok((await page.locator('main img').count()) >= 2, 'hero and body image');
    assert.deepEqual(await brokenImages(page), [], 'images render offline');
  });
});

describe('images on a host without CORS', () => {
  test('saving still keeps them (opaque); the storage panel counts them and what they are counted as; offline they show', async () => {
    s.expectErrors(...CORS_REFUSED, ...OFFLINE_NOISE);
    const { page, context } = s;
    const it = plainItems[5];
    assert.ok(it);
    await openWithWorker(page, it);
    await save(page);
    const saved = await cachedTypes(page, 'broadsheet-saved-images', it.images);
    assert.deepEqual(Object.values(saved), it.images.map(() => 'opaque'), `every image saved, opaque (${JSON.stringify(saved)})`);

    const note = await storageNote(page);
    const opaque = Number(/(\d+) of them come from sites that do not allow CORS/.exec(note)?.[1]);
    assert.ok(opaque >= it.images.length, `the saved images are counted as opaque (${note})`);
    assert.match(note, /counts each as about 7 MB/);
    assert.match(note, new RegExp(`about ${opaque * 7} MB of the figure above`), `the total they are counted as (${note})`);

    await context.setOffline(true);
    await page.goto(`${server.url}/articles/${it.slug}`);
    await page.getByRole('heading', { level: 1, name: it.title }).waitFor();
    assert.deepEqual(await brokenImages(page), [], 'images render offline');
  });

  test(`"Download for offline" of ${DOWNLOAD} articles says first what their images would take; it saves every image, and all show offline`, async () => {
    s.expectErrors(...CORS_REFUSED, ...OFFLINE_NOISE);
    const { page, context } = s;
    await page.goto(server.url + '/settings');
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await waitForWorker(page);
    await page.getByLabel('Articles to download').fill(String(DOWNLOAD));
    const start = page.getByRole('button', { name: `Download the latest ${DOWNLOAD} articles` });

    // Asked first; cancelling saves nothing.
    await start.click();
    const images = DOWNLOAD * 4;
    const warning = page.getByRole('alert').filter({ hasText: 'do not allow CORS' }).or(page.getByRole('alert').filter({ hasText: 'does not allow CORS' }));
    await warning.waitFor({ timeout: 30_000 });
    const text = ((await warning.textContent()) ?? '').replace(/\s+/g, ' ');
    assert.match(text, new RegExp(`These ${DOWNLOAD} articles have ${images} images on ${withoutCors.host.replace(/\./g, '\\.')}, which does not allow CORS`));
    assert.match(text, new RegExp(`about ${(images * 7) / 1000} GB in all|about ${images * 7} MB in all`), text);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByText('Download cancelled: nothing was saved.').waitFor();
    const savedCount = () =>
      page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const req = indexedDB.open('broadsheet');
            req.onsuccess = () => {
              const all = req.result.transaction('saved').objectStore('saved').count();
              all.onsuccess = () => resolve(all.result);
            };
          }),
      );
    assert.equal(await savedCount(), 0);

    // Confirmed: every article and every image, the opaque ones counted as they are stored.
    await start.click();
    await page.getByRole('button', { name: 'Download anyway' }).click();
    await page.getByText(`${DOWNLOAD} of ${DOWNLOAD} articles are available offline.`).waitFor({ timeout: 90_000 });
    const done = ((await page.locator('.download-opaque').textContent()) ?? '').replace(/\s+/g, ' ');
    assert.match(done, new RegExp(`^${images} images were stored from sites that do not allow CORS: counted by Chrome as about`), done);
    assert.equal(await savedCount(), DOWNLOAD);
    const all = plainItems.flatMap((i) => i.images);
    const types = await cachedTypes(page, 'broadsheet-saved-images', all);
    assert.deepEqual(all.filter((u) => types[u] !== 'opaque'), [], 'every image of every article is in the saved-images cache');

    await context.setOffline(true);
    for (const it of [plainItems[0], plainItems[17], plainItems[DOWNLOAD - 1]]) {
      assert.ok(it);
      await page.goto(`${server.url}/articles/${it.slug}`);
      await page.getByRole('heading', { level: 1, name: it.title }).waitFor();
      assert.deepEqual(await brokenImages(page), [], `${it.slug}: images render offline`);
    }
  });
});
