import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Article, Author, FeedModel, Tag } from '../shared/model';
import { StorageError, toStorageError } from './errors';
import { forgetSkipped } from './corrupt-records';
import { collectImageUrls } from '../html/image-urls';

/**
 * The app's IndexedDB database, "broadsheet", through idb. What lives where:
 * - `feed`        key 'current': the last feed model fetched (all pages merged), when and from where,
 *                 and its HTTP validators. Rendered when the network is gone. Safe to clear.
 * - `saved`       keyPath 'id': the reading list. Each saved article with its authors and tags, when
 *                 it was saved, and the image URLs kept in the 'broadsheet-saved-images' cache.
 *                 Never cleared by "Clear cached articles"; never lost in a migration.
 * - `readState`   keyPath 'id': per article, when it was read and how far (scroll fraction 0..1).
 * - `settings`    out-of-line string keys -> values (download count, Wi-Fi only, appearance...), and
 *                 the install offer's visit count and dismissal under `install:` keys (install-store.ts).
 * - `searchIndex` out-of-line string keys: the search engine's serialised index (search-index-store.ts).
 * - `downloadJob` key 'current': the state of a "Download for offline" run, so it resumes after a restart.
 * - `episodes`    keyPath 'url' (index byArticle): per podcast episode (an audio attachment's URL), where
 *                 the reader got to (seconds), and what of its bytes are kept: the bytes themselves live
 *                 in the 'broadsheet-episodes' cache (whole) and 'broadsheet-episode-parts' (a download
 *                 under way, so it resumes). Removed with the saved article; the position stays.
 *
 * Versions: v1 had `readingList` (keyPath 'slug') and `settings`. v2 moved the reading list to `saved`
 * keyed by article id, and added the other stores. v3 added `episodes` and changed nothing else. Each
 * step of MIGRATIONS runs once, in order, inside the upgrade transaction, so a failed upgrade leaves the
 * old database as it was.
 *
 * Several tabs: a tab whose connection gets `versionchange` (another tab's newer version upgrading)
 * closes it at once so that upgrade is not blocked, and reopens on next use; an open `blocked` by an
 * older tab rejects its callers with a message instead of leaving them waiting. Records read back are
 * checked (record-schemas.ts) by the store modules; unreadable ones are skipped and noted.
 */

export const DB_NAME = 'broadsheet';
export const DB_VERSION = 3;

export interface StoredFeed {
  model: FeedModel;
  fetchedAt: number;
  feedUrl: string;
  etag?: string;
  lastModified?: string;
}

export interface SavedArticle {
  id: string;
  article: Article;
  authors: Author[];
  /** The article's tags, so a saved article shows its tags when the feed has dropped it. */
  tags?: Tag[];
  savedAt: number;
  imageUrls: string[];
  /** True once every image in imageUrls is in the saved-images cache. */
  imagesCached: boolean;
  /** 'download' when it came in through "Download for offline" rather than the reader's own save. */
  via?: 'reader' | 'download';
}

export interface ReadState {
  id: string;
  readAt?: number;
  /** How far down the article the reader got: a scroll fraction, 0..1. */
  position?: number;
  updatedAt: number;
}

export interface DownloadJob {
  id: 'current';
  /** Article ids to save, newest first, fixed when the job started. */
  articleIds: string[];
  /** Ids already saved. */
  doneIds: string[];
  total: number;
  startedAt: number;
  updatedAt: number;
}

/** What of an episode's bytes are on the device. */
export interface EpisodeDownload {
  /** 'partial': a download was stopped (app closed, network lost) and can resume from receivedBytes. */
  status: 'partial' | 'complete';
  receivedBytes: number;
  /** The whole file's size when the host (or the feed) said it. */
  totalBytes?: number;
  /** How many chunks are in the parts cache (partial downloads only). */
  parts: number;
  contentType: string;
  /** The host's ETag (or Last-Modified), sent as If-Range on resume: a file changed since starts over. */
  validator?: string;
  /** True when the host allowed no CORS: the bytes are an opaque whole response, played but not measured. */
  opaque?: boolean;
  updatedAt: number;
}

