import type { Article, Author } from '../shared/model';
import { CACHE_NAMES } from '../shared/cache-names';
import { isQuotaError, StorageError, QUOTA_MESSAGE } from '../storage/errors';
import { collectImageUrls } from '../html/image-urls';
import type { ImageHosts } from './cors-images';

/**
 * The page's side of the 'broadsheet-saved-images' cache: saving an article puts its images there
 * (the service worker's image route looks there first), removing it deletes those no other saved
 * article uses. Dependencies are injectable so the quota path can be tested without a browser.
 */

export interface CacheDeps {
  caches: Pick<CacheStorage, 'open'>;
  fetch: typeof fetch;
  /** The page's origin: cross-origin images are fetched in CORS mode, or no-cors where the host refuses it. */
  origin: string;
}

function browserDeps(): CacheDeps | null {
  if (typeof caches === 'undefined') return null;
  return { caches, fetch: globalThis.fetch.bind(globalThis), origin: window.location.origin };
}

async function download(url: string, hosts: ImageHosts, deps: CacheDeps): Promise<Response | null> {
  let seen: Response | undefined;
  try {
    // An image already seen is in the run-time image cache: copy it, no network needed (unless it is
    // an opaque copy from a host now known to allow CORS: a real response costs its size, not ~7 MB).
    seen = await (await deps.caches.open(CACHE_NAMES.images)).match(url, { ignoreVary: true });
    if (seen && !(seen.type === 'opaque' && hosts.allowsCors(url) === true)) return seen;
  } catch {
    // no run-time cache: fall through to the network
  }
  // Cross-origin: CORS mode where the host allows it, else no-cors (opaque, but they display).
  return (await hosts.fetchToKeep(url, deps)) ?? seen ?? null;
}

/**
 * Every image saving `article` must cache: those its page shows, with the body's taken from the
 * sanitized body (the sanitizer is loaded for it), never from the feed's raw HTML: an image inside
 * markup the sanitizer drops (<noscript>, <svg>, <object>, <select>…) is never shown, so it is never
 * fetched either.
 */
export async function articleImageUrls(article: Article, authors: Author[]): Promise<string[]> {
  let body: string | undefined;
  if (article.contentHtml) {
    try {
      const { sanitizeHtml } = await import('../html/sanitize');
      body = sanitizeHtml(article.contentHtml, { baseUrl: article.baseUrl });
    } catch {
      // The sanitizer's chunk could not load (offline after a deploy): save without the body's images.
    }
  }
  return collectImageUrls(article, authors, body);
}

/**
 * Puts every URL not already there into the saved-images cache. Resolves with true when all are now
 * cached. A URL the Cache API or fetch refuses (credentials in it, say) is skipped, not fatal: the
 * article is saved without that image. A full device throws StorageError 'quota' after removing
 * what this call added. `hosts` is what the tab knows of image hosts, and counts what is stored opaque.
 */
export async function cacheSavedImages(urls: string[], hosts: ImageHosts, deps: CacheDeps | null = browserDeps()): Promise<boolean> {
  if (!deps || urls.length === 0) return urls.length === 0;
  const cache = await deps.caches.open(CACHE_NAMES.savedImages);
  const added: string[] = [];
  let all = true;
  let quota: unknown = null;
  await Promise.all(
    urls.map(async (url) => {
      try {
        if (await cache.match(url, { ignoreVary: true })) return;
      } catch {
        all = false; // Cache.match throws a TypeError for a URL it cannot make a Request of
        return;
      }
      const res = await download(url, hosts, deps);
      if (!res) {
        all = false;
        return;
      }
      try {
        await cache.put(url, res);
        added.push(url);
        hosts.noteSaved(res);
      } catch (e) {
        all = false;
        if (isQuotaError(e)) quota = e;
      }
    }),
  );
  if (quota) {
    await Promise.all(added.map((u) => cache.delete(u).catch(() => false)));
    throw new StorageError('quota', QUOTA_MESSAGE, { cause: quota });
  }
  return all;
}

/** Deletes the given image URLs from the saved-images cache, except those in `keep`. */
export async function removeSavedImages(urls: string[], keep: Set<string>, deps: CacheDeps | null = browserDeps()): Promise<void> {
  if (!deps) return;
  const cache = await deps.caches.open(CACHE_NAMES.savedImages);
  await Promise.all(urls.filter((u) => !keep.has(u)).map((u) => cache.delete(u).catch(() => false)));
}
