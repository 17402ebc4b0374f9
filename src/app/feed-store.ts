import { FeedError } from '../feed/errors';
import { fetchFeedPage, mergeFeedModels } from '../feed/load';
import type { FeedModel } from '../feed/model';
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

/** Resolves with the feed, fetching the first page the first time it is asked for. */
export function getFeed(): Promise<FeedModel> {
  if (current) return Promise.resolve(current);
  if (!firstLoad) {
    visited.add(FEED_URL);
    const load = fetchFeedPage(FEED_URL).then(
      ({ model }) => {
        publish(model);
        return model;
      },
      (err: unknown) => {
        firstLoad = null; // let the next navigation try again
        visited.delete(FEED_URL);
        throw err;
      },
    );
    firstLoad = load;
    return load;
  }
  return firstLoad;
}

/** The feed if it is already loaded (for render-time reads), else null. */
export function peekFeed(): FeedModel | null {
  return current;
}

/** True when the loaded feed says there is another page. */
export function hasMorePages(model: FeedModel | null = current): boolean {
  const next = model?.meta.nextUrl;
  return !!next && !visited.has(next);
}

/** Fetches and merges the next page; resolves with the (possibly unchanged) model. */
export function loadNextPage(): Promise<FeedModel> {
  if (morePending) return morePending;
  const base = current;
  const next = base?.meta.nextUrl;
  if (!base || !next) return getFeed();
  if (visited.has(next)) {
    return Promise.reject(new FeedError('loop', `The feed's next page (${next}) points back to a page already loaded, so paging stopped.`));
  }
  visited.add(next);
  const pending = fetchFeedPage(next)
    .then(({ model }) => {
      const merged = mergeFeedModels(base, model);
      publish(merged);
      return merged;
    })
    .catch((err: unknown) => {
      visited.delete(next); // a failed page can be retried
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
