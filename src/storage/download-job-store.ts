import { read, writeTx, type DownloadJob } from './db';

/** The running "Download for offline" job (store `downloadJob`, one record), so it resumes after a restart. */

/** The unfinished job, if any. */
export function getDownloadJob(): Promise<DownloadJob | undefined> {
  return read('Reading the download', (db) => db.get('downloadJob', 'current'));
}

/** Records a new job (replacing any). */
export function putDownloadJob(job: DownloadJob): Promise<void> {
  return writeTx('downloadJob', 'Recording the download', async (tx) => {
    await tx.objectStore('downloadJob').put(job);
  });
}

/**
 * Records the progress of the job started at `job.startedAt`, only if it is still the stored one (read
 * and written in one transaction): a job cancelled or replaced meanwhile, in another tab, is not brought
 * back. Resolves false then.
 */
export function putDownloadProgress(job: DownloadJob): Promise<boolean> {
  return writeTx('downloadJob', 'Recording the download', async (tx) => {
    const store = tx.objectStore('downloadJob');
    const now = await store.get('current');
    if (now?.startedAt !== job.startedAt) return false;
    await store.put(job);
    return true;
  });
}

/** Forgets the job (finished or cancelled). */
export function clearDownloadJob(): Promise<void> {
  return writeTx('downloadJob', 'Clearing the download', async (tx) => {
    await tx.objectStore('downloadJob').clear();
  });
}
