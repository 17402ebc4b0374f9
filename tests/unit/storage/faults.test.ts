import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { storageProblem } from '../../../src/reading/storage-status';
import { createFeedSession } from '../../../src/session/feed-session';
import { feedUrl } from '../../../src/shared/env';
import { savedListOf, type SavedList } from '../../../src/reading/saved-list';
import { createTabState } from '../../../src/shared/tab-state';
import { skippedCount } from '../../../src/storage/corrupt-records';
import { BLOCKED_MESSAGE, DB_NAME, DB_VERSION, getDb, NEWER_MESSAGE, UNAVAILABLE_MESSAGE } from '../../../src/storage/db';
import { isStorageError, type StorageError } from '../../../src/storage/errors';
import { loadStoredFeed, saveStoredFeed } from '../../../src/storage/feed-store';
import { getReadState, listReadState, putReadState } from '../../../src/storage/read-state-store';
import { getSaved, getSavedBySlug, listSaved, listSavedWithSkipped, putSaved } from '../../../src/storage/saved-store';
import { getSetting } from '../../../src/storage/settings-store';
import { author, makeArticle, resetDb } from './helpers';

// Storage that fails: no IndexedDB, a refused or newer database, another tab, and records that do not read back.

beforeEach(resetDb); // closing the connection forgets what it found unreadable
afterEach(async () => {
  vi.unstubAllGlobals();
  await resetDb();
});

const noCaches = null;
/** Saves as a new page's reading list does. */
const saveArticle: SavedList['saveArticle'] = (...args) => savedListOf(createTabState()).saveArticle(...args);

const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as StorageError);

/** Opens the database by hand, as another tab (or another version of the app) would. */
function rawOpen(version: number, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, version);
    req.onupgradeneeded = () => upgrade?.(req.result);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error('blocked: the app did not let go of its connection'));
  });
}

describe('IndexedDB unavailable', () => {
  test('no indexedDB at all: storage says why, saving reports it, settings read as defaults', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const err = await failure(getDb());
    expect(isStorageError(err) && err.kind === 'unavailable').toBe(true);
    expect(err?.message).toBe(UNAVAILABLE_MESSAGE);
    expect(await storageProblem()).toBe(UNAVAILABLE_MESSAGE);
    const saveErr = await failure(saveArticle({ article: makeArticle(1), authors: [author], tags: [] }, 'reader', noCaches));
    expect(saveErr?.message).toMatch(/^Offline reading is off: this browser is not letting Broadsheet store data/);
    expect(await getSetting('downloadCount')).toBe(30);
  });

  test('indexedDB.open throwing (a private mode): a rejection, never an exception out of getDb()', async () => {
    vi.stubGlobal('indexedDB', {
      open: () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      },
    });
    let promise: Promise<unknown> | undefined;
    expect(() => {
      promise = getDb();
    }).not.toThrow();
    const err = await failure(promise ?? Promise.resolve());
    expect(err?.kind).toBe('unavailable');
    expect(await failure(listSaved())).toMatchObject({ message: UNAVAILABLE_MESSAGE });
  });

  test('a database from a newer version (VersionError): says to reload, and a later open may succeed', async () => {
    (await rawOpen(DB_VERSION + 5)).close();
    const err = await failure(getDb());
    expect(err?.message).toBe(NEWER_MESSAGE);
    await resetDb();
    await expect(getDb()).resolves.toBeTruthy(); // not stuck on the failed attempt
  });
});

describe('two tabs', () => {
  test('versionchange: this tab closes its connection so the other tab upgrades, and says so on next use', async () => {
    await putSaved({ id: 'id-1', article: makeArticle(1), authors: [author], savedAt: 1, imageUrls: [], imagesCached: true });
    // "Another tab" with a newer schema: it must not be blocked by our open connection.
    const other = await rawOpen(DB_VERSION + 1);
    other.close();
    expect((await failure(getSaved('id-1')))?.message).toBe(NEWER_MESSAGE);
  });

  test('blocked: an older tab that keeps its connection makes callers fail with a message, then opening completes', async () => {
    // An "older tab" on schema v1 that ignores versionchange.
    const older = await rawOpen(1, (db) => {
      db.createObjectStore('readingList', { keyPath: 'slug' });
      db.createObjectStore('settings');
    });
    const err = await failure(getDb());
    expect(err?.message).toBe(BLOCKED_MESSAGE);
    expect((await failure(listSaved()))?.message).toBe(BLOCKED_MESSAGE); // later callers are told too, not left waiting
    older.close();
    await vi.waitFor(async () => expect(await listSaved()).toEqual([]));
    expect((await getDb()).version).toBe(DB_VERSION);
  });
});

