import { noteRecord } from './corrupt-records';
import { read, writeTx, type ReadState } from './db';
import { isReadState } from './record-schemas';
import { announce } from '../shared/tab-channel';

declare module '../shared/tab-channel' {
  interface TabTopics {
    /** Read marks or positions changed (by article id). */
    readState: { ids: string[] };
  }
}

export type { ReadState } from './db';

/** Per-article reading state (store `readState`, keyed by article id): read time and scroll position. */

function checked(value: unknown, key: string): ReadState | undefined {
  const ok = isReadState(value);
  if (value !== undefined) noteRecord('readState', key, ok);
  return ok ? value : undefined;
}

/** The read state of one article (undefined when none, or when the stored one is unreadable). */
export function getReadState(id: string): Promise<ReadState | undefined> {
  return read('Reading the reading position', async (db) => checked(await db.get('readState', id), id));
}

/** Merges `change` into the article's read state and stamps updatedAt; position is clamped to 0..1. */
export async function putReadState(id: string, change: Partial<Omit<ReadState, 'id' | 'updatedAt'>>): Promise<ReadState> {
  const next = await writeTx('readState', 'Saving the reading position', async (tx) => {
    const store = tx.objectStore('readState');
    // An unreadable record is replaced rather than merged into.
    const before = checked(await store.get(id), id);
    const next: ReadState = { ...before, ...change, id, updatedAt: Date.now() };
    if (next.position !== undefined) next.position = Number.isFinite(next.position) ? Math.min(1, Math.max(0, next.position)) : 0;
    await store.put(next);
    noteRecord('readState', id, true);
    return next;
  });
  announce('readState', { ids: [id] });
  return next;
}

/** Every readable stored read state. */
export function listReadState(): Promise<ReadState[]> {
  return read('Reading the reading positions', async (db) => {
    const [keys, values] = await Promise.all([db.getAllKeys('readState'), db.getAll('readState')]);
    return values.flatMap((value, i) => checked(value, String(keys[i])) ?? []);
  });
}