export interface EpisodeRecord {
  /** The audio attachment's URL: what the <audio> element asks for. */
  url: string;
  /** The article the episode belongs to. */
  articleId: string;
  /** Where the reader got to, in seconds. */
  position?: number;
  download?: EpisodeDownload;
  updatedAt: number;
}

export interface BroadsheetSchema extends DBSchema {
  feed: { key: string; value: StoredFeed };
  saved: { key: string; value: SavedArticle; indexes: { bySlug: string; bySavedAt: number } };
  readState: { key: string; value: ReadState };
  settings: { key: string; value: unknown };
  searchIndex: { key: string; value: unknown };
  downloadJob: { key: string; value: DownloadJob };
  episodes: { key: string; value: EpisodeRecord; indexes: { byArticle: string } };
}

/** The v1 reading-list record, as v1 wrote it. */
interface V1ReadingListEntry {
  slug: string;
  article: Article;
  authors: Author[];
  addedAt: number;
}

// The upgrade callback's handles, untyped: migrations see stores that the current schema no longer has.
type AnyDb = IDBPDatabase<unknown>;
type AnyTx = IDBPTransaction<unknown, string[], 'versionchange'>;

const MIGRATIONS: Record<number, (db: AnyDb, tx: AnyTx) => Promise<void> | void> = {
  // v0 -> v1: the first schema.
  1: (db) => {
    db.createObjectStore('readingList', { keyPath: 'slug' });
    db.createObjectStore('settings');
  },
  // v1 -> v2: the reading list keyed by article id (slugs can change when a feed is re-normalised).
  2: async (db, tx) => {
    const saved = db.createObjectStore('saved', { keyPath: 'id' });
    saved.createIndex('bySlug', 'article.slug');
    saved.createIndex('bySavedAt', 'savedAt');
    db.createObjectStore('readState', { keyPath: 'id' });
    db.createObjectStore('feed');
    db.createObjectStore('searchIndex');
    db.createObjectStore('downloadJob', { keyPath: 'id' });
    const old = tx.objectStore('readingList');
    const entries = (await old.getAll()) as V1ReadingListEntry[];
    const target = tx.objectStore('saved');
    for (const e of entries) {
      if (!e?.article?.id) continue; // a record with no article cannot be read back; v1 never wrote one
      const record: SavedArticle = {
        id: e.article.id,
        article: e.article,
        authors: e.authors ?? [],
        savedAt: typeof e.addedAt === 'number' ? e.addedAt : Date.now(),
        imageUrls: collectImageUrls(e.article, e.authors ?? []),
        imagesCached: false, // v1 kept no images; the page re-fetches them when next online
      };
      await target.put(record);
    }
    db.deleteObjectStore('readingList');
  },
  // v2 -> v3: podcast episodes (positions and kept bytes). Nothing else changes, so nothing is copied.
  3: (db) => {
    const episodes = db.createObjectStore('episodes', { keyPath: 'url' });
    episodes.createIndex('byArticle', 'articleId');
  },
};

/** Runs the migrations from `oldVersion` up to `newVersion`, in order (exported for tests). */
async function migrate(db: AnyDb, tx: AnyTx, oldVersion: number, newVersion: number): Promise<void> {
  for (let v = oldVersion + 1; v <= newVersion; v++) {
    const step = MIGRATIONS[v];
    if (step) await step(db, tx);
  }
}

let dbPromise: Promise<IDBPDatabase<BroadsheetSchema>> | null = null;
/** True while our open request waits for another tab to let go of an older version. */
let blockedNow = false;
let openAttempts = 0;

export const UNAVAILABLE_MESSAGE = 'Offline reading is off: this browser is not letting Broadsheet store data.';
export const NEWER_MESSAGE = 'A newer version of Broadsheet has updated the data stored on this device, in another tab or window: reload this page to keep saving.';
export const BLOCKED_MESSAGE = 'Broadsheet is open in another tab with an older version that is still using the stored data: reload or close that tab.';

