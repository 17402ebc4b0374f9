import { isFeedError } from '../feed/errors';
import type { FeedBytesParser, FeedParser } from '../feed/feed-parser';
import type { FeedPage } from '../feed/load';
import { pageKey } from '../feed/page-key';
import type { Article, Author, FeedMeta, FeedModel, Tag } from '../shared/model';
import { CACHE_NAMES, FETCHED_AT_HEADER, NO_NETWORK_HEADER } from '../shared/cache-names';
import { loadStoredFeed, saveStoredFeed } from '../storage/feed-store';
import { createSignal, createStore, type ReadableStore } from '../shared/store';
import { authorsOf, indexFeed, tagsOf } from './feed-index';


/**
 * A feed session, device first: the freshest copy already on the device (IndexedDB, else the service
 * worker's feed cache) is what loaders get at once; the network copy is fetched in the background and
 * merged in. Only a first visit with nothing stored waits for the network.
 *
 * The app's start makes one for the tab (start-app.tsx), the build one per prerendered page, each test
 * its own. Loaders get it through the data router's context and components through React's
 * (session-context.tsx); nothing reads a session from module state.
 *
 * `feedModel` is the freshest model the session knows. Views keep what they rendered (their loader
 * data) until the reader acts ("N new articles", "Show the latest version", a navigation), so a refresh
 * never moves the page. Only when another publication answers at the feed URL is the old copy dropped
 * and every view rendered again (subscribeReplaced).
 */
export interface FeedSession {
  /** The absolute URL of the feed's first page. */
  readonly feedUrl: string;
  /** The freshest model the session knows (null before the first load). */
  readonly feedModel: ReadableStore<FeedModel | null>;
  /** Where the current model came from and whether a refresh is under way (for the status line). */
  readonly feedSource: ReadableStore<FeedSource>;
  /** Resolves with the feed: from memory, the device, or (first visit) the network. */
  getFeed(): Promise<FeedModel>;
  /** The feed if it is already loaded (for render-time reads), else null. */
  peekFeed(): FeedModel | null;
  /**
   * Fetches the first page from the network in the background and merges it in; the status line says
   * "checking" meanwhile and names the problem if it fails. Concurrent calls share one fetch.
   */
  refreshFeed(): Promise<void>;
  /**
   * Every page of the feed, for views that cover all of it (search, an author's or a tag's articles, the
   * build). A copy from the device is answered as it is (its later pages are fetched in the background:
   * the network only adds); from the network, pages are walked, and a page that fails ends the walk.
   */
  loadWholeFeed(): Promise<FeedModel>;
  /** True when the loaded feed says there is another page. */
  hasMorePages(model?: FeedModel | null): boolean;
  /** True when the feed's `next_url` points back at a page already loaded, so paging stopped there. */
  pagingLooped(model?: FeedModel | null): boolean;
  /** Fetches and merges the next page; resolves with the (possibly unchanged) model. */
  loadNextPage(): Promise<FeedModel>;
  /** Subscribes to "another publication now answers at the feed URL": every view must be rendered again. */
  subscribeReplaced(fn: () => void): () => void;
  /**
   * The whole article with this id, with its full authors and tags (following pages): for actions on
   * a card or page that shows a trimmed copy (saving it for offline needs the body).
   */
  fullArticle(id: string): Promise<{ article: Article; authors: Author[]; tags: Tag[] } | undefined>;
  /**
   * Takes in a newer copy that another tab fetched and stored (session/other-tabs.ts), as a background
   * refresh would: merged, so views offer what it brings and never move; not stored again. A session
   * with no feed yet ignores it (its first load reads the device's copy anyway).
   */
  takeOtherTabCopy(model: FeedModel, fetchedAt: number): void;
  /**
   * Starts the session behind a page that was rendered from its own data (a prerendered page): the
   * device copy is read and the network asked, while the page stays as it is. `meta` is the feed the
   * page was built from and `newest` (ISO) the date of its newest article, against which a device copy
   * of another publication is weighed. With `after`, the device and the network are asked once it
   * settles (the page is live: neither the reads nor their code compete with hydration); anything
   * that needs the feed before then starts the load itself, knowing the page's feed.
   */
  startBehindPage(meta: FeedMeta | undefined, newest?: string, after?: Promise<unknown>): void;
  /** Ends the session: work still under way finishes into nothing and stores nothing on the device. */
  close(): void;
}

