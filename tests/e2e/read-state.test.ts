import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { Session } from '../../scripts/lib/browser';
import { serveAndOpen } from './support/fixture';
import { poll } from './support/poll';
import { sampleFeed, sampleItem } from './support/sample-feed';
import type { TestServer } from '../../scripts/lib/server';

// Reading state: an opened article is marked read, its place is kept, and home filters by it.

let server: TestServer;
let s: Session;
const feed = sampleFeed();

serveAndOpen({ server: (v) => (server = v), session: (v) => (s = v) });

/** The stored read state of an article, read without ever creating the database itself. */
function storedReadState(page: Page, id: string) {
  return page.evaluate(
    (articleId) =>
      new Promise<{ readAt?: number; position?: number } | null>((resolve) => {
        const open = indexedDB.open('broadsheet');
        open.onupgradeneeded = () => open.transaction?.abort(); // not created yet: leave it to the app
        open.onerror = () => resolve(null);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('readState')) {
            db.close();
            resolve(null);
            return;
          }
          const get = db.transaction('readState').objectStore('readState').get(articleId);
          get.onsuccess = () => {
            db.close();
            resolve((get.result as { readAt?: number; position?: number } | undefined) ?? null);
          };
          get.onerror = () => resolve(null);
        };
      }),
    id,
  );
}

describe('reading state', () => {
  test('an opened article is marked read, its position is restored after a reload, and home filters and continues', async () => {
    const { page } = s;
    const item = sampleItem(feed, 4);
    await page.goto(server.url + '/');
    const latest = page.getByRole('region', { name: 'Latest' });
    await latest.getByRole('link', { name: item.title }).click();
    await page.getByRole('heading', { level: 1, name: item.title }).waitFor();
    await poll(() => storedReadState(page, item.id), (v) => typeof v?.readAt === 'number', { what: 'the article to be marked read', timeoutMs: 10_000 });

    // Scroll to the middle: the position is saved as the reader scrolls (throttled).
    await page.evaluate(() => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * 0.5));
    const saved = await poll(() => storedReadState(page, item.id), (v) => (v?.position ?? 0) > 0.3, { what: 'the position to be saved', timeoutMs: 10_000 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForFunction(() => window.scrollY === 0);

    // A fresh start: ScrollRestoration's session copy is gone; the stored position is what brings the reader back.
    await page.evaluate(() => sessionStorage.clear());
    await page.reload();
    await page.getByRole('heading', { level: 1, name: item.title }).waitFor();
    await page.waitForFunction(
      (p) => {
        const range = document.documentElement.scrollHeight - innerHeight;
        return range > 0 && Math.abs(window.scrollY / range - p) < 0.1;
      },
      saved?.position ?? 0,
    );

    await page.goto(server.url + '/');
    const card = latest.getByRole('article').filter({ has: page.getByRole('link', { name: item.title }) });
    await card.getByText('Read', { exact: true }).waitFor();
    assert.match((await card.getAttribute('class')) ?? '', /card-read/);
    const cont = page.getByRole('region', { name: 'Continue reading' });
    await cont.getByRole('link', { name: item.title }).waitFor();

    const toggle = page.getByRole('button', { name: 'Show unread only' });
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    const before = await latest.getByRole('article').count();
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    await card.waitFor({ state: 'detached' });
    assert.equal(await latest.getByRole('article').count(), before - 1);
    await toggle.click();
    await card.waitFor();
  });
});
