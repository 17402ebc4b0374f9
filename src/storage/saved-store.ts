import { read, writeTx, type SavedArticle } from './db';

/** The reading list (store `saved`, keyed by article id). */

/** Adds or replaces one saved article. A quota failure throws StorageError 'quota' and changes nothing. */
export function putSaved(entry: SavedArticle): Promise<void> {
  return writeTx('saved', 'Saving the article', async (tx) => {
    await tx.objectStore('saved').put(entry);
  });
}

/** Updates an existing entry in place (e.g. imagesCached); a missing entry stays missing. */
export function updateSaved(id: string, change: (entry: SavedArticle) => SavedArticle): Promise<void> {
  return writeTx('saved', 'Updating the saved article', async (tx) => {
    const store = tx.objectStore('saved');
    const entry = await store.get(id);
    if (entry) await store.put(change(entry));
  });
}

/** One saved article by id. */
export function getSaved(id: string): Promise<SavedArticle | undefined> {
  return read('Reading the reading list', (db) => db.get('saved', id));
}

/** One saved article by its slug (or one of its old slugs). */
export function getSavedBySlug(slug: string): Promise<SavedArticle | undefined> {
  return read('Reading the reading list', async (db) => {
    const hit = await db.getFromIndex('saved', 'bySlug', slug);
    if (hit) return hit;
    // Aliases are rare and the list is small: a scan is fine.
    return (await db.getAll('saved')).find((e) => e.article.aliases.includes(slug));
  });
}

/** The whole reading list, most recently saved first. */
export function listSaved(): Promise<SavedArticle[]> {
  return read('Reading the reading list', async (db) => (await db.getAllFromIndex('saved', 'bySavedAt')).reverse());
}

/** Removes one article from the reading list. */
export function deleteSaved(id: string): Promise<void> {
  return writeTx('saved', 'Removing the saved article', async (tx) => {
    await tx.objectStore('saved').delete(id);
  });
}