/** Where the model came from and whether a refresh from the network is under way or has failed. */
export interface FeedSource {
  /** True while what the tab has is an older copy kept on the device (not yet confirmed by the network). */
  fromCopy: boolean;
  /** When the shown copy was fetched (ms since epoch); undefined before the first load. */
  fetchedAt?: number;
  /** Why the network copy is not here, in words (the feed error's message), once a refresh failed. */
  problem?: string;
  /** True while the network copy is being fetched in the background. */
  refreshing?: boolean;
  /**
   * True when the last request for the feed reached no network at all (it failed outright, or the
   * worker answered with its copy because it did), whatever navigator.onLine says: that flag stays
   * true on a connection that reaches nothing.
   */
  noNetwork?: boolean;
  /**
   * Set when the first load failed with nothing on the device, behind a page that shows its own data
   * (a prerendered page): what failed, for the alert above that page.
   */
  failedBehindPage?: string;
}

/**
 * True when `b` is another publication than `a`: its title differs and so does its address (feed_url
 * or home_page_url) where either feed gives one. A renamed feed at the same address, or a feed that
 * moved address under the same title, is still the same publication.
 */
export function isOtherPublication(a: FeedMeta, b: FeedMeta): boolean {
  if (a.title.trim() === b.title.trim()) return false;
  const differs = (x?: string, y?: string) => (x || y ? x !== y : null);
  const urls = [differs(a.feedUrl, b.feedUrl), differs(a.homePageUrl, b.homePageUrl)].filter((d): d is boolean => d !== null);
  return urls.length === 0 || urls.some(Boolean);
}

/** The session's network half, loaded with its first use (feed-network.ts). */
const network = () => import('./feed-network');

/** When the newest article of `model` was published or last changed (ms), or undefined when none is dated. */
export function newestArticleTime(model: FeedModel): number | undefined {
  let newest: number | undefined;
  for (const a of model.articles) {
    for (const d of [a.datePublished, a.dateModified]) {
      const t = d === undefined ? NaN : Date.parse(d);
      if (Number.isFinite(t) && (newest === undefined || t > newest)) newest = t;
    }
  }
  return newest;
}

type NetworkHalf = Awaited<ReturnType<typeof network>>;
type Validators = Pick<FeedPage, 'etag' | 'lastModified'>;
const validatorsOf = (v: Validators): Validators => ({ ...(v.etag ? { etag: v.etag } : {}), ...(v.lastModified ? { lastModified: v.lastModified } : {}) });

/** What the source says of a kept copy the worker answered with: offline, or the server too slow. */
function workerAnswered(fetchedAt: number, noNetwork: boolean | undefined): FeedSource {
  return noNetwork ? { fromCopy: true, fetchedAt, noNetwork: true } : { fromCopy: true, fetchedAt, problem: 'the feed server did not answer in time' };
}

/** Thrown into work that outlived its session's close(): its result belongs to no page. */
class SessionClosed extends Error {
  constructor() {
    super('The feed session was closed.');
  }
}

