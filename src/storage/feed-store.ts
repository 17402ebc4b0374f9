import { noteRecord } from './corrupt-records';
import { read, writeTx, type StoredFeed } from './db';
import { checkStoredFeed } from './record-schemas';
import { announce } from '../shared/tab-channel';

declare module '../shared/tab-channel' {
  interface TabTopics {
    /** A newer copy of the feed is stored (fetched at `fetchedAt`). */
    feed: { fetchedAt: number };
  }
}

/** The stored copy of the feed (store `feed`, key 'current'): what the app renders with no network. */

const KEY = 'current';

/**
 * Replaces the stored feed in one transaction (the whole merged model is one record), unless the stored
 * one was fetched later (another tab's): an older copy never overwrites a newer one. Resolves true when written.
 */
export async function saveStoredFeed(feed: StoredFeed): Promise<boolean> {
  const written = await writeTx('feed', 'Keeping the feed on this device', async (tx) => {
    const store = tx.objectStore('feed');
    // Only the stamp is looked at: a record too broken to have one is replaced.
    const stored: unknown = await store.get(KEY);
    const storedAt = typeof stored === 'object' && stored !== null ? (stored as { fetchedAt?: unknown }).fetchedAt : undefined;
    if (typeof storedAt === 'number' && storedAt > feed.fetchedAt) return false;
    await store.put(feed, KEY);
    noteRecord('feed', KEY, true);
    return true;
  });
  if (written) announce('feed', { fetchedAt: feed.fetchedAt });
  return written;
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
