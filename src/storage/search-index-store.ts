import { openDB } from 'idb';

/**
 * The serialised search index in IndexedDB (store `searchIndex`, key 'current'), so search is ready at
 * start and works offline. Runs in the search worker as well as the page.
 * TEMPORARY: opens the database itself until src/storage/db.ts exists.
 */

/** The stored index and the signature of the articles it was built from. */
export interface StoredIndex {
  signature: string;
  json: string;
}

const KEY = 'current';

function db() {
  return openDB('broadsheet', 1, {
    upgrade(d) {
      if (!d.objectStoreNames.contains('searchIndex')) d.createObjectStore('searchIndex');
    },
  });
}

/** The stored index, if any. */
export async function getStoredIndex(): Promise<StoredIndex | undefined> {
  const d = await db();
  return (await d.get('searchIndex', KEY)) as StoredIndex | undefined;
}

/** Replaces the stored index. */
export async function putStoredIndex(value: StoredIndex): Promise<void> {
  const d = await db();
  await d.put('searchIndex', value, KEY);
}
