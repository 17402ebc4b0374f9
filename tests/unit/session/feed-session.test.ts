import { describe, expect, onTestFinished, test, vi } from 'vitest';
import { CACHE_NAMES, FETCHED_AT_HEADER, NO_NETWORK_HEADER } from '../../../src/shared/cache-names';
import type { FeedModel } from '../../../src/shared/model';
import { mergeFeedModels } from '../../../src/feed/load';
import { mergeRefresh } from '../../../src/session/feed-network';
import { freshDeviceEachTest, freshPage } from '../support/fresh-page';
import { feed, serveFeed, type FeedBuilder } from '../support/feed-builder';
import { settleFeedWrites } from '../support/settle';

// getFeed() looks on the device first, in this order: the tab's memory, IndexedDB's copy, the service
// worker's cached response (when it is the newer one), and only then the network (on fake-indexeddb).
// device-first.test.ts covers IndexedDB's copy against a network that never answers; this covers the
// rest of the order and the background refresh.

freshDeviceEachTest();

const freshSession = async () => (await freshPage()).session;
const ids = (m: FeedModel | null | undefined) => m?.articles.map((a) => a.id);

/** Puts a copy of `f` in IndexedDB, as an earlier visit would have, fetched at `fetchedAt`. */
async function storeCopy(f: FeedBuilder, fetchedAt: number, feedUrl?: string) {
  const { saveStoredFeed } = await import('../../../src/storage/feed-store');
  const { feedUrl: url } = await import('../../../src/shared/env');
  await saveStoredFeed({ model: f.model(), fetchedAt, feedUrl: feedUrl ?? url() });
}

/** A Cache API holding the worker's copy of the feed (`body`, stamped `fetchedAt`) under the feed URL. */
function workerCache(body: string, fetchedAt: number) {
  const opened: string[] = [];
  vi.stubGlobal('caches', {
    open: async (name: string) => {
      opened.push(name);
      return {
        match: async (url: string) =>
          name === CACHE_NAMES.feed && url === new URL('/feed.json', window.location.href).href
            ? new Response(body, { headers: { 'content-type': 'application/feed+json', [FETCHED_AT_HEADER]: String(fetchedAt) } })
            : undefined,
      };
    },
  });
  return opened;
}

/** A network that takes requests and never answers them. */
function silentNetwork() {
  const requests: string[] = [];
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
    requests.push(String(input));
    return new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
  });
  return requests;
}

const OLD = 1_000;
const NEWER = 2_000;

