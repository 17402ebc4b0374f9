import { resetAppearanceState } from '../../../src/reading/appearance';
import { resetCorsKnowledge } from '../../../src/reading/cors-images';
import { resetDownload } from '../../../src/reading/download';
import { resetEpisodes } from '../../../src/reading/episodes';
import { resetReadStates } from '../../../src/reading/reading-position';
import { resetSavedFlags } from '../../../src/reading/saved-list';
import { resetSession } from '../../../src/session/feed-session';
import { resetSkipped } from '../../../src/storage/corrupt-records';
import { closeDb } from '../../../src/storage/db';
import { closeTabChannel } from '../../../src/shared/tab-channel';

/**
 * Forgets what the page's modules hold in memory (the feed session, the reading
 * list, read states, downloads, episodes, unreadable-record notes, what is known of image hosts, the
 * tab channel and its listeners) and
 * closes the database connection, as a new page load would. What is on the (fake) device stays.
 */
export async function freshPage(): Promise<void> {
  resetSession();
  resetSavedFlags();
  resetReadStates();
  resetDownload();
  resetEpisodes();
  resetSkipped();
  resetCorsKnowledge();
  resetAppearanceState();
  closeTabChannel(); // after the resets above, which drop their own subscriptions
  await closeDb();
}
