import { read, writeTx } from './db';
import { announce, onTabMessage } from '../shared/tab-channel';

declare module '../shared/tab-channel' {
  interface TabTopics {
    /** The install offer was dismissed in another tab. */
    installDismissed: Record<string, never>;
  }
}

/**
 * What the install offer remembers on the device, in the `settings` store under keys of its own: how
 * many times the app has started here, whether the reader dismissed the offer, and whether the iOS
 * hint has been shown. Nothing here is personal; a cleared storage starts the count again.
 */

const VISITS = 'install:visits';
const DISMISSED = 'install:dismissed';
const HINT_SHOWN = 'install:ios-hint-shown';

/** What a new page load reads. */
export interface InstallMarks {
  dismissed: boolean;
  hintShown: boolean;
  /** The reading list holds an article (readable or not). */
  anySaved: boolean;
}

/**
 * Counts one app start and resolves with the count, this one included. Read and written in one
 * transaction, so two tabs starting together count two.
 */
export async function countVisit(): Promise<number> {
  return writeTx('settings', 'Counting the visit', async (tx) => {
    const store = tx.objectStore('settings');
    const before = await store.get(VISITS);
    // Anything but a count (unreadable, or written by something else) starts it again.
    const counted = typeof before === 'number' && Number.isFinite(before) && before > 0;
    const next = (counted ? Math.floor(before) : 0) + 1;
    await store.put(next, VISITS);
    return next;
  });
}

/** Whether the offer was dismissed, the iOS hint shown, and anything saved (false when unreadable). */
export async function readInstallMarks(): Promise<InstallMarks> {
  return read('Reading the install offer', async (db) => {
    const [dismissed, hintShown, saved] = await Promise.all([
      db.get('settings', DISMISSED),
      db.get('settings', HINT_SHOWN),
      db.count('saved'),
    ]);
    return { dismissed: dismissed === true, hintShown: hintShown === true, anySaved: saved > 0 };
  });
}

/** Records that the reader dismissed the offer, and tells the other tabs. */
export async function storeOfferDismissed(): Promise<void> {
  await writeTx('settings', 'Saving the install offer', async (tx) => {
    await tx.objectStore('settings').put(true, DISMISSED);
  });
  announce('installDismissed', {});
}

/** Records that the iOS hint was shown. */
export async function storeHintShown(): Promise<void> {
  await writeTx('settings', 'Saving the install offer', async (tx) => {
    await tx.objectStore('settings').put(true, HINT_SHOWN);
  });
}

/** Calls `fn` when another tab dismisses the offer; returns the unsubscribe function. */
export function onOfferDismissedElsewhere(fn: () => void): () => void {
  return onTabMessage('installDismissed', fn);
}
