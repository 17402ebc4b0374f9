import { listReadState } from './read-state-store';
import { listSaved } from './saved-store';

/**
 * Reads every record of the reading list and of the read states, so skippedRecords (corrupt-records.ts)
 * counts all the unreadable ones, not only those some view happened to read. Storage that cannot be
 * read at all is not a count: it is said elsewhere (storage-status).
 */
export async function scanStoredRecords(): Promise<void> {
  await Promise.all([listSaved().catch(() => undefined), listReadState().catch(() => undefined)]);
}
