import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, onTestFinished, test, vi } from 'vitest';
import * as session from '../../../src/session/feed-session';
import { createFeedSession } from '../../../src/session/feed-session';
import { feedUrl } from '../../../src/shared/env';
import { findInFeed } from '../../../src/session/find-in-feed';
import { newArticles } from '../../../src/routes/home/new-articles';
import { loadStoredFeed } from '../../../src/storage/feed-store';
import { freshDeviceEachTest, freshPage } from '../support/fresh-page';

// The session reads the device's copy first and asks the network in the background (on fake-indexeddb).

const feedText = () => readFile(join(process.cwd(), 'public', 'feed.json'), 'utf8');
const FEED_HEADERS = { 'content-type': 'application/feed+json' };

freshDeviceEachTest();

/** The session of a new tab: nothing in memory, the device as it is. */
const freshStore = async () => (await freshPage()).session;

/** Visits once online so the device keeps the feed; the next freshStore() is a new tab. */
async function visitOnce(body: string) {
  vi.stubGlobal('fetch', async () => new Response(body, { headers: FEED_HEADERS }));
  const first = await freshStore();
  const model = await first.getFeed();
  await vi.waitFor(async () => expect((await loadStoredFeed())?.model.articles.length).toBe(model.articles.length), { timeout: 10_000 });
  await freshPage();
  return model;
}

/** A fetch that accepts the request and never answers (lie-fi); `answer` lets it go on with a body. */
function hangingFetch() {
  let release: (body: string) => void = () => undefined;
  const answered = new Promise<string>((resolve) => (release = resolve));
  let calls = 0;
  const fetch = async (_input: unknown, init?: RequestInit) => {
    calls++;
    const body = await Promise.race([
      answered,
      new Promise<never>((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason))),
    ]);
    return new Response(body, { headers: FEED_HEADERS });
  };
  return { fetch, answer: (body: string) => release(body), calls: () => calls };
}

/** A returning reader's new tab on lie-fi: the device keeps the feed, the network never answers; `replaced` counts the views' reloads. */
async function returningTabOnLieFi() {
  const model = await visitOnce(await feedText());
  const net = hangingFetch();
  vi.stubGlobal('fetch', net.fetch);
  const store = await freshStore();
  const replaced = vi.fn();
  onTestFinished(store.subscribeReplaced(replaced));
  return { model, net, store, replaced };
}

