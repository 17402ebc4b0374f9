import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildSite } from '../../scripts/build-site';
import { generateFeed } from '../../scripts/generate-feed';
import { normalizeFeed } from '../../src/feed/normalize';
import { parseFeedBytes } from '../../src/feed/parse';
import { withSession } from './support/browser';
import { startServer, type TestServer } from '../../scripts/lib/server';

// 10,000 articles (about 24 MB of JSON): the home list is virtualized, so the page keeps a small DOM
// however far the reader scrolls. A copy of the app is built with VITE_FEED_URL pointing at the
// generated feed, in its own outDir, so dist/ is left alone; the feed is written after the build, so
// nothing is prerendered from it.

const OUT = '.bench/e2e-dist';
const FEED_PATH = '/big-feed.json';
const ITEMS = 10_000;
const MAX_ELEMENTS = 800;

let server: TestServer;
let lastTitle = '';

before(async () => {
  await buildSite({ outDir: OUT, env: { VITE_FEED_URL: FEED_PATH }, prerender: false, quiet: true });
  const json = JSON.stringify(generateFeed({ items: ITEMS, seed: 7 }));
  writeFileSync(join(OUT, FEED_PATH.slice(1)), json);
  // What the last card should be, by the app's own feed code (it runs in Node).
  const model = normalizeFeed(parseFeedBytes(new TextEncoder().encode(json)), { feedUrl: 'http://localhost' + FEED_PATH });
  lastTitle = model.articles.at(-1)?.title ?? '';
  server = await startServer({ outDir: OUT });
});

after(async () => {
  await server?.close();
});

describe('a feed of 10,000 articles', () => {
  test(`home keeps at most ${MAX_ELEMENTS} DOM elements after scrolling to the end`, async () => {
    // The generated feed's images live on https://synthetic-gazette.invalid/, which never resolves.
    await withSession({ expectErrors: [/Failed to load resource: net::ERR_(FAILED|NAME_NOT_RESOLVED)/] }, async ({ page }) => {
      await page.goto(server.url + '/');
      await page.locator('main article').first().waitFor({ timeout: 60_000 });
      const initial = await page.evaluate(() => document.querySelectorAll('*').length);
      assert.ok(initial <= MAX_ELEMENTS, `${initial} elements on first paint`);

      // Scroll to the bottom until the page stops growing ("Load more" / infinite scroll, then the
      // virtualizer measuring rows as they pass).
      let stable = 0;
      let lastHeight = -1;
      let maxElements = initial;
      for (let i = 0; i < 400 && stable < 3; i++) {
        const more = page.getByRole('button', { name: 'Load more' });
        // Infinite scroll may take the button away mid-click (it re-renders while a page is shown): the
        // loop simply tries again.
        if ((await more.count()) > 0 && (await more.isEnabled().catch(() => false))) await more.click({ timeout: 5_000 }).catch(() => undefined);
        const { height, pending } = await page.evaluate(async () => {
          window.scrollTo(0, document.documentElement.scrollHeight);
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          // The virtualized rows are their own chunk: while it loads, a placeholder holds their place.
          return { height: document.documentElement.scrollHeight, pending: !!document.querySelector('.virtual-list-pending') };
    });
      maxElements = Math.max(maxElements, await page.evaluate(() => document.querySelectorAll('*').length));
      stable = height === lastHeight && !pending ? stable + 1 : 0;
      lastHeight = height;
    }
    const atEnd = await page.evaluate(() => Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight - 2);
    assert.ok(atEnd, 'scrolled to the end of the page');
    assert.equal(await page.getByRole('button', { name: 'Load more' }).count(), 0, 'nothing more to load');
    await page.getByRole('link', { name: lastTitle }).first().waitFor();
    const elements = await page.evaluate(() => document.querySelectorAll('*').length);
    assert.ok(elements <= MAX_ELEMENTS, `${elements} elements at the end of the list`);
    assert.ok(maxElements <= MAX_ELEMENTS, `at most ${maxElements} elements while scrolling`);
    });
  });
});
