import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Session } from '../../scripts/lib/browser';
import { appLive } from './support/browser';
import { serveAndOpen } from './support/fixture';
import { poll } from './support/poll';
import type { TestServer } from '../../scripts/lib/server';

// A feed server that misbehaves on purpose: each fault gives the reader a clear message, never a blank page.

let server: TestServer;
let s: Session;
const sample = JSON.parse(readFileSync('public/feed.json', 'utf8')) as Record<string, unknown>;

serveAndOpen({ server: (v) => (server = v), session: (v) => (s = v) });

async function alertText(): Promise<string> {
  const alert = s.page.getByRole('alert');
  await alert.waitFor({ timeout: 20_000 });
  return (await alert.textContent()) ?? '';
}

test('404: says the feed was not found', async () => {
  s.expectErrors(/status of 404 .*\/feed\.json\]$/);
  server.override('/feed.json', { status: 404, body: 'Not here', contentType: 'text/plain' });
  await s.page.goto(server.url + '/');
  assert.match(await alertText(), /404/);
  await s.page.getByRole('button', { name: 'Try again' }).waitFor();
});

test('a response slower than the timeout: says it timed out, and "Try again" recovers', async () => {
  server.override('/feed.json', { delayMs: 12_000, body: JSON.stringify(sample) });
  await s.page.goto(server.url + '/');
  assert.match(await alertText(), /did not answer within \d+ seconds/);
  server.reset();
  await s.page.getByRole('button', { name: 'Try again' }).click();
  await s.page.getByRole('heading', { level: 1, name: String(sample.title) }).waitFor();
});

test('a 60 MB feed is refused above the documented 50 MB limit', async () => {
  const filler = 'x'.repeat(60 * 1024 * 1024);
  server.override('/feed.json', { body: `{"version":"https://jsonfeed.org/version/1.1","title":"Huge","items":[],"_pad":"${filler}"}` });
  await s.page.goto(server.url + '/');
  assert.match(await alertText(), /too large|50 MB|size/i);
});

test('a next_url that loops back stops paging with a message, keeping what was read', async () => {
  server.override('/feed.json', { body: JSON.stringify({ ...sample, next_url: '/feed.json' }) });
  await s.page.goto(server.url + '/');
  await s.page.getByRole('heading', { level: 1, name: String(sample.title) }).waitFor();
  await appLive(s.page); // "Load more" is the app's: the prerendered page has none
  const before = await s.page.locator('main article').count();
  const more = s.page.getByRole('button', { name: 'Load more' });
  // Show every article of the page, then ask for the (looping) next page.
  // Infinite scroll may click it first; the button going away mid-click is fine.
  await poll(
    async () => {
      if ((await more.count()) === 0) return true;
      await more.click({ timeout: 5_000 }).catch(() => undefined);
      return false;
    },
    (gone) => gone,
    { what: '"Load more" to go away', timeoutMs: 60_000 },
  );
  await s.page.getByText(/next page points back to a page already shown/).waitFor();
  assert.ok((await s.page.locator('main article').count()) >= before, 'the articles already shown stay');
});

test('no blank page: every fault leaves one h1 and a way home', async () => {
  s.expectErrors(/status of 503 .*\/feed\.json\]$/);
  server.override('/feed.json', { status: 503, body: '', contentType: 'text/plain' });
  await s.page.goto(server.url + '/articles/anything');
  await alertText();
  assert.equal(await s.page.locator('h1').count(), 1);
  await s.page.getByRole('link', { name: 'Go to the home page' }).waitFor();
});
