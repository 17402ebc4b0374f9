import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { findNewWorker, withSession } from './support/browser';
import { buildNextRelease, contentRebuild, entryScript, pageEntry, readPrecache, waitForEntry } from './support/builds';
import { poll, until } from './support/poll';
import { readOnce } from './support/returning';
import { sampleFeed } from './support/sample-feed';
import { startServer, type TestServer } from '../../scripts/lib/server';

// Updates on a network that stalls: one request the host accepts and never answers (a slow CDN edge, a
// half-open captive portal) while every other request answers. A new worker activates only once the
// old one has nothing in flight, so this is where an update used to wait for ever.

const sample = sampleFeed();
let content: { server: TestServer; dir: string; oldTitle: string; newTitle: string };
let code: { server: TestServer; dir: string; current: string; next: string };

before(async () => {
  const rebuilt = await contentRebuild('broadsheet-stalled-content-');
  content = { ...rebuilt, server: await startServer({ altDir: rebuilt.dir }) };
  const next = await mkdtemp(join(tmpdir(), 'broadsheet-stalled-next-'));
  await buildNextRelease(next);
  assert.notEqual((await readPrecache(next)).codeVersion, (await readPrecache('dist')).codeVersion, 'a code change moves the code version');
  code = { server: await startServer({ altDir: next }), dir: next, current: await entryScript('dist'), next: await entryScript(next) };
});
after(async () => {
  await content.server.close();
  await code.server.close();
  await rm(content.dir, { recursive: true, force: true });
  await rm(code.dir, { recursive: true, force: true });
});

/**
 * A returning reader on home whose feed request stalls: the worker answered with its kept copy after
 * its 3 s wait (the status line says so), and its own request to the host is still unanswered.
 */
async function readerWithStalledFeed(page: Page, server: TestServer): Promise<void> {
  server.reset();
  server.deploy(false);
  await readOnce(page, server.url, sample.title);
  const asked = server.seen('/feed.json').length;
  server.override('/feed.json', { stall: true });
  await page.goto(server.url + '/');
  await page.getByRole('heading', { level: 1, name: sample.title }).waitFor();
  await page.getByRole('status').filter({ hasText: /Showing (the )?articles/ }).waitFor({ timeout: 20_000 });
  assert.ok(server.seen('/feed.json').length > asked, 'the feed request reached the host, which holds it');
}

/**
 * Fetches `urls`, the feed (as the app asks for it), the manifest and home, 60 requests at once, as a
 * page does when a list of pictures comes into view, counting what is answered (a string: the page
 * runs it as written).
 */
const BURST = `(urls) => {
  const w = window;
  w.burst = { started: 0, ok: 0, failed: [] };
  const targets = [...urls, '/feed.json', '/manifest.webmanifest', '/'];
  for (let i = 0; i < 60; i++) {
    const url = targets[i % targets.length];
    const init = url === '/feed.json' ? { headers: { Accept: 'application/feed+json, application/json;q=0.9' } } : {};
    w.burst.started++;
    fetch(url, init).then(
      (res) => (res.ok ? w.burst.ok++ : w.burst.failed.push(url + ': ' + res.status)),
      (e) => w.burst.failed.push(url + ': ' + String(e)),
    );
  }
}`;

/** Where each worker of the registration stands, for the assertion messages. */
function workers(page: Page) {
  return page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    return { installing: reg?.installing?.state ?? null, waiting: reg?.waiting?.state ?? null, active: reg?.active?.scriptURL ? reg.active.state : null };
  });
}