describe('getFeed, device first', () => {
  test('memory: once loaded, the same model is answered without asking the network again; concurrent first calls share one fetch', async () => {
    const net = serveFeed(feed().articles(2).bodies());
    vi.stubGlobal('fetch', net.fetch);
    const session = await freshSession();
    const [a, b] = await Promise.all([session.getFeed(), session.getFeed()]);
    expect(a).toBe(b);
    expect(await session.getFeed()).toBe(a);
    expect(session.peekFeed()).toBe(a);
    expect(net.requests).toEqual(['/feed.json']);
  });

  test('nothing on the device: the first load waits for the network, and says the model is the network copy', async () => {
    let answer: ((r: Response) => void) | undefined;
    vi.stubGlobal('fetch', () => new Promise<Response>((resolve) => (answer = resolve)));
    const session = await freshSession();
    let settled = false;
    const loading = session.getFeed().finally(() => (settled = true));
    await vi.waitFor(() => expect(answer).toBeDefined()); // the device had nothing: the network was asked
    await Promise.resolve();
    expect(settled).toBe(false);
    answer?.(new Response(feed().article({ id: 'n1' }).text(), { headers: { 'content-type': 'application/feed+json' } }));
    expect(ids(await loading)).toEqual(['n1']);
    expect(session.feedSource.get()).toMatchObject({ fromCopy: false, fetchedAt: expect.any(Number) });
  });

  test("IndexedDB's copy is taken over an older worker copy", async () => {
    await storeCopy(feed().article({ id: 'db-1' }).article({ id: 'db-2' }), NEWER);
    workerCache(feed().article({ id: 'worker-1' }).text(), OLD);
    silentNetwork();
    const session = await freshSession();
    expect(ids(await session.getFeed())).toEqual(['db-1', 'db-2']);
    expect(session.feedSource.get()).toMatchObject({ fromCopy: true, fetchedAt: NEWER, refreshing: true });
  });

  test("a newer worker copy is merged over IndexedDB's: its articles join and win, the stored later-page ones stay", async () => {
    const stored = feed()
      .article({ id: 'a', title: 'Old headline', date: '2026-11-02T10:00:00Z' })
      .nextPage((p) => p.article({ id: 'from-page-2', title: 'From page two', date: '2026-11-01T10:00:00Z' }));
    const { saveStoredFeed } = await import('../../../src/storage/feed-store');
    const { feedUrl: url } = await import('../../../src/shared/env');
    await saveStoredFeed({ model: stored.model({ allPages: true }), fetchedAt: OLD, feedUrl: url() });
    workerCache(
      feed().article({ id: 'new', title: 'New story', date: '2026-11-03T10:00:00Z' }).article({ id: 'a', title: 'New headline', date: '2026-11-02T10:00:00Z' }).text(),
      NEWER,
    );
    silentNetwork();
    const session = await freshSession();
    const model = await session.getFeed();
    expect(ids(model)).toEqual(['new', 'a', 'from-page-2']);
    expect(model.articles.find((x) => x.id === 'a')?.title).toBe('New headline');
    expect(session.feedSource.get()).toMatchObject({ fromCopy: true, fetchedAt: NEWER });
  });

  test('a newer worker copy of another publication replaces IndexedDB\'s instead of joining it', async () => {
    await storeCopy(feed('The Test Gazette').article({ id: 'g1' }), OLD);
    workerCache(feed('The Upland Courier', { home_page_url: 'https://upland.example/' }).article({ id: 'u1' }).text(), NEWER);
    silentNetwork();
    const session = await freshSession();
    const model = await session.getFeed();
    expect(model.meta.title).toBe('The Upland Courier');
    expect(ids(model)).toEqual(['u1']);
  });

  test('nothing in IndexedDB: the worker copy is answered while the network never answers', async () => {
    const opened = workerCache(feed().article({ id: 'worker-1' }).text(), NEWER);
    const requests = silentNetwork();
    const session = await freshSession();
    expect(ids(await session.getFeed())).toEqual(['worker-1']);
    expect(opened).toContain(CACHE_NAMES.feed);
    expect(session.feedSource.get()).toMatchObject({ fromCopy: true, fetchedAt: NEWER, refreshing: true });
    await vi.waitFor(() => expect(requests).toHaveLength(1)); // the refresh behind it (its code loads first)
  });

  test('an unreadable worker copy is no copy: the network decides', async () => {
    workerCache('{"version":"https://jsonfeed.org/version/1.1","items":[', NEWER);
    vi.stubGlobal('fetch', serveFeed(feed().article({ id: 'net-1' }).bodies()).fetch);
    const session = await freshSession();
    expect(ids(await session.getFeed())).toEqual(['net-1']);
    expect(session.feedSource.get().fromCopy).toBe(false);
  });

  test('a stored copy of another feed URL (the app was built for another feed) is not used', async () => {
    await storeCopy(feed().article({ id: 'elsewhere' }), NEWER, 'https://elsewhere.example/feed.json');
    vi.stubGlobal('fetch', serveFeed(feed().article({ id: 'net-1' }).bodies()).fetch);
    const session = await freshSession();
    expect(ids(await session.getFeed())).toEqual(['net-1']);
    expect(session.feedSource.get().fromCopy).toBe(false);
  });

  test("a first load the worker answered from its kept copy (stamped) is shown as a copy, with the reason", async () => {
    vi.stubGlobal('fetch', async () => new Response(feed().article({ id: 'kept' }).text(), { headers: { 'content-type': 'application/feed+json', [FETCHED_AT_HEADER]: String(NEWER) } }));
    const session = await freshSession();
    expect(ids(await session.getFeed())).toEqual(['kept']);
    expect(session.feedSource.get()).toEqual({ fromCopy: true, fetchedAt: NEWER, problem: 'the feed server did not answer in time' });
  });

  test('a first load that failed is tried again by the next getFeed', async () => {
    const net = serveFeed(feed().article({ id: 'second-try' }).bodies());
    let calls = 0;
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
      if (calls++ === 0) throw new TypeError('Failed to fetch');
      return net.fetch(input);
    });
    const session = await freshSession();
    await expect(session.getFeed()).rejects.toMatchObject({ kind: 'network' });
    expect(ids(await session.getFeed())).toEqual(['second-try']);
  });
});

