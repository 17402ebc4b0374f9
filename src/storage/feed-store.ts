import { noteRecord } from './corrupt-records';
import { read, writeTx, type StoredFeed } from './db';
import { checkStoredFeed } from './record-schemas';

/** The stored copy of the feed (store `feed`, key 'current'): what the app renders with no network. */

const KEY = 'current';

/** Replaces the stored feed in one transaction (the whole merged model is one record). */
export function saveStoredFeed(feed: StoredFeed): Promise<void> {
  return writeTx('feed', 'Keeping the feed on this device', async (tx) => {
    await tx.objectStore('feed').put(feed, KEY);
    noteRecord('feed', KEY, true);
  });
}

/**
 * The stored feed, or undefined when there is none or it is unreadable (then noted as skipped).
 * Articles that do not read back are left out, one by one.
 */
export function loadStoredFeed(): Promise<StoredFeed | undefined> {
  return read('Reading the stored feed', async (db) => {
    const value: unknown = await db.get('feed', KEY);
    if (value === undefined) return undefined;
    const checked = checkStoredFeed(value);
    noteRecord('feed', KEY, checked !== null && checked.skipped === 0);
    return checked?.feed;
  });
}

/** Forgets the stored feed (the reading list is elsewhere and stays). */
export function clearStoredFeed(): Promise<void> {
  return writeTx('feed', 'Clearing the stored feed', async (tx) => {
    await tx.objectStore('feed').clear();
    noteRecord('feed', KEY, true);
  });
}
