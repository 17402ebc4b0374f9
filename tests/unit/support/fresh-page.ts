import { resetAppearanceState } from '../../../src/reading/appearance';
import { resetCorsKnowledge } from '../../../src/reading/cors-images';
import { resetDownload } from '../../../src/reading/download';
import { resetEpisodes } from '../../../src/reading/episodes';
import { resetReadStates } from '../../../src/reading/reading-position';
import { resetSavedFlags } from '../../../src/reading/saved-list';
import { createFeedSession, type FeedSession } from '../../../src/session/feed-session';
import { feedUrl } from '../../../src/shared/env';
import { resetSkipped } from '../../../src/storage/corrupt-records';
import { closeDb } from '../../../src/storage/db';
import { closeTabChannel } from '../../../src/shared/tab-channel';
import { afterEach, beforeEach, vi } from 'vitest';
import { resetDb } from '../storage/helpers';
import { settleFeedWrites } from './settle';

let session: FeedSession | null = null;

/**
 * A new page load: the last page's feed session is closed (what it still had under way stores
 * nothing), what the reading modules hold in memory is forgotten (the reading list, read states,
 * downloads, episodes, unreadable-record notes, what is known of image hosts, the tab channel and its
 * listeners) and the database connection closed. What is on the (fake) device stays. Resolves with
 * the new page's feed session.
 */
export async function freshPage(): Promise<FeedSession> {
  session?.close();
  resetSavedFlags();
  resetReadStates();
  resetDownload();
  resetEpisodes();
  resetSkipped();
  resetCorsKnowledge();
  resetAppearanceState();
  closeTabChannel(); // after the resets above, which drop their own subscriptions
  await closeDb();
  session = createFeedSession({ feedUrl: feedUrl() });
  return session;
}

/**
 * Each test of the file starts as a new page load on an empty (fake) device, and leaves the device
 * empty and the globals as they were. Returns the running test's feed session.
 */
export function freshDeviceEachTest(): () => FeedSession {
  let current: FeedSession | null = null;
  beforeEach(async () => {
    current = await freshPage();
    await resetDb();
  });
  afterEach(async () => {
    await settleFeedWrites();
    vi.unstubAllGlobals();
    await resetDb();
  });
  return () => {
    if (!current) throw new Error('freshDeviceEachTest(): no test is running');
    return current;
  };
}
