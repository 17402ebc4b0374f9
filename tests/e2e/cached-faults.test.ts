import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { Session } from '../../scripts/lib/browser';
import { OFFLINE_NOISE } from './support/browser';
import { serveAndOpen } from './support/fixture';
import { readOnce as readOnceAt, waitForStoredFeed } from './support/returning';
import type { TestServer } from '../../scripts/lib/server';
import type { Override } from '../../scripts/lib/server-control';

// The feed server misbehaves AFTER the reader has loaded the feed once (service worker active, a copy
// in IndexedDB): the stored articles stay readable, and the status line names the problem.

let server: TestServer;
let s: Session;
const sample = JSON.parse(readFileSync('public/feed.json', 'utf8')) as { title: string };
const feedText = readFileSync('public/feed.json', 'utf8');

serveAndOpen({ server: (v) => (server = v), session: (v) => (s = v) });

const readOnce = (page: Page) => readOnceAt(page, server.url, sample.title);

/** The fault is named in the status line; the list renders; an article opens. */
async function assertStillReadable(page: Page, problem: RegExp) {
  const status = page.getByRole('status').filter({ hasText: 'The feed could not be refreshed' });
  await status.waitFor({ timeout: 20_000 });
  const text = (await status.textContent()) ?? '';
  assert.match(text, problem, `the status names the problem: "${text}"`);
  assert.match(text, /Showing articles fetched at \d/);
  await page.getByRole('heading', { level: 1, name: sample.title }).waitFor();
  assert.equal(await page.getByRole('alert').count(), 0, 'no error view stands where the articles are');
  assert.ok((await page.locator('main article').count()) > 10, 'the list renders');
  const link = page.locator('main article h3 a').nth(3);
  const title = ((await link.textContent()) ?? '').trim();
  await link.click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  assert.ok((await page.locator('.article-body p').count()) > 0, 'the article text renders');
}

const faults: { name: string; override: Override; problem: RegExp; noise?: RegExp[] }[] = [
  { name: '404', override: { status: 404, body: 'Not here', contentType: 'text/plain' }, problem: /the feed server answered 404/, noise: [/status of 404/] },
  { name: '500', override: { status: 500, body: 'Oops', contentType: 'text/plain' }, problem: /the feed server answered 500/, noise: [/status of 500/] },
  {
    name: 'HTML instead of JSON',
    override: { body: '<!doctype html><html><body><h1>Sign in to the Wi-Fi</h1></body></html>', contentType: 'text/html' },
    problem: /HTML page instead of the feed/,
  },
  { name: 'a truncated body', override: { body: feedText.slice(0, Math.floor(feedText.length / 2)) }, problem: /ended before it was complete/ },
  // The worker waits 3 s for the network, then serves its copy; the page's own limit is 8 s.
  { name: 'a response slower than the timeout', override: { delayMs: 15_000, body: feedText }, problem: /did not answer in time/ },
];

describe('faults with a copy on the device', () => {
  for (const fault of faults) {
    test(`${fault.name}: the stored articles stay readable and the status names the problem`, async () => {
      const { page } = s;
      s.expectErrors(...(fault.noise ?? []));
      await readOnce(page);
      server.override('/feed.json', fault.override);
      await page.reload();
      await assertStillReadable(page, fault.problem);
      // A full load of an article URL under the same fault opens it too.
      await page.goto(page.url());
      await page.locator('.article-body').waitFor({ timeout: 20_000 });
    });
  }

  test('500 with no service worker (the IndexedDB copy alone): still readable, problem named', async () => {
    const { page, context } = s;
    s.expectErrors(/status of 500/);
    // A browser without service workers (or with them blocked): only IndexedDB keeps the copy.
    await context.addInitScript(() => {
      delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker;
    });
    await page.goto(server.url + '/');
    await page.getByRole('heading', { level: 1, name: sample.title }).waitFor();
    await waitForStoredFeed(page);
    server.override('/feed.json', { status: 500, body: 'Oops', contentType: 'text/plain' });
    await page.reload();
    assert.equal(await page.evaluate(() => 'serviceWorker' in navigator), false);
    await assertStillReadable(page, /the feed server answered 500/);
  });

  test('a broken answer is never kept by the worker as "the last good copy"', async () => {
    const { page, context } = s;
    s.expectErrors(...OFFLINE_NOISE);
    await readOnce(page);
    server.override('/feed.json', { body: '<!doctype html><p>Captive portal</p>', contentType: 'text/html' });
    await page.reload();
    await page.getByRole('status').filter({ hasText: 'HTML page' }).waitFor();
    server.override('/feed.json', { body: feedText.slice(0, 5000) });
    await page.reload();
    await page.getByRole('status').filter({ hasText: 'ended before it was complete' }).waitFor();
    // Offline now: the worker's copy must still be the good one (it would be the HTML or the cut-off body otherwise).
    const cached = await page.evaluate(async () => {
      const cache = await caches.open('broadsheet-feed');
      const keys = await cache.keys();
      const res = keys[0] ? await cache.match(keys[0]) : undefined;
      const text = res ? await res.text() : '';
      try {
        return (JSON.parse(text) as { title?: string }).title ?? 'no title';
      } catch {
        return `unreadable: ${text.slice(0, 40)}`;
      }
    });
    assert.equal(cached, sample.title);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('status').filter({ hasText: 'Offline' }).waitFor();
    await page.getByRole('heading', { level: 1, name: sample.title }).waitFor();
  });
});
