/**
 * Records read back from IndexedDB that did not have the shape the app writes (record-schemas.ts):
 * the stores skip them, and note them here, by store and key, so a view can say what was left out
 * ("1 saved item could not be read and was skipped"). They are left in the database, not deleted:
 * nothing the reader stored is thrown away behind their back.
 */

export type CheckedStore = 'saved' | 'feed' | 'readState';

const skipped: Record<CheckedStore, Set<string>> = { saved: new Set(), feed: new Set(), readState: new Set() };
const listeners = new Set<() => void>();
let version = 0;

/** Notes that the record at `key` of `store` could not be read; `readable` clears the note (it was rewritten). */
export function noteRecord(store: CheckedStore, key: string, readable: boolean): void {
  const set = skipped[store];
  if (readable) {
    if (!set.delete(key)) return;
  } else {
    if (set.has(key)) return;
    set.add(key);
  }
  version++;
  for (const fn of listeners) fn();
}

/** How many records of `store` were skipped as unreadable. */
export function skippedCount(store: CheckedStore): number {
  return skipped[store].size;
}

/** A number that changes whenever a count does (for useSyncExternalStore). */
export function skippedVersion(): number {
  return version;
}

/** Subscribes to changes of the counts; returns the unsubscribe function. */
export function subscribeSkipped(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** Forgets every note (tests). */
export function resetSkipped(): void {
  for (const set of Object.values(skipped)) set.clear();
  version++;
}
