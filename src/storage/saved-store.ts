import type { IDBPDatabase } from 'idb';
import { noteRecord } from './corrupt-records';
import { read, writeTx, type BroadsheetSchema, type SavedArticle } from './db';
import { isSavedArticle } from './record-schemas';
import { announce } from '../shared/tab-channel';

declare module '../shared/tab-channel' {
  interface TabTopics {
    /** Reading-list entries added, changed or removed (by article id). */
    saved: { ids: string[] };
  }
}

/** The reading list (store `saved`, keyed by article id). Records that do not read back as entries are skipped and noted. */

/** The entry if it is readable (noting it either way), else undefined. */
function checked(value: unknown, key: string): SavedArticle | undefined {
  const ok = isSavedArticle(value);
  if (value !== undefined) noteRecord('saved', key, ok);
  return ok ? value : undefined;
}

/** Adds or replaces one saved article. A quota failure throws StorageError 'quota' and changes nothing. */
export async function putSaved(entry: SavedArticle): Promise<void> {
  await writeTx('saved', 'Saving the article', async (tx) => {
    await tx.objectStore('saved').put(entry);
    noteRecord('saved', entry.id, true);
  });
  announce('saved', { ids: [entry.id] });
}

/**
 * Writes the entry `make` builds from the one stored now (undefined when none), reading and writing in
 * one transaction so another tab's change in between is built on, not overwritten. Resolves with both.
 */
export async function upsertSaved(id: string, make: (before: SavedArticle | undefined) => SavedArticle): Promise<{ before?: SavedArticle; entry: SavedArticle }> {
  const result = await writeTx('saved', 'Saving the article', async (tx) => {
    const store = tx.objectStore('saved');
    const before = checked(await store.get(id), id);
    const entry = make(before);
    await store.put(entry);
    noteRecord('saved', id, true);
    return before ? { before, entry } : { entry };
  });
  announce('saved', { ids: [id] });
  return result;
}

/** Updates an existing entry in place (e.g. imagesCached); a missing or unreadable entry stays as it is. */
export async function updateSaved(id: string, change: (entry: SavedArticle) => SavedArticle): Promise<void> {
  const changed = await writeTx('saved', 'Updating the saved article', async (tx) => {
    const store = tx.objectStore('saved');
    const entry = checked(await store.get(id), id);
    if (entry) await store.put(change(entry));
    return entry !== undefined;
  });
  if (changed) announce('saved', { ids: [id] });
}

/** One saved article by id. */
export function getSaved(id: string): Promise<SavedArticle | undefined> {
  return read('Reading the reading list', async (db) => checked(await db.get('saved', id), id));
}

/** One saved article by its slug (or one of its old slugs). */
export function getSavedBySlug(slug: string): Promise<SavedArticle | undefined> {
  return read('Reading the reading list', async (db) => {
    const key = await db.getKeyFromIndex('saved', 'bySlug', slug);
    const hit = key === undefined ? undefined : checked(await db.get('saved', key), key);
    if (hit) return hit;
    // Aliases are rare and the list is small: a scan is fine.
    return (await readAll(db)).entries.find((e) => e.article.aliases.includes(slug));
  });
}

async function readAll(db: IDBPDatabase<BroadsheetSchema>): Promise<{ entries: SavedArticle[]; skipped: number }> {
  // The whole store, not the bySavedAt index: a record without a numeric savedAt would be missing
  // from the index, and so silently missing from the list instead of reported.
  const [keys, values] = await Promise.all([db.getAllKeys('saved'), db.getAll('saved')]);
  const entries: SavedArticle[] = [];
  values.forEach((value, i) => {
    const entry = checked(value, String(keys[i]));
    if (entry) entries.push(entry);
  });
  entries.sort((a, b) => b.savedAt - a.savedAt);
  return { entries, skipped: values.length - entries.length };
}

/** The readable reading list, most recently saved first, and how many stored entries could not be read. */
export function listSavedWithSkipped(): Promise<{ entries: SavedArticle[]; skipped: number }> {
  return read('Reading the reading list', readAll);
}

/** The whole (readable) reading list, most recently saved first. */
export async function listSaved(): Promise<SavedArticle[]> {
  return (await listSavedWithSkipped()).entries;
}

/** Removes one article from the reading list; resolves with the entry it removed (read in the same transaction). */
export async function deleteSaved(id: string): Promise<SavedArticle | undefined> {
  const removed = await writeTx('saved', 'Removing the saved article', async (tx) => {
    const store = tx.objectStore('saved');
    const entry = checked(await store.get(id), id);
    await store.delete(id);
    noteRecord('saved', id, true);
    return entry;
  });
  announce('saved', { ids: [id] });
  return removed;
}