/** A new session for the feed at `feedUrl` (absolute), holding nothing yet. */
export function createFeedSession({ feedUrl }: { feedUrl: string }): FeedSession {
  const feed = createStore<FeedModel | null>(null);
  const source = createStore<FeedSource>({ fromCopy: false });
  const replaced = createSignal();
  let closed = false;
  let firstLoad: Promise<FeedModel> | null = null;
  let morePending: Promise<FeedModel> | null = null;
  let refreshing: Promise<void> | null = null;
  /** Every page URL fetched so far: a `next_url` pointing back at one of them is a loop. */
  const visited = new Set<string>();
  /** The feed the page on screen was built from (a prerendered page's data), before the session had one. */
  let shownMeta: FeedMeta | null = null;
  /** When the newest article of that feed was published or changed (ms), if any was dated. */
  let shownNewest: number | undefined;
  /** True once the session runs behind a page rendered from its own data (startBehindPage). */
  let behindPage = false;
  let validators: Validators = {};
  /** Reads feed bytes into models in a worker of the session's own, made on the first read. */
  let parser: FeedParser | null = null;

  const checkOpen = () => {
    if (closed) throw new SessionClosed();
  };

  const parse: FeedBytesParser = async (bytes, info) => {
    const { createFeedParser } = await network();
    checkOpen();
    parser ??= createFeedParser();
    return parser.parse(bytes, info);
  };

  /** Keeps the model on the device after rendering has had its turn; storage trouble never breaks reading. */
  const persist = (model: FeedModel, fetchedAt: number) => {
    setTimeout(() => {
      if (closed) return;
      saveStoredFeed({ model, fetchedAt, feedUrl, ...validators }).catch(() => undefined);
    }, 0);
  };

  /** The worker's cached feed response and when it was fetched, read no further than its headers. */
  const workerCopyStamp = async (): Promise<{ res: Response; fetchedAt: number } | undefined> => {
    try {
      if (typeof caches === 'undefined') return undefined;
      const res = await (await caches.open(CACHE_NAMES.feed)).match(feedUrl, { ignoreVary: true });
      return res ? { res, fetchedAt: Number(res.headers.get(FETCHED_AT_HEADER)) || 0 } : undefined;
    } catch {
      return undefined;
    }
  };

  /** The worker's cached feed, parsed. */
  const workerCopy = async (res: Response, fetchedAt: number): Promise<{ model: FeedModel; fetchedAt: number } | undefined> => {
    try {
      const model = await parse(new Uint8Array(await res.arrayBuffer()), { contentType: res.headers.get('Content-Type') ?? '', feedUrl });
      return { model, fetchedAt };
    } catch {
      return undefined; // an unreadable copy is no copy: the network decides
    }
  };

  /**
   * The copy of the feed on this device: IndexedDB's (all pages merged), else the worker's cached
   * response; and the worker's when it is the newer one (a background refresh with no page open keeps
   * only that), merged over IndexedDB's so pages merged earlier stay.
   */
  const deviceCopy = async (): Promise<{ model: FeedModel; fetchedAt: number; etag?: string; lastModified?: string } | undefined> => {
    const [stored, kept] = await Promise.all([
      loadStoredFeed().then(
        (s) => (s && s.feedUrl === feedUrl ? s : undefined),
        () => undefined, // no IndexedDB (private mode, old browser): the worker's cache may have one
      ),
      workerCopyStamp(),
    ]);
    if (stored && (kept === undefined || kept.fetchedAt <= stored.fetchedAt)) return stored;
    const copy = kept && (await workerCopy(kept.res, kept.fetchedAt));
    if (!copy) return stored;
    if (!stored || isOtherPublication(stored.model.meta, copy.model.meta)) return copy;
    const { mergeRefresh } = await network();
    return { ...stored, model: mergeRefresh(stored.model, copy.model), fetchedAt: copy.fetchedAt };
  };

  /** One fetch of the first page; `stampedAt` says when the service worker answered with its kept copy instead. */
  const fetchFirstPage = async (opts: { fresh: boolean }): Promise<{ page: FeedPage; stampedAt?: number; noNetwork?: boolean }> => {
    let stampedAt: number | undefined;
    let noNetwork = false;
    const fetchImpl: typeof fetch = async (input, init) => {
      const res = await globalThis.fetch(input, opts.fresh ? { ...init, cache: 'no-cache' } : init);
      const stamp = Number(res.headers.get(FETCHED_AT_HEADER));
      stampedAt = stamp > 0 ? stamp : undefined;
      noNetwork = res.headers.get(NO_NETWORK_HEADER) === '1';
      return res;
    };
    // No If-None-Match of our own: a 304 would reach the service worker, which keeps only whole 200
    // answers. The browser's HTTP cache revalidates by itself (`no-cache`) and answers 200 either way.
    const { fetchFeedPage } = await network();
    checkOpen();
    const page = await fetchFeedPage(feedUrl, { fetchImpl, parse });
    if (stampedAt === undefined) return { page };
    return noNetwork ? { page, stampedAt, noNetwork } : { page, stampedAt };
  };

  /**
   * True when a failed feed request reached no network: a same-origin fetch that threw. A cross-origin
   * one throws the same way when the host refuses CORS, so that is left to the error's own words.
   */
  const reachedNoNetwork = (err: unknown): boolean => {
    if (!isFeedError(err) || err.kind !== 'network') return false;
    try {
      return new URL(err.url ?? feedUrl, location.href).origin === location.origin;
    } catch {
      return false;
    }
  };

  /** Another publication's copy in place of the one the session had: paging starts over, every view renders again. */
  const replaceWith = (model: FeedModel) => {
    visited.clear();
    visited.add(pageKey(feedUrl));
    feed.set(model);
    replaced.emit();
  };

  /** Takes a network copy in: merged, or in place of the old one when another publication now answers. */
  const takeNetworkCopy = ({ mergeRefresh }: NetworkHalf, model: FeedModel, fetchedAt: number) => {
    const before = feed.get();
    const baseline = before?.meta ?? shownMeta;
    if (baseline && isOtherPublication(baseline, model.meta)) {
      persist(model, fetchedAt);
      replaceWith(model);
      return;
    }
    const next = before ? mergeRefresh(before, model) : model;
    feed.set(next);
    persist(next, fetchedAt);
  };

  const refreshFeed = (): Promise<void> => {
    if (refreshing) return refreshing;
    source.set({ ...source.get(), refreshing: true });
    const run = (async () => {
      try {
        const { page, stampedAt, noNetwork } = await fetchFirstPage({ fresh: true });
        const net = await network();
        checkOpen();
        if (stampedAt !== undefined) {
          // The worker answered with its kept copy: the network failed or was too slow.
          // What the tab shows is then as old as the newer of its copy and the worker's.
          source.set(workerAnswered(Math.max(source.get().fetchedAt ?? 0, stampedAt), noNetwork));
          return;
        }
        const fetchedAt = Date.now();
        validators = validatorsOf(page);
        source.set({ fromCopy: false, fetchedAt, refreshing: true });
        const current = feed.get();
        if (!page.notModified) takeNetworkCopy(net, page.model, fetchedAt);
        else if (current) persist(current, fetchedAt);
      } catch (err) {
        if (!closed) {
          source.set({ ...source.get(), refreshing: false, problem: isFeedError(err) ? err.message : 'the network did not answer', noNetwork: reachedNoNetwork(err) });
        }
      } finally {
        refreshing = null;
        if (!closed && source.get().refreshing) source.set({ ...source.get(), refreshing: false });
      }
    })();
    refreshing = run;
    return run;
  };

  /** The first load: the device's copy at once (refreshed in the background), else the network. */
  const loadFirst = async (): Promise<FeedModel> => {
    const copy = await deviceCopy();
    checkOpen();
    // The page on screen may have been built from another publication than the device's copy (the
    // feed URL changed hands, before or after the build). The newer of the two wins at once, without
    // asking the network: the device's copy, fetched from the feed URL, unless the build's newest
    // article is newer than any in it (then the copy is of the publication that answered before).
    const other = copy && shownMeta && isOtherPublication(shownMeta, copy.model.meta);
    if (copy && !(other && shownNewest !== undefined && shownNewest > (newestArticleTime(copy.model) ?? -Infinity))) {
      validators = validatorsOf(copy);
      feed.set(copy.model);
      source.set({ fromCopy: true, fetchedAt: copy.fetchedAt });
      if (other) {
        // Every view was drawn from the build's publication: drawn again from the device's.
        shownMeta = copy.model.meta;
        replaced.emit();
      }
      void refreshFeed();
      return copy.model;
    }
    // Nothing on the device: this is a first visit, and it waits for the network (the skeleton shows).
    const { page, stampedAt, noNetwork } = await fetchFirstPage({ fresh: false });
    const net = await network();
    checkOpen();
    const fetchedAt = stampedAt ?? Date.now();
    if (stampedAt === undefined) validators = validatorsOf(page);
    takeNetworkCopy(net, page.model, fetchedAt);
    source.set(stampedAt === undefined ? { fromCopy: false, fetchedAt } : workerAnswered(fetchedAt, noNetwork));
    return feed.get() ?? page.model;
  };

  const getFeed = (): Promise<FeedModel> => {
    const current = feed.get();
    if (current) return Promise.resolve(current);
    if (!firstLoad) {
      visited.add(pageKey(feedUrl));
      firstLoad = loadFirst().then(
        (model) => {
          if (source.get().failedBehindPage) source.set({ ...source.get(), failedBehindPage: undefined });
          return model;
        },
        (err: unknown) => {
          if (closed) throw err;
          firstLoad = null; // let the next navigation try again
          visited.delete(pageKey(feedUrl));
          if (behindPage) source.set({ fromCopy: false, failedBehindPage: isFeedError(err) ? err.message : 'The feed could not be loaded.' });
          throw err;
        },
      );
    }
    return firstLoad;
  };

  const hasMorePages = (model: FeedModel | null = feed.get()): boolean => {
    const next = model?.meta.nextUrl;
    return !!next && !visited.has(pageKey(next));
  };

  const loadNextPage = (): Promise<FeedModel> => {
    if (morePending) return morePending;
    const base = feed.get();
    const next = base?.meta.nextUrl;
    if (!base) return getFeed();
    if (!next) return Promise.resolve(base);
    morePending = network()
      .then(async ({ fetchNextPage, mergeFeedModels }) => {
        const merged = await fetchNextPage(base, visited, { parse });
        if (closed) return merged ?? base;
        // A refresh or a replacement may have landed meanwhile: merge the page into what is current now.
        const current = feed.get();
        const model = merged ? (current && current !== base ? mergeFeedModels(current, merged) : merged) : (current ?? base);
        feed.set(model);
        persist(model, source.get().fetchedAt ?? Date.now());
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
    return morePending;
  };

  const walkPages = async (): Promise<FeedModel> => {
    let model = await getFeed();
    while (hasMorePages(model)) model = await loadNextPage();
    return model;
  };

  return {
    feedUrl,
    feedModel: feed,
    feedSource: source,
    getFeed,
    peekFeed: () => feed.get(),
    refreshFeed,
    async loadWholeFeed() {
      let model = await getFeed();
      if (source.get().fromCopy) {
        void walkPages().catch(() => undefined);
        return model;
      }
      try {
        model = await walkPages();
      } catch {
        /* keep the pages read so far */
      }
      return feed.get() ?? model;
    },
    hasMorePages,
    pagingLooped(model = feed.get()) {
      const next = model?.meta.nextUrl;
      return !!next && visited.has(pageKey(next));
    },
    loadNextPage,
    subscribeReplaced: (fn) => replaced.subscribe(fn),
    async fullArticle(id) {
      let model = await getFeed();
      let found = model.articles.find((a) => a.id === id);
      while (!found && hasMorePages(model)) {
        model = await loadNextPage();
        found = model.articles.find((a) => a.id === id);
      }
      if (!found) return undefined;
      const index = indexFeed(model);
      return { article: found, authors: authorsOf(index, found), tags: tagsOf(index, found) };
    },
    takeOtherTabCopy(model, fetchedAt) {
      void network().then(({ mergeRefresh }) => {
        const current = feed.get();
        if (closed || !current || fetchedAt <= (source.get().fetchedAt ?? 0)) return;
        if (isOtherPublication(current.meta, model.meta)) replaceWith(model);
        else feed.set(mergeRefresh(current, model));
        source.set({ ...source.get(), fromCopy: false, fetchedAt, problem: undefined, noNetwork: undefined });
      });
    },
    startBehindPage(meta, newest, after) {
      if (meta) shownMeta = meta;
      const t = newest === undefined ? NaN : Date.parse(newest);
      shownNewest = Number.isFinite(t) ? t : undefined;
      behindPage = true;
      const start = () => {
        if (!closed) void getFeed().catch(() => undefined); // a failure shows where a view needs the feed, not here
      };
      if (after) void after.then(start, start);
      else start();
    },
    close() {
      closed = true;
      parser?.close();
    },
  };
}
