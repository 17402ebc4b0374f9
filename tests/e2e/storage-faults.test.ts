import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Session } from '../../scripts/lib/browser';
import { serveAndOpen } from './support/fixture';
import { until } from './support/poll';
import type { TestServer } from '../../scripts/lib/server';

// On-device storage that fails in the browser: IndexedDB refused, and records that do not read back.

let server: TestServer;
let s: Session;
const sample = JSON.parse(readFileSync('public/feed.json', 'utf8')) as { title: string };

serveAndOpen({ server: (v) => (server = v), session: (v) => (s = v) });

const OFF = 'Offline reading is off: this browser is not letting Broadsheet store data';

test('IndexedDB refused: the app reads online, says offline reading is off, and Save reports it', async () => {
  const { page, context } = s;
  // As some private modes do: opening any database throws.
  await context.addInitScript(() => {
    // An arrow function: tsx would wrap a named one in a helper the page does not have.
    IDBFactory.prototype.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
  });
  await page.goto(server.url + '/');
  await page.getByRole('heading', { level: 1, name: sample.title }).waitFor();
  const link = page.locator('main article h3 a').first();
  const title = ((await link.textContent()) ?? '').trim();
  await link.click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  assert.ok((await page.locator('.article-body p').count()) > 0, 'the article reads online');
  const actions = page.locator('.article-actions');
  await actions.getByText(OFF).waitFor();
  await actions.getByRole('button', { name: 'Save for offline' }).click();
  const alert = actions.getByRole('alert');
  await alert.waitFor();
  assert.match((await alert.textContent()) ?? '', new RegExp(OFF));
  assert.equal(await actions.getByRole('button', { name: 'Save for offline' }).getAttribute('aria-pressed'), 'false');
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  await page.getByText(OFF).waitFor();
  await page.getByRole('link', { name: 'Saved' }).click();
  await page.getByRole('heading', { level: 1, name: 'Saved articles' }).waitFor();
  await page.getByRole('alert').filter({ hasText: OFF }).waitFor();
});

test('corrupt records written by hand: skipped and reported, the rest loads', async () => {
  const { page } = s;
  await page.goto(server.url + '/');
  await page.getByRole('heading', { level: 1, name: sample.title }).waitFor();
  // One good saved article, through the app.
  const card = page.locator('main .card-grid article').first();
  const title = ((await card.locator('h3 a').textContent()) ?? '').trim();
  const href = (await card.locator('h3 a').getAttribute('href')) ?? '';
  await card.getByRole('button', { name: 'Save for offline' }).click();
  await card.locator('button[aria-pressed="true"]:not([aria-busy])').waitFor();
  await until(page, async () => (await indexedDB.databases()).some((d) => d.name === 'broadsheet'));
  // Then, by hand: a saved entry with half an article, a garbage feed model, a read state with a string position.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('broadsheet');
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction(['saved', 'feed', 'readState'], 'readwrite');
          tx.objectStore('saved').put({ id: 'broken', article: { id: 'broken', slug: 'broken', title: 42 }, authors: [], savedAt: Date.now(), imageUrls: [], imagesCached: true });
          tx.objectStore('feed').put({ model: 'garbage', fetchedAt: 'yesterday' }, 'current');
          const saved = tx.objectStore('saved').getAll();
          saved.onsuccess = () => {
            const good = (saved.result as { id: string; article: { title: unknown } }[]).find((e) => typeof e.article.title === 'string');
            if (good) tx.objectStore('readState').put({ id: good.id, position: 'halfway', updatedAt: 1 });
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        req.onerror = () => reject(req.error);
      }),
  );
  // Home reads the reading list (card badges) and the read states (the "Read" labels): both are checked there.
  await page.goto(server.url + '/');
  await page.getByRole('heading', { level: 1, name: sample.title }).waitFor();
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByText(/1 saved item and 1 reading position could not be read and were skipped/).waitFor();
  await page.getByRole('link', { name: 'Saved' }).click();
  await page.getByRole('heading', { level: 1, name: 'Saved articles' }).waitFor();
  await page.getByText('1 saved item could not be read and was skipped.').waitFor();
  await page.getByRole('link', { name: title }).first().waitFor();
  assert.equal(await page.locator('main article').count(), 1, 'the readable entry is listed, the broken one is not');
  // The article whose read state is unreadable opens (a fresh load; the feed's stored copy is garbage, the network answers).
  await page.goto(server.url + href);
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  assert.ok((await page.locator('.article-body p').count()) > 0);
  // Settings opened directly (a fresh page that has read neither store yet) still finds the broken
  // saved entry (and the broken read state, unless opening the article has rewritten it by then).
  await page.goto(server.url + '/settings');
  await page.getByText(/^1 saved item (and 1 reading position )?could not be read and (was|were) skipped\.$/).waitFor();
});
