import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { Session } from '../../scripts/lib/browser';
import { OFFLINE_NOISE } from './support/browser';
import { serveAndOpen } from './support/fixture';
import { until } from './support/poll';
import { readOnce } from './support/returning';
import type { TestServer } from '../../scripts/lib/server';

// Storage taken away from a returning reader: the browser clears the origin's storage (as Chromium
// does under disk pressure and Safari after 7 days unused), and a device that is full.

let server: TestServer;
let s: Session;
const sample = JSON.parse(readFileSync('public/feed.json', 'utf8')) as { title: string };

serveAndOpen({ server: (v) => (server = v), session: (v) => (s = v) });

/** What eviction takes: everything script-written, never cookies (CDP's "all" would take those too). */
const EVICTED = 'indexeddb,cache_storage,service_workers,local_storage';
const FULL = /There is no room left on this device/;

/** Counts navigator.storage.persist() calls in every page this context loads (window.__persistCalls). */
async function countPersistCalls(page: Page) {
  await page.context().addInitScript(() => {
    const w = window as unknown as { __persistCalls: number };
    w.__persistCalls = 0;
    const storage = navigator.storage;
    if (typeof storage?.persist !== 'function') return;
    const persist = storage.persist.bind(storage);
    storage.persist = () => {
      w.__persistCalls++;
      return persist();
    };
  });
}

const persistCalls = (page: Page) => page.evaluate(() => (window as unknown as { __persistCalls: number }).__persistCalls);

/** Saves the home page's card `n` and waits until it is saved with its images; returns its title. */
async function saveCard(page: Page, n: number): Promise<string> {
  const card = page.locator('main .card-grid article').nth(n);
  const title = ((await card.locator('h3 a').textContent()) ?? '').trim();
  await card.getByRole('button', { name: 'Save for offline' }).click();
  await card.locator('button[aria-pressed="true"]:not([aria-busy])').waitFor();
  await card.getByText('Available offline').waitFor();
  return title;
}

async function waitForControl(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 });
}

describe('storage taken away', () => {
  test('cleared under a returning reader: reopens cleanly, the worker comes back, the loss is told once, the next save asks to persist', async () => {
    const { page, context } = s;
    await countPersistCalls(page);
    await readOnce(page, server.url, sample.title);
    await saveCard(page, 0);
    await saveCard(page, 1);
    await until(page, async () => document.cookie.includes('broadsheet-kept=1.2'));
    await until(page, async () => (window as unknown as { __persistCalls: number }).__persistCalls === 1);

    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', { origin: server.url, storageTypes: EVICTED });
    await until(page, async () => (await indexedDB.databases()).length === 0 && (await caches.keys()).length === 0 && !(await navigator.serviceWorker.getRegistration()));

    // The open tab, its database deleted under it: the next read reopens it and finds an empty list.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Saved', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Saved articles' }).waitFor();
    await page.getByText('Nothing saved yet.', { exact: false }).waitFor();
    assert.equal(await page.getByRole('alert').count(), 0, 'no error in the open tab');

    // The reader comes back.
    await page.goto(server.url + '/');
    await page.getByRole('heading', { level: 1, name: sample.title }).waitFor();
    await page.locator('main .card-grid article').first().waitFor();
    const notice = page.getByRole('status').filter({ hasText: 'Your browser cleared' });
    await notice.waitFor();
    assert.equal((await notice.textContent())?.replace(/\s*Dismiss$/, ''), 'Your browser cleared the 2 articles you had saved for offline. Save them again to read them offline.');
    assert.equal(await page.getByRole('alert').count(), 0, 'no error view');
    await waitForControl(page);
    assert.equal(await page.evaluate(() => document.cookie.includes('broadsheet-kept')), false, 'the cookie no longer counts the lost articles');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await notice.waitFor({ state: 'detached' });

    // Said once: the next load does not say it again. A save there proves the check has run (the
    // cookie's writes are queued behind it), and it asks for persistent storage again.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: sample.title }).waitFor();
    await waitForControl(page);
    assert.equal(await persistCalls(page), 0);
    await saveCard(page, 2);
    await until(page, async () => document.cookie.includes('broadsheet-kept=1.1'));
    // (Worded apart from the first wait, so a failure names which one.)
    await until(page, async () => 1 === (window as unknown as { __persistCalls: number }).__persistCalls);
    assert.equal(await page.getByRole('status').filter({ hasText: 'Your browser cleared' }).count(), 0, 'said once');
    assert.equal(await page.getByRole('alert').count(), 0);
  });

  test('a small quota: Save and "Download for offline" say the device is full, and what was kept stays readable offline', async () => {
    s.expectErrors(...OFFLINE_NOISE);
    const { page, context } = s;
    await readOnce(page, server.url, sample.title);
    const kept = await saveCard(page, 0);

    // A few hundred KB: less than the app already uses, so every new byte is refused.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: server.url, quotaSize: 300_000 });

    // On a card.
    const card = page.locator('main .card-grid article').nth(1);
    await card.getByRole('button', { name: 'Save for offline' }).click();
    await card.getByRole('alert').filter({ hasText: FULL }).waitFor();
    assert.equal(await card.getByRole('button', { name: 'Save for offline' }).getAttribute('aria-pressed'), 'false');

    // On the article's own page.
    const link = page.locator('main .card-grid article').nth(2).locator('h3 a');
    const title = ((await link.textContent()) ?? '').trim();
    await link.click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const actions = page.locator('.article-actions');
    await actions.getByRole('button', { name: 'Save for offline' }).click();
    await actions.getByRole('alert').filter({ hasText: FULL }).waitFor();
    assert.equal(await actions.getByRole('button', { name: 'Save for offline' }).getAttribute('aria-pressed'), 'false');

    // "Download for offline".
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await page.getByRole('button', { name: /^Download the latest \d+ articles$/ }).click();
    const stopped = page.locator('.download-control').getByRole('alert').filter({ hasText: FULL });
    await stopped.waitFor();
    assert.match((await stopped.textContent()) ?? '', /the download stopped with \d+ of \d+ articles saved\. Nothing already saved was lost/);

    // What was kept before is all there, and reads offline with its images.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Saved', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Saved articles' }).waitFor();
    await page.getByRole('link', { name: kept }).first().waitFor();
    assert.deepEqual(await page.locator('main article h3, main article h2').allTextContents().then((t) => t.map((x) => x.trim())), [kept]);
    await context.setOffline(true);
    await page.goto(server.url + '/saved');
    await page.getByRole('heading', { level: 1, name: 'Saved articles' }).waitFor();
    await page.getByRole('link', { name: kept }).first().click();
    await page.getByRole('heading', { level: 1, name: kept }).waitFor();
    assert.ok((await page.locator('.article-body p').count()) > 0, 'its text reads offline');
    await page.waitForFunction(() => document.querySelector('.hero .img-fallback') !== null || document.querySelector<HTMLImageElement>('.hero img')?.complete === true);
    assert.equal(await page.evaluate(() => (document.querySelector<HTMLImageElement>('.hero img')?.naturalWidth ?? 0) > 0), true, 'its hero image shows offline');
  });
});
