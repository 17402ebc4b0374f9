import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CACHE_NAMES } from '../../src/shared/cache-names';
import { findNewWorker, withSession } from './support/browser';
import { buildNextRelease, entryScript, pageEntry, readPrecache, waitForEntry } from './support/builds';
import { startServer, type TestServer } from '../../scripts/lib/server';

// A new version deployed while the app is open: the prompt, "Reload", and nothing stored lost.

let server: TestServer;
let nextDir: string;
/** The entry scripts of the two builds: a page runs the one its HTML names. */
let current: string;
let next: string;

before(async () => {
  // The "next" deploy: the same app with a code change, built by every step of `npm run build`.
  nextDir = await mkdtemp(join(tmpdir(), 'broadsheet-next-'));
  await buildNextRelease(nextDir);
  assert.notEqual((await readPrecache(nextDir)).codeVersion, (await readPrecache('dist')).codeVersion, 'a code change moves the code version');
  [current, next] = [await entryScript('dist'), await entryScript(nextDir)];
  assert.notEqual(next, current, 'the builds differ in code');
  server = await startServer({ altDir: nextDir });
});
after(async () => {
  await server.close();
  await rm(nextDir, { recursive: true, force: true });
});

describe('updates', () => {
  test('a new build shows the prompt; Reload brings it up with the reading list and settings intact', async () => {
    server.deploy(false);
    await withSession({}, async ({ page }) => {
      await page.goto(server.url + '/');
      await page.locator('main article').first().waitFor();
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      assert.equal(await pageEntry(page), current);

      // Something in the reading list and in settings.
      const card = page.locator('main .card-grid article').first();
      const title = ((await card.locator('h3 a').textContent()) ?? '').trim();
      await card.getByRole('button', { name: 'Save for offline' }).click();
      await card.locator('button[aria-pressed="true"]:not([aria-busy])').waitFor();
      await page.getByRole('link', { name: 'Settings' }).click();
      const count = page.getByLabel('Articles to download');
      await count.fill('12');
      await page.getByRole('button', { name: 'Download the latest 12 articles' }).waitFor();

      server.deploy(true);
      // The browser checks for a new worker on navigation and periodically; ask now.
      await findNewWorker(page);
      const reload = page.getByRole('button', { name: 'Reload' });
      await reload.waitFor({ timeout: 20_000 });
      assert.equal(await pageEntry(page), current, 'no reload by itself');

      await reload.click();
      await waitForEntry(page, next);
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
      // The panel shows the default until IndexedDB answers: wait for the stored value.
      await page.waitForFunction(() => (document.querySelector('input[type=number]') as HTMLInputElement | null)?.value === '12', undefined, { timeout: 10_000 });
      assert.equal(await page.getByLabel('Articles to download').inputValue(), '12', 'settings kept');
      await page.getByRole('link', { name: 'Saved' }).click();
      await page.getByRole('link', { name: title }).first().waitFor();
      assert.equal(await page.getByRole('button', { name: 'Reload' }).count(), 0, 'the prompt is gone');
    });
  });

  test('two tabs open during an update: both keep working, neither loses state, and both can update', async () => {
    server.deploy(false);
    await withSession({}, async (two) => {
      const a = two.page;
      const b = await two.context.newPage();
      const ready = async (page: typeof a) => {
        await page.goto(server.url + '/');
        await page.locator('main article').first().waitFor();
        await page.evaluate(async () => {
          await navigator.serviceWorker.ready;
        });
        await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      };
      await ready(a);
      await ready(b);
      assert.equal(await pageEntry(b), current);

      // Tab A writes to the reading list and to settings.
      const card = a.locator('main .card-grid article').nth(1);
      const title = ((await card.locator('h3 a').textContent()) ?? '').trim();
      await card.getByRole('button', { name: 'Save for offline' }).click();
      await card.locator('button[aria-pressed="true"]:not([aria-busy])').waitFor();
      await a.getByRole('link', { name: 'Settings' }).click();
      await a.getByLabel('Articles to download').fill('9');
      await a.getByRole('button', { name: 'Download the latest 9 articles' }).waitFor();

      server.deploy(true);
      await findNewWorker(a);
      await a.getByRole('button', { name: 'Reload' }).waitFor({ timeout: 20_000 });
      await b.getByRole('button', { name: 'Reload' }).waitFor({ timeout: 20_000 });

      // Tab A updates.
      await a.getByRole('button', { name: 'Reload' }).click();
      await waitForEntry(a, next);
      await a.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
      await a.waitForFunction(() => (document.querySelector('input[type=number]') as HTMLInputElement | null)?.value === '9', undefined, { timeout: 10_000 });

      // Tab B, still on the old version, keeps working and sees what tab A stored.
      assert.equal(await pageEntry(b), current, 'tab B was not reloaded under the reader');
      const other = b.locator('main .card-grid article h3 a').nth(4);
      const otherTitle = ((await other.textContent()) ?? '').trim();
      await other.click();
      await b.getByRole('heading', { level: 1, name: otherTitle }).waitFor();
      assert.ok((await b.locator('.article-body p').count()) > 0);
      await b.getByRole('link', { name: 'Saved' }).click();
      await b.getByRole('heading', { level: 1, name: 'Saved articles' }).waitFor();
      await b.getByRole('link', { name: title }).first().waitFor();
      await b.getByRole('link', { name: 'Settings' }).click();
      await b.waitForFunction(() => (document.querySelector('input[type=number]') as HTMLInputElement | null)?.value === '9', undefined, { timeout: 10_000 });

      // And tab B can update too: its "Reload" works although the new version is already active.
      await b.getByRole('button', { name: 'Reload' }).click();
      await waitForEntry(b, next);
      await b.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
      // The panel shows the default until IndexedDB answers: wait for the stored value.
      await b.waitForFunction(() => (document.querySelector('input[type=number]') as HTMLInputElement | null)?.value === '9', undefined, { timeout: 10_000 });
      assert.equal(await b.getByLabel('Articles to download').inputValue(), '9', 'settings kept in tab B');
      await b.getByRole('link', { name: 'Saved' }).click();
      await b.getByRole('link', { name: title }).first().waitFor();
    });
  });
});

