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
} as const;

/** Header the worker stamps on feed copies it stores, so a page can tell a cached copy from a fresh one. */
export const FETCHED_AT_HEADER = 'x-broadsheet-fetched-at';
