import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, onTestFinished, test, vi } from 'vitest';
import type { CacheDeps } from '../../../src/reading/saved-images';
import type { SavedArticle } from '../../../src/storage/db';
import { author, makeArticle, resetDb } from '../storage/helpers';
import { freshPage, inTab, type Page } from '../support/fresh-page';
import { savedListOf, useSavedFlag as useFlag } from '../../../src/reading/saved-list';

// The reading list as the page holds it (on fake-indexeddb): the saved flags every card reads, and
// what saving and removing do to the store and to the saved-images cache.

let page: Page;
beforeEach(async () => {
  page = await freshPage(); // the flags are the page's: a new page per test
  await resetDb();
});
afterEach(async () => {
  vi.useRealTimers();
  await resetDb();
});

/** The page's reading list, and its hook rendered in the page. */
const list = () => ({ ...savedListOf(page.tab), renderFlag: (id: string) => renderHook(() => useFlag(id), { wrapper: inTab(page.tab) }) });
const store = () => import('../../../src/storage/saved-store');

/** A Cache API stand-in, a map per cache name, and a network that answers every image. */
function fakeCaches() {
  const stores = new Map<string, Map<string, Response>>();
  const cacheOf = (name: string) => {
    let m = stores.get(name);
    if (!m) stores.set(name, (m = new Map()));
    return m;
  };
  const deps: CacheDeps = {
    caches: {
      open: async (name: string) => {
        const map = cacheOf(name);
        return {
          match: async (url: string) => map.get(url),
          put: async (url: string, res: Response) => void map.set(url, res),
          delete: async (url: string) => map.delete(url),
        } as unknown as Cache;
      },
    },
    fetch: (async () => new Response('img', { status: 200 })) as typeof fetch,
    origin: 'https://example.test',
  };
  const saved = () => [...cacheOf('broadsheet-saved-images').keys()].sort();
  return { deps, saved };
}

const input = (n: number, over: Parameters<typeof makeArticle>[1] = {}) => ({ article: makeArticle(n, over), authors: [author], tags: [{ slug: 'harbour', name: 'Harbour', count: 1 }] });

describe('saveArticle', () => {
  test('stores the article with its authors, tags and every image it shows, and caches those images', async () => {
    const { saveArticle } = list();
    const caches = fakeCaches();
    const entry = await saveArticle(input(1), 'reader', caches.deps);
    const expected = ['https://example.test/avatars/ana.jpg', 'https://example.test/images/hero-1.jpg', 'https://example.test/images/body-1.jpg'].sort();
    expect([...entry.imageUrls].sort()).toEqual(expected);
    expect(caches.saved()).toEqual(expected);
    const stored = await (await store()).getSaved('id-1');
    expect(stored).toMatchObject({ id: 'id-1', imagesCached: true, via: 'reader', authors: [author], tags: [{ slug: 'harbour', name: 'Harbour' }] });
    expect(stored?.article.title).toBe('Article 1');
    expect(stored?.savedAt).toBeTypeOf('number');
  });

  test('without a Cache API the article is saved, marked as not having its images', async () => {
    const { saveArticle } = list();
    const entry = await saveArticle(input(1), 'reader', null);
    expect(entry.imagesCached).toBe(false);
    expect((await (await store()).getSaved('id-1'))?.imagesCached).toBe(false);
  });

  test('saving again keeps when it was first saved, and the newer article', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(1_000);
    const { saveArticle } = list();
    await saveArticle(input(1), 'reader', null);
    vi.setSystemTime(5_000);
    await saveArticle(input(1, { title: 'Article 1, updated' }), 'reader', null);
    const stored = await (await store()).getSaved('id-1');
    expect(stored?.savedAt).toBe(1_000);
    expect(stored?.article.title).toBe('Article 1, updated');
  });

  test.each<['reader' | 'download', 'reader' | 'download', 'reader' | 'download']>([
    ['download', 'download', 'download'],
    ['download', 'reader', 'reader'],
    ['reader', 'download', 'reader'],
    ['reader', 'reader', 'reader'],
  ])('saved by %s, then by %s: kept as %s', async (first, second, expected) => {
    const { saveArticle } = list();
    await saveArticle(input(1), first, null);
    await saveArticle(input(1), second, null);
    expect((await (await store()).getSaved('id-1'))?.via).toBe(expected);
  });

  test('the flag of a saved article turns on for every subscriber, then says its images are kept', async () => {
    const { saveArticle, flags, renderFlag } = list();
    const heard = vi.fn();
    onTestFinished(flags.subscribe(heard));
    const { result } = renderFlag('id-1');
    expect(result.current).toEqual({ saved: false, imagesCached: false });
    await act(() => saveArticle(input(1), 'reader', fakeCaches().deps));
    expect(result.current).toEqual({ saved: true, imagesCached: true });
    expect(heard).toHaveBeenCalled();
  });
});

describe('removeArticle', () => {
  test('takes the article out of the store and the flags, with the images no other saved article shows', async () => {
    const { saveArticle, removeArticle, renderFlag } = list();
    const caches = fakeCaches();
    await saveArticle(input(1), 'reader', caches.deps);
    await saveArticle(input(2), 'reader', caches.deps);
    const { result } = renderFlag('id-1');
    await waitFor(() => expect(result.current.saved).toBe(true));
    await act(() => removeArticle('id-1', caches.deps));
    expect(result.current).toEqual({ saved: false, imagesCached: false });
    expect((await (await store()).listSaved()).map((e) => e.id)).toEqual(['id-2']);
    // The avatar is on article 2 too: it stays. Article 1's own images go.
    expect(caches.saved()).toEqual(['https://example.test/avatars/ana.jpg', 'https://example.test/images/body-2.jpg', 'https://example.test/images/hero-2.jpg']);
  });

  test('an id that is not saved changes nothing', async () => {
    const { saveArticle, removeArticle } = list();
    const caches = fakeCaches();
    await saveArticle(input(1), 'reader', caches.deps);
    await removeArticle('id-9', caches.deps);
    expect((await (await store()).listSaved()).map((e) => e.id)).toEqual(['id-1']);
    expect(caches.saved()).toHaveLength(3);
  });
});

describe('load', () => {
  test('reads the stored list once into the flags, and again when forced', async () => {
    const { putSaved } = await store();
    const entry = (id: string, imagesCached: boolean): SavedArticle => ({ id, article: makeArticle(Number(id.slice(3)), { id }), authors: [author], savedAt: 1, imageUrls: [], imagesCached });
    await putSaved(entry('id-1', true));
    const { load, renderFlag } = list();
    const first = renderFlag('id-1');
    await waitFor(() => expect(first.result.current).toEqual({ saved: true, imagesCached: true }));
    await putSaved(entry('id-2', false));
    await load(); // once: the list already read stands
    const second = renderFlag('id-2');
    expect(second.result.current.saved).toBe(false);
    await act(() => load(true));
    expect(second.result.current).toEqual({ saved: true, imagesCached: false });
  });

  test('no storage: nothing is saved, and nothing throws', async () => {
    vi.stubGlobal('indexedDB', undefined);
    try {
      const { load, renderFlag } = list();
      await load(true);
      expect(renderFlag('id-1').result.current).toEqual({ saved: false, imagesCached: false });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
