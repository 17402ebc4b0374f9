import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { loadStoredFeed } from '../../../src/storage/feed-store';
import { freshDeviceEachTest, freshPage } from '../support/fresh-page';

// getFeed(): the network first, the copy in IndexedDB when the network is gone, and online reading without IndexedDB.

const feedText = () => readFile(join(process.cwd(), 'public', 'feed.json'), 'utf8');

freshDeviceEachTest();

/** The session of a new page load: nothing in memory, the device as it is. */
const freshStore = async () => (await freshPage()).session;

describe('feed-store and IndexedDB', () => {
  test('a fetched feed is stored, and used with its fetch time when the network fails', async () => {
    const body = await feedText();
    vi.stubGlobal('fetch', async () => new Response(body, { headers: { 'content-type': 'application/feed+json' } }));
    const online = await freshStore();
    const model = await online.getFeed();
    expect(online.feedSource.get().fromCopy).toBe(false);
    await vi.waitFor(async () => expect((await loadStoredFeed())?.model.articles.length).toBe(model.articles.length));

    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    const offline = await freshStore();
    const copy = await offline.getFeed();
    expect(copy.meta.title).toBe(model.meta.title);
    expect(offline.feedSource.get().fromCopy).toBe(true);
    expect(offline.feedSource.get().fetchedAt).toBeGreaterThan(0);
  });

  test('with no stored copy a network failure is still the feed error', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    const store = await freshStore();
    await expect(store.getFeed()).rejects.toMatchObject({ kind: 'network' });
  });

  test('without IndexedDB the app still reads online', async () => {
    const body = await feedText();
    vi.stubGlobal('indexedDB', undefined);
    vi.stubGlobal('fetch', async () => new Response(body, { headers: { 'content-type': 'application/feed+json' } }));
    const store = await freshStore();
    expect((await store.getFeed()).articles.length).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 10)); // let the deferred (failing) write run: it must not throw
  });
});
