import { read, writeTx } from './db';

/**
 * The serialised search index in IndexedDB (store `searchIndex`, key 'current'), so search is ready at
 * start and works offline. Used by the search worker (src/search/search-worker.ts).
 */

/** The stored index and the signature of the articles it was built from. */
export interface StoredIndex {
  signature: string;
  json: string;
}

const KEY = 'current';

function isStoredIndex(v: unknown): v is StoredIndex {
  return typeof v === 'object' && v !== null && typeof (v as StoredIndex).signature === 'string' && typeof (v as StoredIndex).json === 'string';
}

/** The stored index, if there is a readable one. */
export async function getStoredIndex(): Promise<StoredIndex | undefined> {
  const value = await read('Reading the search index', (db) => db.get('searchIndex', KEY));
  return isStoredIndex(value) ? value : undefined;
}

/** Replaces the stored index. */
export function putStoredIndex(value: StoredIndex): Promise<void> {
  return writeTx('searchIndex', 'Saving the search index', async (tx) => {
    await tx.objectStore('searchIndex').put(value, KEY);
  });
}
