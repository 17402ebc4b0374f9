import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DB_VERSION, getDb } from '../../../src/storage/db';
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
    expect([...db.objectStoreNames].sort()).toEqual(['downloadJob', 'feed', 'readState', 'saved', 'searchIndex', 'settings']);

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

  test('a fresh install gets the v2 schema with no leftover v1 store', async () => {
    const db = await getDb();
    expect(db.objectStoreNames.contains('readingList' as never)).toBe(false);
    expect(db.objectStoreNames.contains('saved')).toBe(true);
    expect(await listSaved()).toEqual([]);
  });
});
