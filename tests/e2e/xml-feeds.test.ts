import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { buildSite, rebuildPages } from '../../scripts/build-site';
import { OFFLINE_NOISE, withSession } from './support/browser';
import { until } from './support/poll';
import { startServer, type TestServer } from '../../scripts/lib/server';

// The app built against an RSS feed and against an Atom feed (VITE_FEED_URL=/feed.xml, prerendered
// from that feed as `npm run build` does), each in its own outDir so dist/ is left alone: home, an
// article by click and by deep link, author and tag pages, search, and an offline reload.

const FEED_PATH = '/feed.xml';
const BUILD = '.bench/e2e-xml-build';

interface Case {
  format: string;
  fixture: string;
  feedTitle: string;
  /** An article to open, its slug, author and a tag, and a word only its body has. */
  title: string;
  slug: string;
  author: string;
  tag: string;
  bodyWord: string;
  /** The other article of that author. */
  alsoByAuthor: string;
}

const cases: Case[] = [
  {
    format: 'RSS 2.0',
    fixture: 'e2e-rss.xml',
    feedTitle: 'Harbour Notes – RSS edition',
    title: 'The lighthouse keeper’s last winter',
    slug: 'lighthouse-keepers-last-winter',
    author: 'Mara Okafor',
    tag: 'Coast & Sea',
    bodyWord: 'steps',
    alsoByAuthor: 'Winter maintenance & the slipway',
  },
  {
    format: 'Atom',
    fixture: 'e2e-atom.xml',
    feedTitle: 'The Ledger (Atom)',
    title: 'Council finally agrees the budget',
    slug: 'council-budget',
    author: 'Ana Ruiz',
    tag: 'Budget',
    bodyWord: 'treasurer',
    alsoByAuthor: 'Budget questions answered',
  },
];

const env = { VITE_FEED_URL: FEED_PATH };

before(async () => {
  // One build of the app for /feed.xml (no pages: the feed is not there yet); each format gets a copy
  // with its feed, and its pages rebuilt from it.
  await buildSite({ outDir: BUILD, env, prerender: false, quiet: true });
  for (const c of cases) {
    const out = `${BUILD}-${c.fixture.replace(/\.xml$/, '')}`;
    await rm(out, { recursive: true, force: true });
    await cp(BUILD, out, { recursive: true });
    await writeFile(join(out, FEED_PATH.slice(1)), await readFile(join('tests/fixtures/feeds', c.fixture)));
    // The prerender reads the same VITE_FEED_URL as the app (the build passes it to both).
    await rm(join(out, 'feed.json'), { force: true });
    await rebuildPages(out, { env, quiet: true });
    assert.ok(existsSync(join(out, 'articles', c.slug, 'index.html')), `${c.format}: the article is prerendered`);
  }
});

after(async () => {
  for (const c of cases) await rm(`${BUILD}-${c.fixture.replace(/\.xml$/, '')}`, { recursive: true, force: true });
  await rm(BUILD, { recursive: true, force: true });
});

async function waitForWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 });
}

for (const c of cases) {
  describe(`the app built against an ${c.format} feed`, () => {
    let server: TestServer;
    before(async () => {
      server = await startServer({ outDir: `${BUILD}-${c.fixture.replace(/\.xml$/, '')}` });
    });
    after(async () => {
      await server?.close();
    });

    test('home, an article by click, its author and tag pages, search', async () => {
      await withSession({ viewport: { width: 1280, height: 900 } }, async ({ page }) => {
        await page.goto(server.url + '/');
        await page.getByRole('heading', { level: 1, name: c.feedTitle, exact: true }).waitFor();
        assert.ok((await page.getByRole('article').count()) >= 3, 'home lists the articles');
        await page.getByRole('article').getByRole('link', { name: c.title }).first().click();
        await page.getByRole('heading', { level: 1, name: c.title, exact: true }).waitFor();
        assert.match(page.url(), new RegExp(`/articles/${c.slug}$`));
        assert.match((await page.locator('.article-body').textContent()) ?? '', new RegExp(c.bodyWord));

        await page.locator('.article-head .byline').getByRole('link', { name: c.author }).click();
        await page.getByRole('heading', { level: 1, name: c.author }).waitFor();
        for (const t of [c.title, c.alsoByAuthor]) await page.getByRole('link', { name: t }).first().waitFor();
        await page.goBack();
        await page.getByRole('heading', { level: 1, name: c.title, exact: true }).waitFor();

        await page.getByRole('navigation', { name: 'Tags' }).getByRole('link', { name: c.tag }).click();
        await page.getByRole('heading', { level: 1, name: c.tag }).waitFor();
        await page.getByRole('link', { name: c.title }).first().waitFor();

        await page.goto(`${server.url}/search?q=${c.bodyWord}`);
        await page.getByRole('searchbox', { name: 'Search' }).waitFor();
        await page.locator('main article').getByRole('link', { name: c.title }).first().waitFor({ timeout: 20_000 });
      });
    });

    test('an article by deep link (its prerendered page), and again offline after a reload', async () => {
      await withSession({ expectErrors: OFFLINE_NOISE }, async ({ page, context }) => {
        await page.goto(`${server.url}/articles/${c.slug}`);
        await page.getByRole('heading', { level: 1, name: c.title, exact: true }).waitFor();
        const html = await readFile(join(`${BUILD}-${c.fixture.replace(/\.xml$/, '')}`, 'articles', c.slug, 'index.html'), 'utf8');
        assert.ok(html.includes(c.bodyWord), 'the build prerendered the article from the XML feed');
        await waitForWorker(page);
        await page.goto(server.url + '/');
        await page.getByRole('heading', { level: 1, name: c.feedTitle, exact: true }).waitFor();
        // The worker keeps the XML answer as the feed's last good copy, as it does JSON (what a
        // background refresh with no page open relies on).
        await until(page, async () => {
          const kept = await caches.open('broadsheet-feed').then((cache) => cache.keys());
          return kept.length > 0;
        });
        const copy = await page.evaluate(async () => {
          const cache = await caches.open('broadsheet-feed');
          const [request] = await cache.keys();
          return request ? ((await cache.match(request))?.text() ?? '') : '';
        });
        assert.match(copy.trimStart(), /^<\?xml|^<(rss|feed)/, 'the kept copy is the XML feed');

        await context.setOffline(true);
        await page.goto(`${server.url}/articles/${c.slug}`);
        await page.getByRole('heading', { level: 1, name: c.title, exact: true }).waitFor();
        await page.reload();
        await page.getByRole('heading', { level: 1, name: c.title, exact: true }).waitFor();
        assert.match((await page.locator('.article-body').textContent()) ?? '', new RegExp(c.bodyWord));
        await page.getByRole('status').filter({ hasText: 'Offline' }).waitFor();
      });
    });
  });
}
