import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { savedListOf, type SavedList } from '../../../src/reading/saved-list';
import { createTabState } from '../../../src/shared/tab-state';
import type { CacheDeps } from '../../../src/reading/saved-images';
import { isStorageError, StorageError, toStorageError } from '../../../src/storage/errors';
import { listSaved } from '../../../src/storage/saved-store';
import { author, makeArticle, resetDb } from './helpers';

/** Saves as a new page's reading list does. */
const saveArticle: SavedList['saveArticle'] = (...args) => savedListOf(createTabState()).saveArticle(...args);


beforeEach(resetDb);
afterEach(async () => {
  vi.restoreAllMocks();
  await resetDb();
});

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** A Cache API stand-in: a map per cache name; `failPut` makes put reject as a full device does. */
function fakeCaches(failPut: boolean) {
  const stores = new Map<string, Map<string, Response>>();
  const open = async (name: string) => {
    let m = stores.get(name);
    if (!m) stores.set(name, (m = new Map()));
    const map = m;
    return {
      match: async (url: string) => map.get(url),
      put: async (url: string, res: Response) => {
        if (failPut) throw quota();
        map.set(url, res);
      },
      delete: async (url: string) => map.delete(url),
    } as unknown as Cache;
  };
  const deps: CacheDeps = {
    caches: { open },
    fetch: (async () => new Response('img', { status: 200 })) as typeof fetch,
    origin: 'https://example.test',
  };
  return { deps, stores };
}

describe('a full device', () => {
  test('IndexedDB put throwing QuotaExceededError gives a StorageError and keeps the reading list', async () => {
    const { deps } = fakeCaches(false);
    await saveArticle({ article: makeArticle(1), authors: [author], tags: [] }, 'reader', deps);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw quota();
    });
    const err = await saveArticle({ article: makeArticle(2), authors: [author], tags: [] }, 'reader', deps).catch((e: unknown) => e);
    expect(isStorageError(err)).toBe(true);
    expect((err as StorageError).kind).toBe('quota');
    expect((err as StorageError).message).toMatch(/no room left/);
    expect((await listSaved()).map((e) => e.id)).toEqual(['id-1']);
  });

  test('a quota error carried by a transaction (tx.error / event.target.error) is recognised', () => {
    const txLike = { name: 'AbortError', error: quota() };
    const err = toStorageError(txLike, 'Saving');
    expect(err.kind).toBe('quota');
    expect(toStorageError(new Error('boom'), 'Saving').kind).toBe('failed');
    expect(toStorageError(new Error('boom'), 'Saving').message).toBe('Saving failed: boom');
  });

  test('Cache API put rejecting with QuotaExceededError rolls the new save back and keeps what was saved', async () => {
    const ok = fakeCaches(false);
    await saveArticle({ article: makeArticle(1), authors: [author], tags: [] }, 'reader', ok.deps);
    const full = fakeCaches(true);
    const err = await saveArticle({ article: makeArticle(2), authors: [author], tags: [] }, 'reader', full.deps).catch((e: unknown) => e);
    expect(isStorageError(err) && err.kind === 'quota').toBe(true);
    const list = await listSaved();
    expect(list.map((e) => e.id)).toEqual(['id-1']);
    expect(list[0]?.imagesCached).toBe(true);
    // The first article's images are untouched in its cache.
    expect(ok.stores.get('broadsheet-saved-images')?.size).toBe(3);
  });
});
