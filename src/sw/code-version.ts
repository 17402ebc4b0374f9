/// <reference lib="webworker" />
import { CACHE_NAMES } from '../shared/cache-names';

declare const self: ServiceWorkerGlobalScope & { __BROADSHEET_CODE_VERSION?: string };

/**
 * This build's code version: a hash over the precached files that are not HTML (JS, CSS, icons…)
 * and over this worker's own code, written into sw.js by scripts/inject-precache.ts next to the
 * precache list. A rebuild from a changed feed with the same code keeps it; any code change moves it.
 */
const injected = self.__BROADSHEET_CODE_VERSION;
export const CODE_VERSION: string = injected ?? 'unversioned';

/** False for a worker built without scripts/inject-precache.ts: it can never match another by version. */
export const IS_VERSIONED: boolean = injected !== undefined;

/** A key of our own origin that no page or feed uses: the entry only ever lives in our own cache. */
const ACTIVE_KEY = '/__broadsheet/active-code-version';

/** The code version of the worker that activated last, or undefined (none yet, or an older worker). */
export async function activeCodeVersion(): Promise<string | undefined> {
  const stored = await (await caches.open(CACHE_NAMES.workerState)).match(ACTIVE_KEY);
  return stored ? (await stored.text()) : undefined;
}

/** Records this worker's code version as the active one (called when it activates). */
export async function recordActiveCodeVersion(): Promise<void> {
  const cache = await caches.open(CACHE_NAMES.workerState);
  await cache.put(ACTIVE_KEY, new Response(CODE_VERSION, { headers: { 'Content-Type': 'text/plain' } }));
}
