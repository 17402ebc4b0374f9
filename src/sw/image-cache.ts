/// <reference lib="webworker" />
import type { RouteHandlerCallbackOptions, WorkboxPlugin } from 'workbox-core/types.js';
import { ExpirationPlugin } from 'workbox-expiration';
import { registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { CACHE_NAMES } from '../shared/cache-names';
import { DEADLINE_MS, deadlinePlugin } from './deadline';
import { matchSavedImage } from './saved-cache';

declare const self: ServiceWorkerGlobalScope;

/** Cross-origin images without CORS come back opaque (status 0): they still display, so keep them. */
const okOrOpaque: WorkboxPlugin = {
  cacheWillUpdate: async ({ response }) => (response.status === 200 || response.status === 0 ? response : null),
};

const imageStrategy = new CacheFirst({
  cacheName: CACHE_NAMES.images,
  // An article's image never changes at its URL, so cache first; 30 days and 300 entries bound the
  // space a busy reader's device gives to pictures of articles they will not open again.
  // purgeOnQuotaError lets the browser reclaim this cache before anything the reader saved.
  plugins: [deadlinePlugin(DEADLINE_MS.image, () => false), okOrOpaque, new ExpirationPlugin({ maxEntries: 300, maxAgeSeconds: 30 * 24 * 60 * 60, purgeOnQuotaError: true })],
  matchOptions: { ignoreVary: true },
});

/** Image hosts that refused a CORS fetch and then served no-cors (known for this worker's life). */
const corsRefused = new Set<string>();

/**
 * The CORS-mode twin of a no-cors <img> request to another origin, or null. A host that sends
 * Access-Control-Allow-Origin then gives a real response, stored at its size, where an opaque one
 * counts as about 7 MB of quota in Chrome (src/reading/cors-images.ts); an <img> without
 * `crossorigin` accepts either.
 */
function corsTwin(request: Request): Request | null {
  const url = new URL(request.url);
  if (request.mode !== 'no-cors' || url.origin === self.location.origin || corsRefused.has(url.origin)) return null;
  // Only Accept, a CORS-safelisted header: anything else would need a preflight.
  return new Request(request.url, { mode: 'cors', credentials: 'omit', headers: { Accept: request.headers.get('Accept') ?? 'image/*' } });
}

/** Registers the image route: saved images first (they never expire), then the expiring cache. */
export function registerImageCache(): void {
  registerRoute(
    ({ request }) => request.method === 'GET' && request.destination === 'image',
    async (options: RouteHandlerCallbackOptions) => {
      const saved = await matchSavedImage(options.request);
      if (saved) return saved;
      const twin = corsTwin(options.request);
      if (twin) {
        try {
          return await imageStrategy.handle({ ...options, request: twin });
        } catch {
          // CORS refused (or no network): ask as the page did
        }
      }
      const res = await imageStrategy.handle(options);
      if (twin && res.type === 'opaque') corsRefused.add(new URL(twin.url).origin);
      return res;
    },
  );
}
