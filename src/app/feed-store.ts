import { isFeedError } from '../feed/errors';
import { fetchFeedPage, loadNextPage as fetchNextPage, mergeFeedModels, pageKey, type FeedPage } from '../feed/load';
import type { FeedModel } from '../feed/model';
import { FETCHED_AT_HEADER } from '../sw/cache-names';
import { loadStoredFeed, saveStoredFeed } from '../storage/feed-store-db';
import { FEED_URL } from './env';

/**
 * The feed as this tab knows it: the first page fetched once, later pages merged in on demand.
 * Route loaders read from here; views subscribe to hear about pages loaded by "Load more".
 */

let current: FeedModel | null = null;
let firstLoad: Promise<FeedModel> | null = null;
let morePending: Promise<FeedModel> | null = null;
/** Every page URL fetched so far: a `next_url` pointing back at one of them is a loop. */
const visited = new Set<string>();
const listeners = new Set<() => void>();

function publish(model: FeedModel) {
  current = model;
  for (const fn of listeners) fn();
}

/** Where the list on screen came from: the network just now, or an older copy kept on the device. */
export interface FeedSource {
  fromCopy: boolean;
  /** When the shown copy was fetched (ms since epoch); undefined before the first load. */
  fetchedAt?: number;
  /** Why the network copy is not shown, in words (the feed error's message), when known. */
  problem?: string;
}

let source: FeedSource = { fromCopy: false };
const sourceListeners = new Set<() => void>();

function setSource(next: FeedSource) {
  source = next;
  for (const fn of sourceListeners) fn();
}

/** Where the current list came from (for the "Offline — showing articles fetched at…" line). */
export function getFeedSource(): FeedSource {
  return source;
}

/** Subscribes to changes of getFeedSource(); returns the unsubscribe function. */
export function subscribeFeedSource(fn: () => void): () => void {
  sourceListeners.add(fn);
  return () => sourceListeners.delete(fn);
}

let validators: Pick<FeedPage, 'etag' | 'lastModified'> = {};

/** Keeps the model on the device after rendering has had its turn; storage trouble never breaks reading. */
function persist(model: FeedModel, fetchedAt: number) {
  setTimeout(() => {
    saveStoredFeed({ model, fetchedAt, feedUrl: FEED_URL, ...validators }).catch(() => undefined);
  }, 0);
}

async function storedCopy() {
  try {
    return await loadStoredFeed();
  } catch {
    return undefined; // no IndexedDB (private mode, old browser): reading online still works
  }
}

/**
 * The first page from the network; when that fails in any way (no network, a timeout, an HTTP error,
 * a broken or non-JSON answer), the copy kept on the device, with the failure as `problem`.
 */
async function loadFirstPage(): Promise<FeedModel> {
  // The service worker stamps the copies it keeps: a stamped answer is an older copy, not the network.
  let stampedAt: number | undefined;
  const fetchImpl: typeof fetch = async (input, init) => {
    const res = await globalThis.fetch(input, init);
    const stamp = Number(res.headers.get(FETCHED_AT_HEADER));
    stampedAt = stamp > 0 ? stamp : undefined;
    return res;
  };
  try {
    const page = await fetchFeedPage(FEED_URL, { fetchImpl });
    if (stampedAt !== undefined) {
      // The device's copy may hold more (later pages merged in): prefer it when it is as recent.
      const stored = await storedCopy();
      // The worker serves its copy only when the network failed or was too slow.
      const problem = 'the feed server did not answer in time';
      if (stored && stored.fetchedAt >= stampedAt) {
        setSource({ fromCopy: true, fetchedAt: stored.fetchedAt, problem });
        return stored.model;
      }
      setSource({ fromCopy: true, fetchedAt: stampedAt, problem });
      return page.model;
    }
    const fetchedAt = Date.now();
    validators = { ...(page.etag ? { etag: page.etag } : {}), ...(page.lastModified ? { lastModified: page.lastModified } : {}) };
    setSource({ fromCopy: false, fetchedAt });
    persist(page.model, fetchedAt);
    return page.model;
  } catch (err) {
    // A reader with a copy keeps reading whatever went wrong; the status line names the problem.
    if (isFeedError(err)) {
      const stored = await storedCopy();
      if (stored) {
        setSource({ fromCopy: true, fetchedAt: stored.fetchedAt, problem: err.message });
        return stored.model;
      }
    }
    throw err;
  }
}

/** Resolves with the feed, fetching the first page the first time it is asked for. */
export function getFeed(): Promise<FeedModel> {
  if (current) return Promise.resolve(current);
  if (!firstLoad) {
    visited.add(pageKey(FEED_URL));
    const load = loadFirstPage().then(
      (model) => {
        publish(model);
        return model;
      },
      (err: unknown) => {
        firstLoad = null; // let the next navigation try again
        visited.delete(pageKey(FEED_URL));
        throw err;
      },
    );
    firstLoad = load;
    return load;
  }
  return firstLoad;
}

/** Forgets the feed, as a fresh page load would (the build renders each page from a fresh start). */
export function resetFeed(): void {
  current = null;
  firstLoad = null;
  morePending = null;
  visited.clear();
  validators = {};
  setSource({ fromCopy: false });
}

/**
 * Every page of the feed that can be loaded, for views that cover all of it (search, an author's or a
 * tag's articles, the build): a page that fails (offline, broken) ends the walk with what is here.
 */
export async function loadWholeFeed(): Promise<FeedModel> {
  let model = await getFeed();
  try {
    while (hasMorePages(model)) model = await loadNextPage();
  } catch {
    /* keep the pages read so far */
  }
  return model;
}

/** The feed if it is already loaded (for render-time reads), else null. */
export function peekFeed(): FeedModel | null {
  return current;
}

/** True when the loaded feed says there is another page. */
export function hasMorePages(model: FeedModel | null = current): boolean {
  const next = model?.meta.nextUrl;
  return !!next && !visited.has(pageKey(next));
}

/** True when the feed's `next_url` points back at a page already loaded, so paging stopped there. */
export function pagingLooped(model: FeedModel | null = current): boolean {
  const next = model?.meta.nextUrl;
  return !!next && visited.has(pageKey(next));
}

/** Fetches and merges the next page; resolves with the (possibly unchanged) model. */
export function loadNextPage(): Promise<FeedModel> {
  if (morePending) return morePending;
  const base = current;
  const next = base?.meta.nextUrl;
  if (!base || !next) return getFeed();
  const pending = fetchNextPage(base, visited)
    .then((merged) => {
      const model = merged ?? base;
      publish(model);
      if (!source.fromCopy) persist(model, source.fetchedAt ?? Date.now());
      return model;
    })
    .catch((err: unknown) => {
      // A failed page can be retried; a loop stays marked (the page was loaded before).
      if (!(isFeedError(err) && err.kind === 'loop')) visited.delete(pageKey(next));
      throw err;
    })
    .finally(() => {
      morePending = null;
    });
  morePending = pending;
  return pending;
}

/** Subscribes to model changes; returns the unsubscribe function. */
export function subscribeFeed(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/**
 * Merges a freshly fetched first page into the feed on screen: its new articles join (newest first),
 * every slug already shown stays as it was. Used by the "N new articles" notice (src/app/new-articles.ts).
 */
export function mergeFreshFirstPage(fresh: FeedModel): FeedModel {
  if (!current) {
    publish(fresh);
    return fresh;
  }
  const merged = mergeFeedModels(current, fresh);
  publish(merged);
  if (!source.fromCopy) persist(merged, Date.now());
  return merged;
}
