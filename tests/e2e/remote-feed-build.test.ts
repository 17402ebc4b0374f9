import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { openSession, type Session } from '../../scripts/lib/browser';
import { buildInTempDir, startOtherHost, type OtherHost } from './support/other-origins';
import { startServer, type TestServer } from '../../scripts/lib/server';

// The feed on the publisher's CMS, another origin (127.0.0.1, another port, sending CORS headers):
// the app built with VITE_FEED_URL pointing there. The prerender fetches it at build time, pages are
// prerendered from it, and the app reads it at run time through CORS; without the CORS header the
// reader gets the alert of a failed fetch, naming CORS as the likely cause.

const SITE = 'https://remote-ledger.example';
const story = (n: number, title: string) => ({
  id: `remote-${n}`,
  url: `${SITE}/2026/11/${title.toLowerCase().replace(/[^a-z]+/g, '-')}`,
  title,
  date_published: new Date(Date.UTC(2026, 10, 10 + n, 9)).toISOString(),
  content_html: `<p>${title}: the first paragraph.</p><p>The second paragraph.</p><p>The third.</p>`,
  tags: ['Harbour'],
  authors: [{ name: 'Ines Calloway' }],
});
const slugOf = (item: { url: string }) => new URL(item.url).pathname.split('/').pop() ?? '';

const feed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Remote Ledger',
  home_page_url: `${SITE}/`,
  items: [story(4, 'Ferry timetable doubles in spring'), story(3, 'Dock cranes return'), story(2, 'Market hall reopens'), story(1, 'Tide gauge repaired')],
};
const later = story(9, 'Published after the build');

let cms: OtherHost;
let out: string;
let server: TestServer;
let s: Session;
let buildRequests: OtherHost['requests'];

before(async () => {
  cms = await startOtherHost(true, async (req) => {
    if ((req.url ?? '').split('?')[0] !== '/feed.json') return null;
    const body = JSON.stringify(feed);
    // Validators, as a CMS sends them: the app's copy on the device then has some to send.
    return { type: 'application/feed+json', body, headers: { ETag: `"${createHash('sha1').update(body).digest('hex')}"`, 'Last-Modified': new Date(Date.UTC(2026, 10, 1)).toUTCString() } };
  });
  out = await buildInTempDir({ VITE_FEED_URL: `${cms.url}/feed.json` });
  buildRequests = [...cms.requests];
  server = await startServer({ outDir: out });
});
after(async () => {
  await server?.close();
  await cms?.close();
  if (out) await rm(out, { recursive: true, force: true });
});
beforeEach(async () => {
  s = await openSession();
});
afterEach(async () => {
  cms.cors = true;
  feed.items = feed.items.filter((i) => i.id !== later.id);
  server.reset();
  await s.close();
});

describe('a build from a feed on another origin', () => {
  test('the prerender fetched the feed from its host and wrote every page from it', () => {
    assert.ok(buildRequests.some((r) => r.path === '/feed.json'), 'the build asked the CMS for the feed');
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    assert.ok(home.includes('Remote Ledger'), 'home is the remote feed');
    assert.ok(!home.includes('Harbour Ledger'), 'not the bundled sample');
    for (const item of feed.items) {
      const file = join(out, 'articles', slugOf(item), 'index.html');
      assert.ok(existsSync(file), `${slugOf(item)} was prerendered`);
      assert.ok(readFileSync(file, 'utf8').includes(item.title));
    }
    assert.ok(existsSync(join(out, 'authors', 'ines-calloway', 'index.html')), 'author pages too');
  });

  test('the app reads the feed at run time through CORS, with no preflight, and offers what was published since the build', async () => {
    const { page } = s;
    const before = cms.requests.length;
    feed.items = [later, ...feed.items];
    await page.goto(server.url + '/');
    await page.getByRole('heading', { level: 1, name: 'Remote Ledger' }).waitFor();
    // The page came from the build; the feed read now has one more article.
    const notice = page.getByRole('button', { name: '1 new article' });
    await notice.waitFor({ timeout: 20_000 });
    const fromPage = cms.requests.slice(before);
    assert.ok(fromPage.some((r) => r.method === 'GET' && r.path === '/feed.json' && r.mode === 'cors' && r.origin === server.url), `a CORS GET from the app's origin (${JSON.stringify(fromPage)})`);
    assert.deepEqual(fromPage.filter((r) => r.method === 'OPTIONS'), [], 'a simple request: no preflight the feed host would have to answer');
    await notice.click();
    await page.getByRole('link', { name: later.title }).first().click();
    await page.getByRole('heading', { level: 1, name: later.title }).waitFor();
    assert.ok((await page.locator('.article-body p').count()) >= 3, 'its body renders');

    // Refreshes (now with a copy on the device, so with validators to send) stay simple requests.
    await page.goto(server.url + '/');
    await page.getByRole('heading', { level: 1, name: 'Remote Ledger' }).waitFor();
    await page.goto(`${server.url}/articles/${slugOf(later)}`);
    await page.getByRole('heading', { level: 1, name: later.title }).waitFor();
    assert.deepEqual(cms.requests.slice(before).filter((r) => r.method === 'OPTIONS'), [], 'no preflight later either');
    assert.equal(await page.getByRole('alert').count(), 0, 'no alert');
  });

  test('without Access-Control-Allow-Origin, the reader gets the alert of a failed fetch, naming CORS', async () => {
    s.expectErrors(/blocked by CORS policy/, /Failed to load resource/, /Failed to fetch/);
    cms.cors = false;
    const { page } = s;
    // A prerendered page stays readable, the alert above it.
    await page.goto(server.url + '/');
    await page.getByRole('heading', { level: 1, name: 'Remote Ledger' }).waitFor();
    const alert = page.getByRole('alert').filter({ hasText: /CORS/ });
    await alert.waitFor({ timeout: 20_000 });
    const text = (await alert.textContent()) ?? '';
    assert.match(text, /could not be downloaded/);
    assert.ok(text.includes(cms.host), `names the feed's host (${text})`);
    assert.match(text, /Access-Control-Allow-Origin/);

    // A page the build did not write: the error view, with the same message and a way to try again.
    await page.goto(`${server.url}/articles/not-prerendered-anywhere`);
    const view = page.getByRole('alert').filter({ hasText: /CORS/ });
    await view.waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Try again' }).waitFor();
    cms.cors = true;
    feed.items = [{ ...later, url: `${SITE}/2026/11/not-prerendered-anywhere` }, ...feed.items];
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { level: 1, name: later.title }).waitFor();
  });
});
