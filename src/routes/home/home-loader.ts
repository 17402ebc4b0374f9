import { getFeed } from '../../session/feed-session';
import { homeModel } from '../../session/view-data';

/** Home: the feed's first articles as cards (the device's copy when there is one); the rest come on "Load more". */
export async function homeLoader() {
  return homeModel(await getFeed());
}

/** What the home page renders from. */
export type HomeData = Awaited<ReturnType<typeof homeLoader>>;