describe('one session per page', () => {
  test('two sessions share nothing but the device: each loads on its own', async () => {
    const net = serveFeed(feed().article({ id: 'a' }).bodies());
    vi.stubGlobal('fetch', net.fetch);
    const first = await freshSession();
    await first.getFeed();
    const second = await freshSession();
    expect(second.peekFeed()).toBeNull();
    expect(second.feedSource.get()).toEqual({ fromCopy: false });
    expect(first.peekFeed()).not.toBeNull();
  });

  test('a load under way when its session closes ends in an error and stores nothing on the device', async () => {
    const { loadStoredFeed } = await import('../../../src/storage/feed-store');
    const body = feed().article({ id: 'late' }).text();
    let answer: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    vi.stubGlobal('fetch', async () => {
      await answered;
      return new Response(body, { headers: { 'content-type': 'application/feed+json' } });
    });
    const session = await freshSession();
    const stale = session.getFeed();
    session.close();
    answer();
    await expect(stale).rejects.toThrow('closed');
    await settleFeedWrites();
    expect(await loadStoredFeed()).toBeUndefined();
    expect(session.peekFeed()).toBeNull();
  });
});

describe('refreshFeed', () => {
  test('concurrent refreshes share one fetch; the new articles join the model and subscribers hear of it', async () => {
    const bodies = { '/feed.json': feed().article({ id: 'a' }).text() };
    const net = serveFeed(bodies);
    vi.stubGlobal('fetch', net.fetch);
    const session = await freshSession();
    await session.getFeed();
    const heard = vi.fn();
    onTestFinished(session.feedModel.subscribe(heard));
    bodies['/feed.json'] = feed().article({ id: 'b' }).article({ id: 'a' }).text();
    await Promise.all([session.refreshFeed(), session.refreshFeed()]);
    expect(net.requests).toEqual(['/feed.json', '/feed.json']);
    expect(ids(session.peekFeed())).toEqual(['b', 'a']);
    expect(heard).toHaveBeenCalled();
    expect(session.feedSource.get()).toMatchObject({ fromCopy: false, refreshing: false });
  });

  test('a refresh that fails keeps the model and names the problem', async () => {
    const net = serveFeed(feed().article({ id: 'a' }).bodies());
    vi.stubGlobal('fetch', net.fetch);
    const session = await freshSession();
    const model = await session.getFeed();
    vi.stubGlobal('fetch', async () => new Response('{"version":"https://jsonfeed.org/version/1.1","items":[', { headers: { 'content-type': 'application/feed+json' } }));
    await session.refreshFeed();
    expect(session.peekFeed()).toBe(model);
    expect(session.feedSource.get()).toMatchObject({ refreshing: false, problem: expect.stringMatching(/ended before it was complete/) });
  });
});

