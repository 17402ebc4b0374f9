import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { Session } from '../../scripts/lib/browser';
import { appLive } from './support/browser';
import { serveAndOpen } from './support/fixture';
import { readOnce } from './support/returning';
import type { TestServer } from '../../scripts/lib/server';

// Device first: what the reader's device has renders at once, and the network only adds. Lie-fi (a
// connection that accepts requests and never answers), a feed that moved on since the build, and
// another publication answering at the feed URL.

let server: TestServer;
let s: Session;

interface RawItem {
  id: string;
  url?: string;
  title?: string;
  summary?: string;
  content_html?: string;
  date_published?: string;
  [k: string]: unknown;
}
interface RawFeed {
  title: string;
  home_page_url?: string;
  feed_url?: string;
  items: RawItem[];
  [k: string]: unknown;
}
const feedText = readFileSync('public/feed.json', 'utf8');
const sample = JSON.parse(feedText) as RawFeed;

serveAndOpen({ server: (v) => (server = v), session: (v) => (s = v) });

/**
 * Counts the page's feed requests still waiting for an answer (window.__feedPending). Installed before
 * any page script runs, so the app's fetches go through it.
 */
const FEED_PROBE = `(() => {
  window.__feedPending = 0;
  window.__feedStarted = 0;
  const orig = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const accept = init && init.headers ? new Headers(init.headers).get('Accept') || '' : '';
    const p = orig(input, init);
    if (accept.includes('application/feed+json')) {
      window.__feedPending++;
      window.__feedStarted++;
      // The worker's kept copy (stamped x-broadsheet-fetched-at, after its 3 s wait) is no answer from
      // the network: the request counts as pending until the network itself answers or fails.
      p.then((res) => { if (!res.headers.get('x-broadsheet-fetched-at')) window.__feedPending--; }, () => window.__feedPending--);
    }
    return p;
  };
})();`;

/**
 * Feed requests still unanswered by the network, once the app has made one: a page prerendered with
 * its data starts its refresh behind the page, which may come just after the takeover.
 */
const feedPending = async (page: Page) => {
  await page.waitForFunction(() => (window as unknown as { __feedStarted: number }).__feedStarted > 0, undefined, { timeout: 10_000 });
  return page.evaluate(() => (window as unknown as { __feedPending: number }).__feedPending);
};

/** Titles of home's lead story and first cards, in order. */
async function cardTitles(page: Page): Promise<string[]> {
  return page.locator('#main article .card-title a').allTextContents();
}

/** The first article of the sample feed's items, sorted as the app sorts them (newest first). */
function newestItem(feed: RawFeed): RawItem {
  const dated = [...feed.items].sort((a, b) => Date.parse(b.date_published ?? '') - Date.parse(a.date_published ?? ''));
  const first = dated[0];
  if (!first) throw new Error('the sample feed has no items');
  return first;
}