describe('a request that stalls does not hold an update back', () => {
  test('content-only rebuild: the new worker takes over and the next navigation has the new headline', { timeout: 120_000 }, async () => {
    const { server, oldTitle, newTitle } = content;
    await withSession({ expectErrors: [/Failed to load resource/] }, async ({ page }) => {
      await readerWithStalledFeed(page, server);
      await page.getByText(oldTitle).first().waitFor();
      server.deploy(true);
      await findNewWorker(page);
      // Nothing waits: no worker installing or waiting, though the host still holds the feed request.
      await poll(() => workers(page), (w) => w.installing === null && w.waiting === null && w.active === 'activated', { what: 'the new worker is active', timeoutMs: 15_000 });
      const response = await page.goto(server.url + '/');
      assert.ok(response?.fromServiceWorker(), 'the worker answered the navigation');
      assert.ok(((await response?.text()) ?? '').includes(newTitle), 'one navigation after the update check, the HTML served has the new headline');
      await page.getByText(newTitle).first().waitFor();
    });
  });

  test('content-only rebuild while a page revalidation stalls: the new worker takes over, home has the new headline', { timeout: 120_000 }, async () => {
    const { server, newTitle } = content;
    server.reset();
    server.deploy(false);
    await withSession({ expectErrors: [/Failed to load resource/] }, async ({ page }) => {
      await readOnce(page, server.url, sample.title);
      // The worker answers the article from the device and asks the host for the page behind it,
      // inside the navigation's own event: that request is the one the host never answers.
      const href = (await page.locator('#main .card-grid article h3 a').nth(2).getAttribute('href')) ?? '';
      assert.match(href, /^\/articles\//);
      server.override(decodeURIComponent(href), { stall: true });
      const response = await page.goto(server.url + href, { waitUntil: 'commit' });
      assert.ok(response?.fromServiceWorker(), 'the worker answered the navigation');
      await page.getByRole('heading', { level: 1 }).waitFor();
      await poll(async () => server.seen(decodeURIComponent(href)).length, (n) => n > 0, { what: 'the revalidation reached the host' });
      server.deploy(true);
      await findNewWorker(page);
      await poll(() => workers(page), (w) => w.installing === null && w.waiting === null && w.active === 'activated', { what: 'the new worker is active', timeoutMs: 15_000 });
      const home = await page.goto(server.url + '/');
      assert.ok(((await home?.text()) ?? '').includes(newTitle), 'the HTML served for / has the new headline');
    });
  });

  test('code change: "Reload" brings the new version within 5 s, with a feed request and an image stalled', { timeout: 120_000 }, async () => {
    const { server } = code;
    await withSession({ expectErrors: [/Failed to load resource/] }, async ({ page }) => {
      await readerWithStalledFeed(page, server);
      // An image the page itself waits on, stalled too (the worker's request for it is in the foreground).
      server.override('/stalled-picture.png', { stall: true });
      await page.evaluate(() => {
        const img = new Image();
        img.alt = '';
        img.src = '/stalled-picture.png';
        document.body.append(img);
      });
      await poll(async () => server.seen('/stalled-picture.png').length, (n) => n > 0, { what: 'the image request reached the host' });
      server.deploy(true);
      await findNewWorker(page);
      const reload = page.getByRole('button', { name: 'Reload' });
      await reload.waitFor({ timeout: 20_000 });
      assert.equal(await pageEntry(page), code.current, 'no reload by itself');
      await reload.click();
      // The bound, from the press: the old worker's requests end at once and the new one activates.
      await waitForEntry(page, code.next, 5_000);
      await page.getByRole('heading', { level: 1, name: sample.title }).waitFor();
      assert.deepEqual(await workers(page), { installing: null, waiting: null, active: 'activated' });
    });
  });

  test('a burst of fetches in another tab as the new worker activates: every one is answered, and Reload still lands within 5 s', { timeout: 120_000 }, async () => {
    const { server } = code;
    server.reset();
    server.deploy(false);
    await withSession({ expectErrors: [/Failed to load resource/] }, async ({ context, page: a }) => {
      await readOnce(a, server.url, sample.title);
      const b = await context.newPage();
      await b.goto(server.url + '/');
      await b.getByRole('heading', { level: 1, name: sample.title }).waitFor();
      await b.waitForFunction(() => navigator.serviceWorker.controller !== null);
      server.deploy(true);
      await findNewWorker(a);
      await a.getByRole('button', { name: 'Reload' }).waitFor({ timeout: 20_000 });

      // Tab B asks for 60 things at once (the feed, images, pages) just as tab A presses "Reload".
      const images = await b.evaluate(() => [...document.querySelectorAll('img')].map((i) => i.currentSrc || i.src).filter((u) => u.startsWith(location.origin)).slice(0, 6));
      await Promise.all([a.getByRole('button', { name: 'Reload' }).click(), b.evaluate(`(${BURST})(${JSON.stringify(images)})`)]);
      await waitForEntry(a, code.next, 5_000);
      // Tab B is under the new worker too, and every request of its burst was answered.
      await until(b, async () => {
        const reg = await navigator.serviceWorker.getRegistration();
        return !!reg?.active && navigator.serviceWorker.controller === reg.active && reg.waiting === null && reg.active.state === 'activated';
      });
      const settled = await poll(
        () => b.evaluate(() => (window as unknown as { burst: { started: number; ok: number; failed: string[] } }).burst),
        (v) => v.ok + v.failed.length === v.started,
        { what: 'every fetch of the burst settled', timeoutMs: 30_000 },
      );
      assert.equal(settled.started, 60, 'the burst ran');
      assert.deepEqual(settled.failed, [], 'no fetch of the burst failed');
    });
  });
});
