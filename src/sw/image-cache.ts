/// <reference lib="webworker" />
import type { RouteHandlerCallbackOptions, WorkboxPlugin } from 'workbox-core/types.js';
import { ExpirationPlugin } from 'workbox-expiration';
import { registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { CACHE_NAMES } from './cache-names';
import { matchSavedImage } from './saved-cache';

/** Cross-origin images without CORS come back opaque (status 0): they still display, so keep them. */
const okOrOpaque: WorkboxPlugin = {
  cacheWillUpdate: async ({ response }) => (response.status === 200 || response.status === 0 ? response : null),
};

const imageStrategy = new CacheFirst({
  cacheName: CACHE_NAMES.images,
  // An article's image never changes at its URL, so cache first; 30 days and 300 entries bound the
  // space a busy reader's device gives to pictures of articles they will not open again.
  // purgeOnQuotaError lets the browser reclaim this cache before anything the reader saved.
  plugins: [okOrOpaque, new ExpirationPlugin({ maxEntries: 300, maxAgeSeconds: 30 * 24 * 60 * 60, purgeOnQuotaError: true })],
  matchOptions: { ignoreVary: true },
});

/** Registers the image route: saved images first (they never expire), then the expiring cache. */
export function registerImageCache(): void {
  registerRoute(
    ({ request }) => request.method === 'GET' && request.destination === 'image',
    async (options: RouteHandlerCallbackOptions) => {
      const saved = await matchSavedImage(options.request);
      return saved ?? imageStrategy.handle(options);
    },
  );
}