describe('device first', () => {
  test('lie-fi: a returning reader gets an article read before, one never opened and home from the device while the feed request hangs', async () => {
    s.expectErrors(/Failed to load resource/, /ERR_/);
    const { page } = s;
    await readOnce(page, server.url, sample.title);
    // An article read before, and one never opened (it is in the stored feed all the same).
    const links = page.locator('#main article .card-title a');
    const readTitle = ((await links.nth(2).textContent()) ?? '').trim();
    const unreadTitle = ((await links.nth(5).textContent()) ?? '').trim();
    const unreadHref = (await links.nth(5).getAttribute('href')) ?? '';
    await links.nth(2).click();
    await page.getByRole('heading', { level: 1, name: readTitle }).waitFor();
    const readHref = new URL(page.url()).pathname;

    server.hang(true);
    await page.addInitScript({ content: FEED_PROBE });
    for (const [path, title] of [
      [readHref, readTitle],
      [unreadHref, unreadTitle],
    ] as const) {
      await page.goto(server.url + path, { waitUntil: 'commit' });
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.locator('#main .article-body p').first().waitFor();
      await appLive(page);
      // Rendered by the app while its feed request is still unanswered: nothing waited on the network.
      assert.ok((await feedPending(page)) > 0, `${path}: the app was live before any feed answer`);
    }
    await page.goto(server.url + '/', { waitUntil: 'commit' });
    await page.getByRole('heading', { level: 1, name: sample.title }).waitFor();
    await appLive(page);
    assert.ok((await feedPending(page)) > 0, 'home: the app was live before any feed answer');
    assert.ok((await page.locator('#main article').count()) > 10, 'the list is there');
    // Then the worker's time-out gives up on the network, and the status line says so.
    const status = page.getByRole('status').filter({ hasText: /Showing (the )?articles/ });
    await status.waitFor({ timeout: 20_000 });
    assert.equal(await page.getByRole('alert').count(), 0, 'no error view');
    server.hang(false);
  });

  test('a feed that gained an article since the build: hydrated without a mismatch, the lead kept until "1 new article" is tapped', async () => {
    const { page } = s;
    const added: RawItem = {
      id: 'device-first-added',
      url: new URL('/articles/a-late-story-after-the-build', server.url).href,
      title: 'A late story, published after the build',
      summary: 'The feed moved on between the build and this visit.',
      content_html: '<p>This article was added to the feed after the site was built.</p>',
      date_published: new Date(Date.now() + 60_000).toISOString(),
    };
    server.override('/feed.json', { body: JSON.stringify({ ...sample, items: [added, ...sample.items] }), contentType: 'application/feed+json' });
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text());
    });
    await page.addInitScript({ content: `document.addEventListener('DOMContentLoaded', () => { window.__prerenderedH1 = document.querySelector('#main h1'); window.__prerenderedLead = document.querySelector('#main .lead .card-title a'); });` });
    await page.goto(server.url + '/');
    const buildLead = newestItem(sample).title ?? '';
    await appLive(page);
    const notice = page.getByRole('button', { name: '1 new article' });
    await notice.waitFor();
    assert.ok(await page.evaluate(() => document.querySelector('#main h1') === (window as unknown as { __prerenderedH1?: Element }).__prerenderedH1), 'the prerendered <h1> node was kept');
    assert.ok(await page.evaluate(() => document.querySelector('#main .lead .card-title a') === (window as unknown as { __prerenderedLead?: Element }).__prerenderedLead), 'the lead card node was kept');
    assert.equal((await cardTitles(page))[0]?.trim(), buildLead, 'the lead is unchanged until the reader asks');
    assert.deepEqual(warnings.filter((w) => /differed|hydrat|did not match/i.test(w)), [], 'no hydration warning');

    await notice.click();
    await page.locator('#main .lead .card-title a', { hasText: added.title ?? '' }).waitFor();
    assert.equal(await notice.count(), 0, 'the notice is gone');
    await page.locator('#main .lead .card-title a').click();
    await page.getByRole('heading', { level: 1, name: added.title ?? '' }).waitFor();
    await page.locator('#main .article-body p', { hasText: 'added to the feed after the site was built' }).waitFor();
  });

  test('another publication now answers at the feed URL: the stored copy is dropped and the live feed rendered', async () => {
    const { page } = s;
    await readOnce(page, server.url, sample.title);
    const oldLead = ((await page.locator('#main .lead .card-title a').textContent()) ?? '').trim();
    const other = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'The Upland Courier',
      home_page_url: 'https://upland-courier.example/',
      feed_url: 'https://upland-courier.example/feed.json',
      items: [
        { id: 'uc-1', url: 'https://upland-courier.example/2026/hill-farms', title: 'Hill farms try a shared dairy', content_html: '<p>Six farms pool their milk.</p>', date_published: '2026-11-30T08:00:00Z' },
        { id: 'uc-2', url: 'https://upland-courier.example/2026/bus-route', title: 'The valley bus runs again', content_html: '<p>After two years the route is back.</p>', date_published: '2026-11-29T08:00:00Z' },
      ],
    };
    server.override('/feed.json', { body: JSON.stringify(other), contentType: 'application/feed+json' });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: other.title }).waitFor({ timeout: 20_000 });
    await page.getByRole('link', { name: 'Hill farms try a shared dairy' }).waitFor();
    assert.equal(await page.getByRole('link', { name: oldLead }).count(), 0, 'the old publication is gone from the page');
    // A reload now starts from the new publication's copy on the device.
    await page.reload();
    await page.getByRole('link', { name: 'The valley bus runs again' }).waitFor();

    // On lie-fi, home (prerendered from the build's publication) is drawn from that newer copy at once:
    // nothing waits on the network, nor on the worker's 3 s time-out, to choose between the two.
    s.expectErrors(/Failed to load resource/, /ERR_/);
    server.hang(true);
    await page.addInitScript({ content: FEED_PROBE });
    await page.goto(server.url + '/', { waitUntil: 'commit' });
    await page.getByRole('heading', { level: 1, name: other.title }).waitFor();
    await page.getByRole('link', { name: 'Hill farms try a shared dairy' }).waitFor();
    assert.ok((await feedPending(page)) > 0, 'the other publication was drawn before any feed answer');
    server.hang(false);
  });
});
