import { getFeed } from '../../app/feed-store';

/** Home needs the feed's first page; later pages come through "Load more". */
export async function homeLoader() {
  return { model: await getFeed() };
}