describe('device first', () => {
  test('a stored copy is answered at once while the network never answers; the status says it is a copy being refreshed', async () => {
    const model = await visitOnce(await feedText());
    const net = hangingFetch();
    vi.stubGlobal('fetch', net.fetch);
    const store = await freshStore();
    const copy = await store.getFeed(); // would hang until the 8 s time-out if it waited on the network
    expect(copy.articles.map((a) => a.id)).toEqual(model.articles.map((a) => a.id));
    expect(store.feedSource.get()).toMatchObject({ fromCopy: true, refreshing: true });
    await vi.waitFor(() => expect(net.calls()).toBe(1)); // the refresh behind it (its code loads first)
  });

  test('the network copy merges in behind the views: new articles join, the source becomes the network', async () => {
    const text = await feedText();
    await visitOnce(text);
    const raw = JSON.parse(text) as { items: Record<string, unknown>[] };
    const added = { id: 'fresh-1', url: 'https://example.test/fresh-1', title: 'Fresh', content_html: '<p>New</p>', date_published: '2099-01-01T00:00:00Z' };
    const net = hangingFetch();
    vi.stubGlobal('fetch', net.fetch);
    const store = await freshStore();
    const shown = await store.getFeed();
    net.answer(JSON.stringify({ ...raw, items: [added, ...raw.items] }));
    await vi.waitFor(() => expect(store.feedSource.get().fromCopy).toBe(false), { timeout: 10_000 });
    const live = store.peekFeed();
    expect(live?.articles[0]?.id).toBe('fresh-1');
    expect(newArticles(shown, live!).map((a) => a.id)).toEqual(['fresh-1']);
    // What the view holds is the object it was given: nothing rewrote it.
    expect(shown.articles[0]?.id).not.toBe('fresh-1');
  });

  test('another publication at the feed URL replaces the copy and tells the views to load again', async () => {
    await visitOnce(await feedText());
    const other = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'The Upland Courier',
      home_page_url: 'https://upland.example/',
      feed_url: 'https://upland.example/feed.json',
      items: [{ id: 'u1', url: 'https://upland.example/a', title: 'Hill farms', content_text: 'Milk.' }],
    };
    const net = hangingFetch();
    vi.stubGlobal('fetch', net.fetch);
    const store = await freshStore();
    const replaced = vi.fn();
    const unsubscribe = store.subscribeReplaced(replaced);
    onTestFinished(unsubscribe);
    const copy = await store.getFeed();
    expect(copy.meta.title).toBe('The Harbour Ledger');
    net.answer(JSON.stringify(other));
    await vi.waitFor(() => expect(replaced).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    expect(store.peekFeed()?.meta.title).toBe('The Upland Courier');
    expect(store.peekFeed()?.articles.map((a) => a.id)).toEqual(['u1']);
  });

  test('a device copy of another publication than the page was built from wins at once, and the views load again', async () => {
    const { model, net, store, replaced } = await returningTabOnLieFi();
    // The page was built from another paper whose newest article is older than the copy's.
    store.startBehindPage({ title: 'Another Paper', version: 'https://jsonfeed.org/version/1.1', expired: false, homePageUrl: 'https://another.example/' }, '2001-01-01T00:00:00Z');
    const shown = await store.getFeed(); // would wait on the network that never answers
    expect(shown.meta.title).toBe(model.meta.title);
    expect(store.feedSource.get()).toMatchObject({ fromCopy: true, refreshing: true });
    expect(replaced).toHaveBeenCalledTimes(1);
    // The network, once it answers with the same paper, merges in without another replacement.
    net.answer(await feedText());
    await vi.waitFor(() => expect(store.feedSource.get().fromCopy).toBe(false), { timeout: 10_000 });
    expect(replaced).toHaveBeenCalledTimes(1);
  });

  test('a page built from the same publication is not redrawn by the device copy', async () => {
    const model = await visitOnce(await feedText());
    vi.stubGlobal('fetch', hangingFetch().fetch);
    const store = await freshStore();
    const replaced = vi.fn();
    onTestFinished(store.subscribeReplaced(replaced));
    store.startBehindPage(model.meta, '2099-01-01T00:00:00Z');
    await store.getFeed();
    expect(replaced).not.toHaveBeenCalled();
  });

  test('a build of another publication newer than every article of the device copy: the copy is dropped, the network decides', async () => {
    await visitOnce(await feedText());
    const text = await feedText();
    vi.stubGlobal('fetch', async () => new Response(text, { headers: FEED_HEADERS }));
    const store = await freshStore();
    store.startBehindPage({ title: 'Another Paper', version: 'https://jsonfeed.org/version/1.1', expired: false, homePageUrl: 'https://another.example/' }, '2999-01-01T00:00:00Z');
    const model = await store.getFeed();
    expect(model.meta.title).toBe('The Harbour Ledger');
    expect(store.feedSource.get().fromCopy).toBe(false); // from the network, not the device
  });

  test('behind a page, with `after`: neither the device nor the network is asked before it settles, and the page\'s feed is known then', async () => {
    const { model, net, store, replaced } = await returningTabOnLieFi();
    let live = () => {};
    const wentLive = new Promise<void>((resolve) => (live = resolve));
    const shownMeta = { title: 'Another Paper', version: 'https://jsonfeed.org/version/1.1', expired: false, homePageUrl: 'https://another.example/' };
    store.startBehindPage(shownMeta, '2001-01-01T00:00:00Z', wentLive);
    // A second tab's session started behind the same page without waiting: once it has read the device
    // and asked the network, the first would have too, had it not waited.
    const other = createFeedSession({ feedUrl: feedUrl() });
    onTestFinished(() => other.close());
    other.startBehindPage(shownMeta, '2001-01-01T00:00:00Z');
    await vi.waitFor(() => expect(net.calls()).toBe(1));
    expect(other.peekFeed()?.meta.title).toBe(model.meta.title);
    expect(store.peekFeed()).toBeNull();
    expect(replaced).not.toHaveBeenCalled();
    live();
    await vi.waitFor(() => expect(store.peekFeed()?.meta.title).toBe(model.meta.title));
    expect(replaced).toHaveBeenCalledTimes(1); // weighed against the page's publication
    await vi.waitFor(() => expect(net.calls()).toBe(2));
  });

  test('newestArticleTime takes the latest of published and modified dates, ignoring undated articles', () => {
    const at = (datePublished?: string, dateModified?: string) => ({ datePublished, dateModified });
    const model = (articles: ReturnType<typeof at>[]) => ({ articles }) as unknown as Parameters<typeof session.newestArticleTime>[0];
    expect(session.newestArticleTime(model([at('2020-01-01T00:00:00Z', '2021-05-01T00:00:00Z'), at('2021-01-01T00:00:00Z'), at()]))).toBe(Date.parse('2021-05-01T00:00:00Z'));
    expect(session.newestArticleTime(model([at(), at()]))).toBeUndefined();
  });

  test('views that cover the whole feed answer from the device copy without walking pages on the network', async () => {
    const text = await feedText();
    const page1 = await visitOnce(text);
    expect(page1.meta.nextUrl).toBeTruthy(); // the sample feed has a second page
    const net = hangingFetch();
    vi.stubGlobal('fetch', net.fetch);
    const store = await freshStore();
    const whole = await store.loadWholeFeed();
    expect(whole.articles.length).toBe(page1.articles.length);
  });
});

