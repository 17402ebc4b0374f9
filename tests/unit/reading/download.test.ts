import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { downloadsOf, type Downloads } from '../../../src/reading/download';
import { listSaved } from '../../../src/storage/saved-store';
import { resetDb } from '../storage/helpers';
import type { FeedSession } from '../../../src/session/feed-session';
import { freshPage } from '../support/fresh-page';

// "Download for offline" saves article after article: one that cannot be saved is counted and
// skipped, the others are still saved; only a full device stops the job. The feed is served by a
// stubbed fetch (the network), IndexedDB is fake-indexeddb, and a save is made to fail the way the
// real IndexedDB fails, by its put throwing.

const feed = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Download Gazette',
  home_page_url: 'https://news.example/',
  items: ['a', 'b', 'c'].map((id, i) => ({
    id,
    url: `https://news.example/2026/11/item-${id}`,
    title: `Item ${id}`,
    content_html: `<p>Body ${id}</p><img src="https://user:pass@news.example/${id}.jpg">`,
    date_published: `2026-11-0${3 - i}T10:00:00Z`,
  })),
});

let session: FeedSession;
let downloads: Downloads;
beforeEach(async () => {
  const page = await freshPage(); // a fresh feed session and download state per test
  session = page.session;
  downloads = downloadsOf(page.tab);
  await resetDb();
  vi.stubGlobal('fetch', async () => new Response(feed, { headers: { 'content-type': 'application/feed+json' } }));
});
afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  await resetDb();
});

/** Makes IndexedDB refuse to store the saved entry of article `id` with `error`; every other write goes through. */
function failPutOf(id: string, error: DOMException) {
  const put = IDBObjectStore.prototype.put;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
    if (this.name === 'saved' && (value as { id?: string } | null)?.id === id) throw error;
    return put.call(this, value, key);
  });
}

describe('Download for offline', () => {
  test('an article that cannot be saved is skipped and counted; the rest are saved', async () => {
    failPutOf('b', new DOMException('Failed to store the record.', 'DataError'));
    await downloads.start(session, 3);
    expect(downloads.state.get()).toMatchObject({ status: 'done', done: 3, total: 3, message: '2 of 3 articles are available offline. 1 article could not be saved.' });
    const saved = await listSaved();
    expect(saved.map((e) => e.id).sort()).toEqual(['a', 'c']);
    // Saved with the body image's credentials stripped: no URL the Cache API would refuse is kept.
    expect(saved.find((e) => e.id === 'a')?.imageUrls).toEqual(['https://news.example/a.jpg']);
  });

  test('a full device stops the job with the quota message', async () => {
    failPutOf('b', new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    await downloads.start(session, 3);
    const state = downloads.state.get();
    expect(state.status).toBe('error');
    expect(state.message).toBe('There is no room left on this device: the download stopped with 1 of 3 articles saved. Nothing already saved was lost; remove some saved articles or free up space, then try again.');
    expect((await listSaved()).map((e) => e.id)).toEqual(['a']);
  });
});
