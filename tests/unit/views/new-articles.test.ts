import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { newArticles } from '../../../src/routes/home/new-articles';
import type { FeedSession } from '../../../src/session/feed-session';
import { resetDb } from '../storage/helpers';
import { feed, serveFeed } from '../support/feed-builder';
import { freshPage } from '../support/fresh-page';
import { settleFeedWrites } from '../support/settle';

// "N new articles": what a refresh brought that is ahead of what the reader sees, and when the
// session asks the network again while the app is open.

/** A feed of these ids, newest first, with their titles as written (or `id` as the title). */
const withIds = (ids: string[], titles: Record<string, string> = {}) => {
  const f = feed();
  for (const id of ids) f.article({ id, title: titles[id] ?? `Story ${id}` });
  return f.model();
};
const idsOf = (articles: { id: string }[]) => articles.map((a) => a.id);

describe('newArticles', () => {
  test('the articles ahead of the first one on screen, newest first, as the fresh copy has them', () => {
    const fresh = withIds(['n1', 'n2', 'a', 'b'], { n1: 'Newest of all' });
    const found = newArticles(withIds(['a', 'b']), fresh);
    expect(idsOf(found)).toEqual(['n1', 'n2']);
    expect(found[0]).toBe(fresh.articles[0]); // the fresh article itself, to show as it is
  });

  test('nothing new when the fresh copy starts with what is on screen, even if its titles changed', () => {
    expect(newArticles(withIds(['a', 'b']), withIds(['a', 'b'], { a: 'A, corrected' }))).toEqual([]);
  });

  test('the first article on screen gone from the fresh copy: the next one it still has marks the line', () => {
    expect(idsOf(newArticles(withIds(['gone', 'a', 'b']), withIds(['n1', 'a', 'b'])))).toEqual(['n1']);
  });

  test('nothing on screen in the fresh copy at all: everything in it is new', () => {
    expect(idsOf(newArticles(withIds(['old-1', 'old-2']), withIds(['n1', 'n2'])))).toEqual(['n1', 'n2']);
  });

  test('an older article a short list left out is not news, nor is one below the line', () => {
    expect(idsOf(newArticles(withIds(['b', 'd']), withIds(['a', 'b', 'c', 'd', 'e'])))).toEqual(['a']);
  });

  test('undated feeds: the order the feed gives, not dates, decides', () => {
    const undated = (ids: string[]) => {
      const f = feed();
      for (const id of ids) f.article({ id, date: null });
      return f.model();
    };
    expect(idsOf(newArticles(undated(['x', 'y']), undated(['w', 'x', 'y'])))).toEqual(['w']);
  });
});

describe('useFeedRefresh', () => {
  let session: FeedSession;
  beforeEach(async () => {
    session = (await freshPage()).session; // a fresh session per test
    await resetDb();
  });
  const spies: { mockRestore(): void }[] = [];
  afterEach(async () => {
    vi.useRealTimers();
    for (const spy of spies.splice(0)) spy.mockRestore();
    await settleFeedWrites();
    vi.unstubAllGlobals();
    await resetDb();
  });

  /** The hook mounted on a fresh session, with a network that counts requests for the feed. */
  async function mounted() {
    const net = serveFeed(feed().article({ id: 'a' }).bodies());
    vi.stubGlobal('fetch', net.fetch);
    const { useFeedRefresh, REFRESH_EVERY_MS } = await import('../../../src/routes/home/new-articles');
    const hook = renderHook(() => useFeedRefresh(session));
    // A refresh asked for while one is under way joins it: wait for the first to end before the next.
    const refreshed = () => vi.waitFor(() => expect(session.feedSource.get().refreshing).toBe(false));
    return { net, hook, REFRESH_EVERY_MS, refreshed };
  }

  test('the window getting focus asks the network again; offline it does not', async () => {
    const { net, refreshed } = await mounted();
    window.dispatchEvent(new Event('focus'));
    await vi.waitFor(() => expect(net.requests).toEqual(['/feed.json']));
    await refreshed();
    spies.push(vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false));
    window.dispatchEvent(new Event('focus'));
    await Promise.resolve();
    expect(net.requests).toEqual(['/feed.json']);
  });

  test('the page becoming visible asks again; becoming hidden does not', async () => {
    const { net } = await mounted();
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    spies.push(visibility);
    document.dispatchEvent(new Event('visibilitychange'));
    await Promise.resolve();
    expect(net.requests).toEqual([]);
    visibility.mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.waitFor(() => expect(net.requests).toEqual(['/feed.json']));
  });

  test('every five minutes while mounted, and never after unmounting', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { net, hook, REFRESH_EVERY_MS, refreshed } = await mounted();
    expect(REFRESH_EVERY_MS).toBe(5 * 60 * 1000);
    vi.advanceTimersByTime(REFRESH_EVERY_MS - 1);
    expect(net.requests).toEqual([]);
    vi.advanceTimersByTime(1);
    await vi.waitFor(() => expect(net.requests).toEqual(['/feed.json']));
    await refreshed();
    hook.unmount();
    vi.advanceTimersByTime(REFRESH_EVERY_MS * 2);
    window.dispatchEvent(new Event('focus'));
    await Promise.resolve();
    expect(net.requests).toEqual(['/feed.json']);
  });
});
