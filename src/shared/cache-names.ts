/**
 * Cache names shared by the worker's modules. The page side (src/offline/) uses the same strings:
 * they are a contract, so they live in one place and never change between versions.
 */
export const CACHE_NAMES = {
  feed: 'broadsheet-feed',
  images: 'broadsheet-images',
  savedImages: 'broadsheet-saved-images',
  /** Prefix of the prerendered pages the reader visited: one cache per code version (`broadsheet-pages-<version>`). */
  pages: 'broadsheet-pages',
  /** The worker's own bookkeeping (the active code version), read by the next worker at install. */
  workerState: 'broadsheet-worker-state',
  /** Whole podcast episodes kept for offline, keyed by the attachment's URL; written by the page only. */
  episodes: 'broadsheet-episodes',
  /** The chunks of an episode download under way (the page side's, so it resumes); never served. */
  episodeParts: 'broadsheet-episode-parts',
  /** The background refresh's plan (written by the page) and its last run (written by the worker). */
  backgroundRefresh: 'broadsheet-background-refresh',
} as const;

/** Header the worker stamps on feed copies it stores, so a page can tell a cached copy from a fresh one. */
export const FETCHED_AT_HEADER = 'x-broadsheet-fetched-at';

/**
 * Header the worker adds to a kept feed copy it answers with because the network request failed
 * outright (no connection), as opposed to one it answers with because the network was slow. The
 * page then says "Offline" even where navigator.onLine still says true.
 */
export const NO_NETWORK_HEADER = 'x-broadsheet-no-network';
