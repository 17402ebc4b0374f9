import type { LoaderFunctionArgs } from 'react-router';
import { sessionOf } from '../../session/loader-context';
import { homeModel } from '../../session/view-data';

/** Home: the feed's first articles as cards (the device's copy when there is one); the rest come on "Load more". */
export async function homeLoader({ context }: LoaderFunctionArgs) {
  return homeModel(await sessionOf(context).getFeed());
}

/** What the home page renders from. */
export type HomeData = Awaited<ReturnType<typeof homeLoader>>;