describe('pages kept by an older version', () => {
  test('after a code update, a page the old version kept is not served: the article comes with the new build', async () => {
    server.deploy(false);
    await withSession({}, async ({ page }) => {
      await page.goto(server.url + '/');
      await page.locator('main article').first().waitFor();
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      const href = (await page.locator('main .card-grid article h3 a').first().getAttribute('href')) ?? '';
      assert.match(href, /^\/articles\//);

      // A navigation under the worker: answered with the shell, and the page itself kept on the side.
      await page.goto(server.url + href);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const keptBy = () => page.evaluate(pagesHolding, { prefix: `${CACHE_NAMES.pages}-`, url: server.url + href });
      await page.waitForFunction(pagesHolding, { prefix: `${CACHE_NAMES.pages}-`, url: server.url + href });
      const [oldCache] = (await keptBy()) ?? [];
      assert.ok(oldCache, 'the article page is kept by the current version');

      server.deploy(true);
      await findNewWorker(page);
      await page.getByRole('button', { name: 'Reload' }).click({ timeout: 20_000 });
      await waitForEntry(page, next);

      const names = await page.evaluate(() => caches.keys());
      assert.ok(!names.includes(oldCache), `the old version's pages are gone (${names.join(', ')})`);
      const response = await page.goto(server.url + href);
      assert.ok(response?.fromServiceWorker(), 'the worker answered the navigation');
      const served = (await response?.text()) ?? '';
      assert.ok(served.includes(next) && !served.includes(current), "the served page loads the new build's code");
      await page.getByRole('heading', { level: 1 }).waitFor();
    });
  });
});

/** Names of the pages caches (by prefix) that hold `url`, or null for none; run in the page. */
async function pagesHolding({ prefix, url }: { prefix: string; url: string }): Promise<string[] | null> {
  const out: string[] = [];
  for (const name of await caches.keys()) {
    if (name.startsWith(prefix) && (await (await caches.open(name)).match(url))) out.push(name);
  }
  return out.length ? out : null;
}