describe('a request that reached no network', () => {
  // navigator.onLine stays true on a connection that reaches nothing; the status line says "Offline"
  // from what the feed request met instead (src/offline/network-status.tsx reads noNetwork).
  async function loaded() {
    vi.stubGlobal('fetch', serveFeed(feed().article({ id: 'a' }).bodies()).fetch);
    const session = await freshSession();
    await session.getFeed();
    return session;
  }

  test('a same-origin fetch that throws: noNetwork, and the next answer clears it', async () => {
    const session = await loaded();
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await session.refreshFeed();
    expect(session.feedSource.get()).toMatchObject({ noNetwork: true, problem: expect.stringMatching(/network request failed/) });
    vi.stubGlobal('fetch', serveFeed(feed().article({ id: 'b' }).article({ id: 'a' }).bodies()).fetch);
    await session.refreshFeed();
    expect(session.feedSource.get().noNetwork).toBeUndefined();
  });

  test('the worker answering with its copy because the request failed (its header): noNetwork; because it was slow: the reason instead', async () => {
    const session = await loaded();
    const kept = (extra: Record<string, string>) => async () =>
      new Response(feed().article({ id: 'a' }).text(), { headers: { 'content-type': 'application/feed+json', [FETCHED_AT_HEADER]: String(NEWER), ...extra } });
    vi.stubGlobal('fetch', kept({ [NO_NETWORK_HEADER]: '1' }));
    await session.refreshFeed();
    expect(session.feedSource.get()).toMatchObject({ fromCopy: true, noNetwork: true });
    vi.stubGlobal('fetch', kept({}));
    await session.refreshFeed();
    expect(session.feedSource.get()).toMatchObject({ fromCopy: true, problem: 'the feed server did not answer in time' });
    expect(session.feedSource.get().noNetwork).toBeUndefined();
  });

  test('an HTTP error is not "no network"', async () => {
    const session = await loaded();
    vi.stubGlobal('fetch', async () => new Response('down', { status: 503 }));
    await session.refreshFeed();
    expect(session.feedSource.get()).toMatchObject({ noNetwork: false, problem: expect.stringMatching(/503/) });
  });
});

describe('mergeRefresh', () => {
  const have = feed('The Test Gazette')
    .article({ id: 'a', title: 'A, as first written' })
    .article({ id: 'b', title: 'B' })
    .nextPage((p) => p.article({ id: 'c', title: 'C, from page two' }).nextPage((q) => q.article({ id: 'd', title: 'D, from page three' })));
  /** The first two pages merged, as paging leaves them (feed/load's merge). */
  const loadedTwoPages = () => {
    const [first, second] = have.pages().map((p) => p.model());
    if (!first || !second) throw new Error('two pages expected');
    return mergeFeedModels(first, second);
  };

  test("the fresh page's copy of an article wins, new ones join, and those only later pages carried stay", () => {
    const fresh = feed('The Test Gazette').article({ id: 'new', title: 'New' }).article({ id: 'a', title: 'A, corrected' }).nextPage((p) => p.article({ id: 'b' })).model();
    const merged = mergeRefresh(loadedTwoPages(), fresh);
    expect(ids(merged)).toEqual(['new', 'a', 'b', 'c']);
    expect(merged.articles.find((x) => x.id === 'a')?.title).toBe('A, corrected');
  });

  test('how far paging got stays: the next page is the one after the pages already merged', () => {
    const loaded = loadedTwoPages();
    const fresh = feed('The Test Gazette').article({ id: 'a' }).nextPage((p) => p.article({ id: 'b' })).model();
    expect(fresh.meta.nextUrl).toMatch(/\/feed-2\.json$/);
    expect(mergeRefresh(loaded, fresh).meta.nextUrl).toBe(loaded.meta.nextUrl);
    expect(loaded.meta.nextUrl).toMatch(/\/feed-3\.json$/);
  });

  test("the feed's own details come from the fresh page, and its notes on skipped items replace the old ones", () => {
    const stale = feed('The Test Gazette').article({ id: 'a' }).article({ raw: { id: 'a' } }).model();
    expect(stale.skipped).toHaveLength(1);
    const fresh = feed('The Test Gazette', { description: 'Now with a description' }).article({ id: 'a' }).model();
    const merged = mergeRefresh(stale, fresh);
    expect(merged.meta.description).toBe('Now with a description');
    expect(merged.skipped).toEqual([]);
  });
});
