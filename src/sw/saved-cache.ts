/// <reference lib="webworker" />
import { CACHE_NAMES } from '../shared/cache-names';

/**
 * The images of saved articles live in their own cache, written and pruned by the page when an
 * article is saved or removed (src/reading/saved-images.ts). The worker only reads it: no expiry,
 * no entry limit, because the reader asked for these to stay while the article is saved.
 */
export async function matchSavedImage(request: Request): Promise<Response | undefined> {
  const cache = await caches.open(CACHE_NAMES.savedImages);
  return cache.match(request.url, { ignoreVary: true, ignoreSearch: false });
}
