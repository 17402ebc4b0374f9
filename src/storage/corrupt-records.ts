import { createStore, type ReadableStore } from '../shared/store';

/**
 * Records read back from IndexedDB that did not have the shape the app writes (record-schemas.ts):
 * the stores skip them, and note them here, by store and key, so a view can say what was left out
 * ("1 saved item could not be read and was skipped"). They are left in the database, not deleted:
 * nothing the reader stored is thrown away behind their back. scanStoredRecords (record-scan.ts)
 * reads every record once, for a count that covers them all.
 */

export type CheckedStore = 'saved' | 'feed' | 'readState';

/** The keys of the unreadable records, by store. */
export type SkippedRecords = Readonly<Record<CheckedStore, ReadonlySet<string>>>;

const skipped = createStore<SkippedRecords>({ saved: new Set(), feed: new Set(), readState: new Set() });
/** The records skipped so far as unreadable. */
export const skippedRecords: ReadableStore<SkippedRecords> = skipped;

/** Notes that the record at `key` of `store` could not be read; `readable` clears the note (it was rewritten). */
export function noteRecord(store: CheckedStore, key: string, readable: boolean): void {
  const keys = skipped.get()[store];
  if (keys.has(key) !== readable) return;
  const next = new Set(keys);
  if (readable) next.delete(key);
  else next.add(key);
  skipped.update((all) => ({ ...all, [store]: next }));
}

/** How many records of `store` were skipped as unreadable (in `records`, by default the current ones). */
export function skippedCount(store: CheckedStore, records: SkippedRecords = skipped.get()): number {
  return records[store].size;
}

/**
 * Forgets every note: the connection that read them is closed (db.ts). Reads through the next one,
 * and scanStoredRecords, find the records that are still unreadable again.
 */
export function forgetSkipped(): void {
  skipped.reset();
}
