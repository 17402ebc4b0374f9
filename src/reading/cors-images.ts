import { CACHE_NAMES } from '../shared/cache-names';
import type { TabPart, TabState } from '../shared/tab-state';

/**
 * Images on other origins (an image CDN), as the Cache API sees them. A host that sends
 * Access-Control-Allow-Origin gives a real response when fetched in CORS mode: stored at its size.
 * A host that does not can only be fetched no-cors, and the answer is opaque: it displays, but the
 * page may not know its size, so Chrome counts each opaque entry as about 7 MB of the origin's quota
 * (a random padding, 0-14 MB), whatever the image weighs. Thirty articles of three such images each
 * claim some 600 MB. So images are fetched in CORS mode where the host allows it, and where it does
 * not, what they will cost and what they cost is counted and said.
 */

// Apart, so the controls that only name it (download-control.tsx) do not bring this module.
export { OPAQUE_QUOTA_BYTES } from './opaque-quota';

/** A download whose images without CORS would count for this much or more is confirmed first. */
export const OPAQUE_WARN_BYTES = 100_000_000;

export interface FetchDeps {
  fetch: typeof fetch;
  /** The page's origin. */
  origin: string;
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** What one tab knows of image hosts, and how many opaque entries it has saved. */
export interface ImageHosts extends TabPart {
  /** What is known of a host: true (sends CORS headers), false (does not), undefined (not tried yet). */
  allowsCors(url: string): boolean | undefined;
  /**
   * Fetches an image to keep: same-origin as is; from another origin in CORS mode first (a real
   * response), and no-cors only when the host refuses CORS (an opaque one), remembering per host which
   * it was. Null when the network gives nothing usable. A refused CORS fetch is logged by the browser
   * as a console error, once per host: that is how the host is found out.
   */
  fetchToKeep(url: string, deps: FetchDeps): Promise<Response | null>;
  /** Notes that an entry was put in the saved-images cache (counted when it is opaque). */
  noteSaved(res: Response): void;
  /** How many opaque entries this tab has put in the saved-images cache so far (a download reads it before and after). */
  opaqueSavedCount(): number;
  /**
   * Of `urls`, those that saving would store as opaque entries: on other origins, not yet in the
   * saved-images cache, on hosts that do not send CORS headers. Each unknown host is tried once with
   * one of its images (a CORS fetch, logged as an error by the browser when refused).
   */
  opaqueToBe(urls: string[], deps: FetchDeps & { caches: Pick<CacheStorage, 'open'> }): Promise<{ urls: string[]; hosts: string[] }>;
}

function createImageHosts(): ImageHosts {
  /** Per image host: true when it sent CORS headers, false when it refused a CORS fetch but served no-cors. */
  const corsByOrigin = new Map<string, boolean>();
  let opaqueSaved = 0;
  const known: ImageHosts = {
    allowsCors(url) {
      const origin = originOf(url);
      return origin ? corsByOrigin.get(origin) : undefined;
    },
    async fetchToKeep(url, deps) {
      const origin = originOf(url);
      if (!origin) return null;
      try {
        if (origin === deps.origin) {
          const res = await deps.fetch(url, { credentials: 'same-origin' });
          return res.ok ? res : null;
        }
        if (corsByOrigin.get(origin) !== false) {
          try {
            const res = await deps.fetch(url, { mode: 'cors', credentials: 'omit' });
            corsByOrigin.set(origin, true);
            return res.ok ? res : null;
          } catch {
            // CORS refused, or no network at all: the no-cors fetch below tells which
          }
        }
        const res = await deps.fetch(url, { mode: 'no-cors', credentials: 'omit' });
        if (res.type === 'opaque') corsByOrigin.set(origin, false);
        // Opaque responses (status 0) cannot be inspected; anything else must be a 200.
        return res.type === 'opaque' || res.ok ? res : null;
      } catch {
        return null; // offline or blocked: the article is saved without this image
      }
    },
    noteSaved(res) {
      if (res.type === 'opaque') opaqueSaved++;
    },
    opaqueSavedCount: () => opaqueSaved,
    async opaqueToBe(urls, deps) {
      const saved = await deps.caches.open(CACHE_NAMES.savedImages);
      const fresh: string[] = [];
      for (const url of new Set(urls)) {
        const origin = originOf(url);
        if (!origin || origin === deps.origin) continue;
        try {
          if (await saved.match(url, { ignoreVary: true })) continue;
        } catch {
          continue; // a URL the Cache API refuses is never stored at all
        }
        fresh.push(url);
      }
      const unknown = new Map<string, string>();
      for (const url of fresh) {
        const origin = originOf(url);
        if (origin && corsByOrigin.get(origin) === undefined && !unknown.has(origin)) unknown.set(origin, url);
      }
      await Promise.all(
        [...unknown.values()].map(async (url) => {
          const res = await known.fetchToKeep(url, deps);
          await res?.body?.cancel().catch(() => undefined);
        }),
      );
      const opaque = fresh.filter((u) => known.allowsCors(u) === false);
      const hosts = [...new Set(opaque.map((u) => new URL(u).host))];
      return { urls: opaque, hosts };
    },
  };
  return known;
}

/** What the tab `tab` knows of image hosts. */
export function imageHostsOf(tab: TabState): ImageHosts {
  return tab.part(createImageHosts);
}

export interface StoredImages {
  /** Entries in the run-time image cache and the saved-images cache together. */
  total: number;
  /** Of those, opaque ones (from hosts without CORS). */
  opaque: number;
}

/** Counts the stored images and the opaque ones among them; null where there is no Cache API. */
export async function countStoredImages(cacheStorage: Pick<CacheStorage, 'open' | 'has'> | undefined = typeof caches === 'undefined' ? undefined : caches): Promise<StoredImages | null> {
  if (!cacheStorage) return null;
  const out: StoredImages = { total: 0, opaque: 0 };
  for (const name of [CACHE_NAMES.images, CACHE_NAMES.savedImages]) {
    // Never open a cache that is not there: opening creates it.
    if (!(await cacheStorage.has(name))) continue;
    const cache = await cacheStorage.open(name);
    for (const request of await cache.keys()) {
      const res = await cache.match(request, { ignoreVary: true });
      if (!res) continue;
      out.total++;
      if (res.type === 'opaque') out.opaque++;
    }
  }
  return out;
}