function openError(e: unknown): StorageError {
  // VersionError: a newer build upgraded the database (another tab, after an update); this code cannot read it.
  if (typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'VersionError') return new StorageError('unavailable', NEWER_MESSAGE, { cause: e });
  return new StorageError('unavailable', UNAVAILABLE_MESSAGE, { cause: e });
}

/**
 * Opens (once) the database, migrating it to DB_VERSION; rejects with StorageError 'unavailable' when
 * the browser refuses storage, when a newer version owns the database, or while another tab blocks the upgrade.
 */
export function getDb(): Promise<IDBPDatabase<BroadsheetSchema>> {
  if (dbPromise) return blockedNow ? Promise.reject(new StorageError('unavailable', BLOCKED_MESSAGE)) : dbPromise;
  if (typeof indexedDB === 'undefined' || indexedDB === null) {
    return Promise.reject(new StorageError('unavailable', UNAVAILABLE_MESSAGE));
  }
  let reportBlocked: () => void = () => undefined;
  const blocked = new Promise<never>((_, reject) => {
    reportBlocked = () => reject(new StorageError('unavailable', BLOCKED_MESSAGE));
  });
  blocked.catch(() => undefined);
  const attempt = ++openAttempts;
  // Inside an async function: a browser whose indexedDB.open throws synchronously (some private
  // modes) gives a rejection like every other refusal, not an exception out of getDb().
  const opening = (async () =>
    openDB<BroadsheetSchema>(DB_NAME, DB_VERSION, {
      upgrade(db, oldVersion, newVersion, tx) {
        // Not awaited by idb: the transaction stays open while the migration's requests are pending.
        void migrate(db as unknown as AnyDb, tx as unknown as AnyTx, oldVersion, newVersion ?? DB_VERSION).catch(() => tx.abort());
      },
      blocked() {
        // An older tab has not closed its connection yet: the open completes when it does, but
        // callers are told now rather than left waiting on it.
        blockedNow = true;
        reportBlocked();
      },
      blocking() {
        // A newer version of the app (another tab, after an update) wants to upgrade: let it. The
        // next getDb() reopens (and says so if the database is now newer than this code).
        void closeDb();
      },
      terminated() {
        dbPromise = null;
      },
    }))()
    .catch((e: unknown) => {
      if (attempt === openAttempts) dbPromise = null; // a later attempt may already be under way
      throw openError(e);
    })
    .finally(() => {
      blockedNow = false;
    });
  dbPromise = opening;
  return Promise.race([opening, blocked]);
}

/** Closes the connection (the next getDb() reopens it). */
export async function closeDb(): Promise<void> {
  const p = dbPromise;
  dbPromise = null;
  forgetSkipped();
  if (!p) return;
  try {
    (await p).close();
  } catch {
    // it never opened
  }
}

/**
 * Runs `work` in one readwrite transaction over `stores` and waits for it to commit. Anything thrown
 * (a request error, a synchronous throw, the transaction's own error) aborts the transaction, so
 * nothing is half-written, and comes out as a StorageError ('quota' when the device is full).
 */
export async function writeTx<N extends StoreNames<BroadsheetSchema>, T>(
  stores: N | N[],
  what: string,
  work: (tx: IDBPTransaction<BroadsheetSchema, N[], 'readwrite'>) => Promise<T> | T,
): Promise<T> {
  const db = await getDb();
  const names = Array.isArray(stores) ? stores : [stores];
  let tx: IDBPTransaction<BroadsheetSchema, N[], 'readwrite'>;
  try {
    tx = db.transaction(names, 'readwrite');
  } catch (e) {
    throw toStorageError(e, what);
  }
  try {
    const result = await work(tx);
    await tx.done;
    return result;
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
    await tx.done.catch(() => undefined);
    throw toStorageError(e, what);
  }
}

/** Reads through a function of the database; failures become StorageErrors. */
export async function read<T>(what: string, work: (db: IDBPDatabase<BroadsheetSchema>) => Promise<T>): Promise<T> {
  const db = await getDb();
  try {
    return await work(db);
  } catch (e) {
    throw toStorageError(e, what);
  }
}
