import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Session } from '../../scripts/lib/browser';
import { appLive } from './support/browser';
import { serveAndOpen } from './support/fixture';
import { poll } from './support/poll';
import { sampleFeed } from './support/sample-feed';
import type { TestServer } from '../../scripts/lib/server';

// New articles: a changed feed is offered as "N new articles" and merged without moving the page.

let server: TestServer;
let s: Session;
const feed = sampleFeed();

serveAndOpen({ server: (v) => (server = v), session: (v) => (s = v) });

describe('new articles', () => {
  test('a changed feed is offered as "N new articles" on focus and merged without moving the page', async () => {
    const { page } = s;
    await page.goto(server.url + '/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await appLive(page);
    const template = feed.items[0];
    assert.ok(template);
    const fresh = [1, 2].map((n) => ({
      ...template,
      id: `breaking-${n}`,
      url: `/2026/12/breaking-news-${n}`,
      title: `Breaking news number ${n}`,
      date_published: `2027-01-0${n}T08:00:00Z`,
    }));
    server.override('/feed.json', { body: JSON.stringify({ ...feed, items: [...fresh, ...feed.items] }), contentType: 'application/feed+json' });

    const anchor = page.getByRole('region', { name: 'Latest' }).getByRole('article').nth(6);
    await anchor.scrollIntoViewIfNeeded();
    const before = await anchor.evaluate((el) => el.getBoundingClientRect().top);
    const anchorHref = await anchor.getByRole('heading').getByRole('link').getAttribute('href');
    const notice = page.getByRole('button', { name: '2 new articles' });
    // A look joins one still running (the first load's, which may have fetched before the feed
    // changed): the reader comes back to the tab until the notice shows.
    await poll(
      async () => {
        await page.evaluate(() => window.dispatchEvent(new Event('focus')));
        return notice.count();
      },
      (n) => n === 1,
      { what: 'the "2 new articles" notice' },
    );
    // The refreshed feed was read into the model off the page's main thread, by the feed worker.
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
    assert.ok(
      scripts.some((path) => /^\/assets\/feed-worker-[\w-]+\.js$/.test(path)),
      `the feed worker's script was fetched (resources: ${scripts.filter((path) => path.startsWith('/assets/')).join(', ')})`,
    );
    await notice.click();
    await page.getByRole('link', { name: 'Breaking news number 2' }).first().waitFor();
    await notice.waitFor({ state: 'detached' });
    await page.waitForFunction(
      ([sel, top]) => {
        const el = document.querySelector(sel as string)?.closest('article');
        return !!el && Math.abs(el.getBoundingClientRect().top - (top as number)) < 40;
      },
      [`#main .card-title a[href="${anchorHref}"]`, before] as const,
    );
  });
});
