import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { closeDb, DB_VERSION, getDb } from '../../../src/storage/db';
import { getEpisode, listEpisodes, putEpisodePosition } from '../../../src/storage/episode-store';
import { getReadState } from '../../../src/storage/read-state-store';
import { listSaved } from '../../../src/storage/saved-store';
import { getSetting } from '../../../src/storage/settings-store';
import { author, makeArticle, resetDb } from './helpers';

/** Writes a database exactly as version 1 of the app did, with raw IndexedDB. */
function createV1(entries: unknown[], settings: Record<string, unknown>): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('broadsheet', 1);
    req.onupgradeneeded = () => {
      const db = req.result;
      const list = db.createObjectStore('readingList', { keyPath: 'slug' });
      const st = db.createObjectStore('settings');
      for (const e of entries) list.put(e);
      for (const [k, v] of Object.entries(settings)) st.put(v, k);
    };
    req.onsuccess = () => {
      req.result.close();
      resolve();
    };
    req.onerror = () => reject(req.error);
  });
}

/** Writes a database exactly as version 2 of the app left it: every v2 store, one record in each. */
function createV2(records: { saved: unknown; readState: unknown; settings: Record<string, unknown>; feed: unknown; searchIndex: unknown; downloadJob: unknown }): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('broadsheet', 2);
    req.onupgradeneeded = () => {
      const db = req.result;
      const saved = db.createObjectStore('saved', { keyPath: 'id' });
      saved.createIndex('bySlug', 'article.slug');
      saved.createIndex('bySavedAt', 'savedAt');
      db.createObjectStore('readState', { keyPath: 'id' }).put(records.readState);
      db.createObjectStore('feed').put(records.feed, 'current');
      db.createObjectStore('searchIndex').put(records.searchIndex, 'index');
      db.createObjectStore('downloadJob', { keyPath: 'id' }).put(records.downloadJob);
      const st = db.createObjectStore('settings');
      for (const [k, v] of Object.entries(records.settings)) st.put(v, k);
      saved.put(records.saved);
    };
    req.onsuccess = () => {
      req.result.close();
      resolve();
    };
    req.onerror = () => reject(req.error);
  });
}

/** Reads one record of any store with raw IndexedDB (what the app would find there). */
function rawGet(store: string, key: IDBValidKey): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('broadsheet');
    req.onsuccess = () => {
      const db = req.result;
      const get = db.transaction(store).objectStore(store).get(key);
      get.onsuccess = () => {
        db.close();
        resolve(get.result);
      };
      get.onerror = () => reject(get.error);
    };
    req.onerror = () => reject(req.error);
  });
}

beforeEach(resetDb);
afterEach(resetDb);

describe('schema migrations', () => {
  test('v1 -> v2 moves the reading list to `saved` keyed by id, keeps settings, adds the new stores', async () => {
    const a1 = makeArticle(1);
    const a2 = makeArticle(2);
    await createV1(
      [
        { slug: a1.slug, article: a1, authors: [author], addedAt: 1000 },
        { slug: a2.slug, article: a2, authors: [], addedAt: 2000 },
      ],
      { downloadCount: 12 },
    );

    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['downloadJob', 'episodes', 'feed', 'readState', 'saved', 'searchIndex', 'settings']);

    const saved = await listSaved();
    expect(saved.map((s) => s.id)).toEqual(['id-2', 'id-1']); // newest first
    const first = saved.find((s) => s.id === 'id-1');
    expect(first?.savedAt).toBe(1000);
    expect(first?.article.title).toBe('Article 1');
    expect(first?.imagesCached).toBe(false);
    // Body images are listed from the sanitized body only, which an upgrade transaction cannot wait
    // for; v1 kept no images anyway, and saving the article again lists them.
    expect(first?.imageUrls).toEqual(['https://example.test/images/hero-1.jpg', 'https://example.test/avatars/ana.jpg']);
    expect(await getSetting('downloadCount')).toBe(12);
  });

  test('v2 -> v3 adds the episodes store and keeps every record of every v2 store', async () => {
    const a1 = makeArticle(1);
    const feed = { model: { meta: { title: 'T', version: 'https://jsonfeed.org/version/1.1', expired: false }, articles: [a1], authors: [author], tags: [], skipped: [] }, fetchedAt: 5, feedUrl: 'https://example.test/feed.json' };
    const job = { id: 'current', articleIds: ['id-1', 'id-2'], doneIds: ['id-1'], total: 2, startedAt: 1, updatedAt: 2 };
    await createV2({
      saved: { id: 'id-1', article: a1, authors: [author], tags: [], savedAt: 1234, imageUrls: ['https://example.test/images/hero-1.jpg'], imagesCached: true, via: 'reader' },
      readState: { id: 'id-1', readAt: 10, position: 0.4, updatedAt: 11 },
      settings: { downloadCount: 7, downloadWifiOnly: true },
      feed,
      searchIndex: { serialized: 'x' },
      downloadJob: job,
    });

    const db = await getDb();
    expect(db.version).toBe(3);
    expect(db.objectStoreNames.contains('episodes')).toBe(true);
    const saved = await listSaved();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ id: 'id-1', savedAt: 1234, imagesCached: true, via: 'reader' });
    expect(await getReadState('id-1')).toEqual({ id: 'id-1', readAt: 10, position: 0.4, updatedAt: 11 });
    expect(await getSetting('downloadCount')).toBe(7);
    expect(await getSetting('downloadWifiOnly')).toBe(true);
    // Settings v3 added read their defaults.
    expect(await getSetting('downloadEpisodes')).toBe(false);
    expect(await getSetting('backgroundRefresh')).toBe(true);
    await db.close();
    await closeDb();
    expect(await rawGet('feed', 'current')).toEqual(feed);
    expect(await rawGet('searchIndex', 'index')).toEqual({ serialized: 'x' });
    expect(await rawGet('downloadJob', 'current')).toEqual(job);
    // The new store works: nothing in it yet, and a position can be kept.
    expect(await listEpisodes()).toEqual([]);
    await putEpisodePosition('https://example.test/ep.mp3', 'id-1', 42.5);
    expect(await getEpisode('https://example.test/ep.mp3')).toMatchObject({ articleId: 'id-1', position: 42.5 });
  });

  test('a fresh install gets the current schema with no leftover v1 store', async () => {
    const db = await getDb();
    expect(db.objectStoreNames.contains('readingList' as never)).toBe(false);
    expect(db.objectStoreNames.contains('saved')).toBe(true);
    expect(await listSaved()).toEqual([]);
  });
});
