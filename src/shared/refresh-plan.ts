import { CACHE_NAMES } from './cache-names';

/**
 * The background refresh's contract between the page and the worker, kept in the Cache API (both can
 * read it; the worker has no say in what the page stores in IndexedDB):
 * - the plan, written by the page whenever the setting, the Wi-Fi choice or the feed URL may have
 *   changed: what to fetch and under which condition, so the worker needs no knowledge of its own;
 * - the last run, written by the worker, read by settings ("last refreshed at…") and by the page at
 *   start, which finishes a run the worker could only do in part (see ./periodic-sync.ts).
 * No imports but the cache names: this file is part of both the page's and the worker's build.
 */

/** The Periodic Background Sync tag the page registers and the worker answers. */
export const REFRESH_TAG = 'broadsheet-refresh';

/** The message the worker posts to an open page to have it run the whole refresh. */
export const REFRESH_MESSAGE = 'BROADSHEET_BACKGROUND_REFRESH';

/** What the page answers on the message's port. */
export type PageAnswer = { state: 'accepted' } | { state: 'done' } | { state: 'failed' };

const PLAN_KEY = '/__broadsheet/background-refresh/plan';
const LAST_RUN_KEY = '/__broadsheet/background-refresh/last-run';

export interface RefreshPlan {
  enabled: boolean;
  /** The feed's absolute URL, as the page fetches it. */
  feedUrl: string;
  /** The Accept header the page sends for the feed (the worker's feed route knows feed requests by it). */
  accept: string;
  /** The reader chose "Only on Wi-Fi": skip a run on a connection that reports another type. */
  wifiOnly: boolean;
}

/**
 * How a run ended: 'page' (an open page fetched the feed and downloaded the articles), 'feed-only'
 * (no page answered: the worker kept the new feed; its articles' images wait for the next start),
 * 'failed' (the feed could not be fetched), or skipped because the setting is off or the connection
 * is not Wi-Fi.
 */
export type RefreshOutcome = 'page' | 'feed-only' | 'failed' | 'skipped-off' | 'skipped-metered';

export interface RefreshRun {
  at: number;
  outcome: RefreshOutcome;
  /** Set by the page once it has downloaded the articles of a 'feed-only' run. */
  caughtUp?: boolean;
}

async function readJson(key: string): Promise<unknown> {
  try {
    const res = await (await caches.open(CACHE_NAMES.backgroundRefresh)).match(key);
    return res ? ((await res.json()) as unknown) : undefined;
  } catch {
    return undefined; // no Cache API, or an entry that is not JSON: as if there were none
  }
}

async function writeJson(key: string, value: unknown): Promise<void> {
  const cache = await caches.open(CACHE_NAMES.backgroundRefresh);
  await cache.put(key, new Response(JSON.stringify(value), { headers: { 'Content-Type': 'application/json' } }));
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The plan the page wrote, or undefined (none yet, or unreadable). */
export async function readPlan(): Promise<RefreshPlan | undefined> {
  const v = await readJson(PLAN_KEY);
  if (!isObject(v) || typeof v.enabled !== 'boolean' || typeof v.feedUrl !== 'string' || typeof v.accept !== 'string' || typeof v.wifiOnly !== 'boolean') return undefined;
  return { enabled: v.enabled, feedUrl: v.feedUrl, accept: v.accept, wifiOnly: v.wifiOnly };
}

/** Stores the plan (page side). */
export function writePlan(plan: RefreshPlan): Promise<void> {
  return writeJson(PLAN_KEY, plan);
}

const OUTCOMES: readonly RefreshOutcome[] = ['page', 'feed-only', 'failed', 'skipped-off', 'skipped-metered'];

/** The last run, or undefined. */
export async function readLastRun(): Promise<RefreshRun | undefined> {
  const v = await readJson(LAST_RUN_KEY);
  if (!isObject(v) || typeof v.at !== 'number' || !OUTCOMES.includes(v.outcome as RefreshOutcome)) return undefined;
  return { at: v.at, outcome: v.outcome as RefreshOutcome, ...(v.caughtUp === true ? { caughtUp: true } : {}) };
}

/** Records a run. */
export function writeLastRun(run: RefreshRun): Promise<void> {
  return writeJson(LAST_RUN_KEY, run);
}

/** True when a connection of this type may be used by "Only on Wi-Fi" (no reported type: allowed, as elsewhere). */
export function isUnmetered(type: string | undefined): boolean {
  return !type || type === 'wifi' || type === 'ethernet';
}
