import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { Session } from '../../scripts/lib/browser';
import { appLive } from './support/browser';
import { serveAndOpen } from './support/fixture';
import { poll } from './support/poll';
import { sampleFeed, sampleItem, slugOf } from './support/sample-feed';
import type { TestServer } from '../../scripts/lib/server';

// Search: a rare word found online and offline, highlighted; "/" takes the reader to the box.

let server: TestServer;
let s: Session;
const feed = sampleFeed();

serveAndOpen({ server: (v) => (server = v), session: (v) => (s = v) });

/** Both pages of the sample feed, lower-cased: where a word must appear only once. */
const everything = (readFileSync('public/feed.json', 'utf8') + readFileSync('public/feed-2.json', 'utf8')).toLowerCase();

/** A word that appears once in the whole feed, from the last paragraph of one article. */
function rareWordFromLastParagraph(): { word: string; title: string } {
  for (const item of feed.items) {
    const paras = (item.content_html ?? '').split(/<\/p>/);
    const last = paras.filter((p) => p.trim()).at(-1) ?? '';
    const words = last.replace(/<[^>]+>/g, ' ').match(/[A-Za-z]{7,}/g) ?? [];
    for (const w of words) {
      const count = everything.split(w.toLowerCase()).length - 1;
      if (count === 1) return { word: w.toLowerCase(), title: item.title };
    }
  }
  throw new Error('no rare word found in the sample feed');
}

async function searchFor(page: Page, word: string) {
  const box = page.getByRole('searchbox', { name: 'Search' });
  await box.fill(word);
  await box.press('Enter');
  await page.getByRole('heading', { level: 1, name: new RegExp(word) }).waitFor();
}

describe('search', () => {
  test('finds an article by a rare word from its last paragraph, highlighted, online and offline', async () => {
    const { page } = s;
    s.expectErrors(/Failed to load resource/); // the requests that fail offline
    const { word, title } = rareWordFromLastParagraph();
    await page.goto(server.url + '/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await appLive(page);
    await searchFor(page, word);
    assert.match(page.url(), new RegExp(`/search\\?q=${word}$`), 'the query is in the URL');
    const result = page.getByRole('article').filter({ has: page.getByRole('link', { name: title }) });
    await result.waitFor();
    assert.equal(await page.getByRole('article').count(), 1);
    assert.match((await page.getByRole('status').filter({ hasText: /result/ }).textContent()) ?? '', /^1 result$/);
    assert.equal((await result.locator('mark').first().textContent())?.toLowerCase(), word, 'the word is marked in the snippet');
    assert.equal(await page.getByRole('searchbox', { name: 'Search' }).inputValue(), word, 'the box keeps the query');

    await searchFor(page, 'qqxyzzy');
    await page.getByText('No results for “qqxyzzy”.').waitFor();
    assert.equal(await page.getByRole('article').count(), 0);

    // Offline: once the service worker controls the page, a reload with no network still searches
    // (the shell from the precache, the feed from the device, the index from IndexedDB).
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, { timeout: 15_000 });
    await page.goto(`${server.url}/search?q=${word}`);
    await result.waitFor();
    await s.context.setOffline(true);
    await page.reload();
    await page.getByRole('link', { name: title }).waitFor();
    await searchFor(page, 'harbour');
    assert.ok((await page.getByRole('article').count()) > 1, 'a new query offline finds articles too');
    await s.context.setOffline(false);
  });

  test('"/" focuses the search box from anywhere', async () => {
    const { page } = s;
    await page.goto(server.url + '/articles/' + slugOf(sampleItem(feed, 2).url));
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The heading may come from the prerendered page before the app is listening: press until it answers.
    await poll(
      async () => {
        await page.keyboard.press('/');
        return page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
      },
      (label) => label === 'Search',
      { what: 'the search box to take focus', timeoutMs: 10_000 },
    );
    assert.equal(await page.getByRole('searchbox', { name: 'Search' }).inputValue(), '', 'the slash is not typed into the box');
  });
});
