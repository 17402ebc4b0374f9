import { read, writeTx, type StoredFeed } from './db';

/** The stored copy of the feed (store `feed`, key 'current'): what the app renders with no network. */

const KEY = 'current';

/** Replaces the stored feed in one transaction (the whole merged model is one record). */
export function saveStoredFeed(feed: StoredFeed): Promise<void> {
  return writeTx('feed', 'Keeping the feed on this device', async (tx) => {
    await tx.objectStore('feed').put(feed, KEY);
  });
}

/** The stored feed, or undefined when there is none. */
export function loadStoredFeed(): Promise<StoredFeed | undefined> {
  return read('Reading the stored feed', (db) => db.get('feed', KEY));
}

/** Forgets the stored feed (the reading list is elsewhere and stays). */
export function clearStoredFeed(): Promise<void> {
  return writeTx('feed', 'Clearing the stored feed', async (tx) => {
    await tx.objectStore('feed').clear();
  });
}
