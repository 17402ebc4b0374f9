import { read, writeTx, type DownloadJob } from './db';

/** The running "Download for offline" job (store `downloadJob`, one record), so it resumes after a restart. */

/** The unfinished job, if any. */
export function getDownloadJob(): Promise<DownloadJob | undefined> {
  return read('Reading the download', (db) => db.get('downloadJob', 'current'));
}

/** Records the job's state. */
export function putDownloadJob(job: DownloadJob): Promise<void> {
  return writeTx('downloadJob', 'Recording the download', async (tx) => {
    await tx.objectStore('downloadJob').put(job);
  });
}

/** Forgets the job (finished or cancelled). */
export function clearDownloadJob(): Promise<void> {
  return writeTx('downloadJob', 'Clearing the download', async (tx) => {
    await tx.objectStore('downloadJob').clear();
  });
}