describe('a deep link to something newer than the device copy', () => {
  test('an article published since the copy was kept is looked for on the network before "not found"', async () => {
    const text = await feedText();
    await visitOnce(text);
    const raw = JSON.parse(text) as { items: Record<string, unknown>[] };
    const added = { id: 'newer-1', url: 'https://example.test/articles/newer-story', title: 'Newer', content_html: '<p>New</p>', date_published: '2099-01-01T00:00:00Z' };
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ ...raw, items: [added, ...raw.items] }), { headers: FEED_HEADERS }));
    const { found } = await findInFeed(await freshStore(), (ix) => ix.articleBySlug.get('newer-story'));
    expect(found?.id).toBe('newer-1');
  });

  test('with no network the lookup ends (the feed error, for the view to show) instead of waiting', async () => {
    await visitOnce(await feedText());
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(findInFeed(await freshStore(), (ix) => ix.articleBySlug.get('no-such-story'))).rejects.toMatchObject({ kind: 'network' });
  });
});

describe('isOtherPublication and newArticles', () => {
  const meta = (title: string, feedUrl?: string, homePageUrl?: string) => ({ title, version: '1.1', expired: false, feedUrl, homePageUrl });
  test.each([
    ['same title and address', meta('A', 'https://a/feed'), meta('A', 'https://a/feed'), false],
    ['renamed at the same address', meta('A', 'https://a/feed', 'https://a/'), meta('B', 'https://a/feed', 'https://a/'), false],
    ['moved address under the same title', meta('A', 'https://a/feed'), meta('A', 'https://b/feed'), false],
    ['another title and another address', meta('A', 'https://a/feed'), meta('B', 'https://b/feed'), true],
    ['another title, one address missing', meta('A', 'https://a/feed'), meta('B'), true],
    ['another title, no address on either side', meta('A'), meta('B'), true],
    ['the same title but for spaces around it, at another address', meta(' A ', 'https://a/feed'), meta('A', 'https://b/feed'), false],
    ['another title, the same feed URL but another home page', meta('A', 'https://a/feed', 'https://a/'), meta('B', 'https://a/feed', 'https://b/'), true],
    ['another title, the same home page, the feed URL given by one side only', meta('A', 'https://a/feed', 'https://a/'), meta('B', undefined, 'https://a/'), true],
    ['another title, the same home page, no feed URL on either side', meta('A', undefined, 'https://a/'), meta('B', undefined, 'https://a/'), false],
  ])('%s', async (_name, a, b, expected) => {
    expect(session.isOtherPublication(a, b)).toBe(expected);
  });

  test('only articles ahead of the first one on screen are new (not older ones a short list left out)', async () => {
    const model = (ids: string[]) => ({ meta: meta('A'), articles: ids.map((id) => ({ id })), authors: [], tags: [], skipped: [] }) as unknown as Parameters<typeof newArticles>[0];
    expect(newArticles(model(['c', 'd']), model(['a', 'b', 'c', 'd', 'e', 'f'])).map((a) => a.id)).toEqual(['a', 'b']);
    expect(newArticles(model(['c', 'd']), model(['c', 'd', 'e'])).map((a) => a.id)).toEqual([]);
    expect(newArticles(model([]), model(['a'])).map((a) => a.id)).toEqual([]);
  });
});
