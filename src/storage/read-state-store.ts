import { read, writeTx, type ReadState } from './db';

export type { ReadState } from './db';

/** Per-article reading state (store `readState`, keyed by article id): read time and scroll position. */

/** The read state of one article. */
export function getReadState(id: string): Promise<ReadState | undefined> {
  return read('Reading the reading position', (db) => db.get('readState', id));
}

/** Merges `change` into the article's read state and stamps updatedAt; position is clamped to 0..1. */
export function putReadState(id: string, change: Partial<Omit<ReadState, 'id' | 'updatedAt'>>): Promise<ReadState> {
  return writeTx('readState', 'Saving the reading position', async (tx) => {
    const store = tx.objectStore('readState');
    const before = await store.get(id);
    const next: ReadState = { ...before, ...change, id, updatedAt: Date.now() };
    if (next.position !== undefined) next.position = Math.min(1, Math.max(0, next.position));
    await store.put(next);
    return next;
  });
}

/** Every stored read state. */
export function listReadState(): Promise<ReadState[]> {
  return read('Reading the reading positions', (db) => db.getAll('readState'));
}