describe('corrupt records', () => {
  const good = { id: 'id-1', article: makeArticle(1), authors: [author], savedAt: 10, imageUrls: [], imagesCached: true };

  test('saved: an entry whose article lacks fields, one of the wrong type, one with no savedAt are skipped and counted', async () => {
    await putSaved(good);
    const db = await getDb();
    const { title: _t, plainText: _p, ...partial } = makeArticle(2);
    await db.put('saved', { ...good, id: 'broken-1', article: { ...partial, slug: 'broken-1' } } as never);
    await db.put('saved', { ...good, id: 'broken-2', article: 'not an article' } as never);
    await db.put('saved', { ...good, id: 'broken-3', article: makeArticle(3), savedAt: undefined } as never);
    const { entries, skipped } = await listSavedWithSkipped();
    expect(entries.map((e) => e.id)).toEqual(['id-1']);
    expect(skipped).toBe(3);
    expect(skippedCount('saved')).toBe(3);
    expect(await getSaved('broken-1')).toBeUndefined();
    expect(await getSavedBySlug('broken-1')).toBeUndefined();
    expect((await getSavedBySlug('article-1'))?.id).toBe('id-1');
    // Saving the article again replaces the broken record, and the count goes down.
    await putSaved({ ...good, id: 'broken-2', article: makeArticle(2, { id: 'broken-2' }) });
    expect(skippedCount('saved')).toBe(2);
    expect((await listSaved()).length).toBe(2);
  });

  test('feed: a garbage model is no copy at all; a bad article is dropped and the rest kept', async () => {
    const db = await getDb();
    await db.put('feed', { model: 'garbage', fetchedAt: 'yesterday', feedUrl: '/feed.json' } as never, 'current');
    expect(await loadStoredFeed()).toBeUndefined();
    expect(skippedCount('feed')).toBe(1);
    const model = {
      meta: { title: 'T', version: 'https://jsonfeed.org/version/1.1', expired: false },
      articles: [makeArticle(1), { ...makeArticle(2), wordCount: 'many' }, makeArticle(3)],
      authors: [author],
      tags: [{ slug: 'harbour', name: 'Harbour', count: 2 }],
      skipped: [],
    };
    await db.put('feed', { model, fetchedAt: 5, feedUrl: '/feed.json' } as never, 'current');
    expect((await loadStoredFeed())?.model.articles.map((a) => a.id)).toEqual(['id-1', 'id-3']);
    await saveStoredFeed({ model: { ...model, articles: [makeArticle(1)] }, fetchedAt: 6, feedUrl: '/feed.json' });
    expect(skippedCount('feed')).toBe(0);
  });

  test('feed: an article whose image srcset is not a list of sizes is dropped, one with sizes is kept', async () => {
    const db = await getDb();
    const srcset = [{ src: 'https://example.test/images/hero-1-480.jpg', width: 480 }];
    const withSizes = makeArticle(1, { image: { src: 'https://example.test/images/hero-1.jpg', alt: '', srcset } });
    const model = {
      meta: { title: 'T', version: 'https://jsonfeed.org/version/1.1', expired: false },
      articles: [withSizes, { ...makeArticle(2), image: { src: 'x', alt: '', srcset: 'x 480w' } }, { ...makeArticle(3), image: { src: 'x', alt: '', srcset: [{ src: 'y' }] } }],
      authors: [author],
      tags: [],
      skipped: [],
    };
    await db.put('feed', { model, fetchedAt: 5, feedUrl: '/feed.json' } as never, 'current');
    const articles = (await loadStoredFeed())?.model.articles;
    expect(articles?.map((a) => a.id)).toEqual(['id-1']);
    expect(articles?.[0]?.image?.srcset).toEqual(srcset);
    expect(skippedCount('feed')).toBe(1);
  });

  test('feed: with a garbage stored copy and no network, the reader gets the feed error, not a crash', async () => {
    const db = await getDb();
    await db.put('feed', { model: { meta: 7 }, fetchedAt: 1, feedUrl: '/feed.json' } as never, 'current');
    const session = createFeedSession({ feedUrl: feedUrl() });
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(session.getFeed()).rejects.toMatchObject({ kind: 'network' });
  });

  test('readState: a string position is skipped, not merged, and replaced by the next write', async () => {
    const db = await getDb();
    await db.put('readState', { id: 'a', position: 'far', updatedAt: 1 } as never);
    await db.put('readState', { id: 'b', position: 7, updatedAt: 1 } as never); // out of range
    await putReadState('c', { position: 0.5 });
    expect(await getReadState('a')).toBeUndefined();
    expect((await listReadState()).map((s) => s.id)).toEqual(['c']);
    expect(skippedCount('readState')).toBe(2);
    const next = await putReadState('a', { readAt: 5 });
    expect(next.position).toBeUndefined();
    expect(next.readAt).toBe(5);
    expect((await getReadState('a'))?.readAt).toBe(5);
    expect(skippedCount('readState')).toBe(1);
  });
});
