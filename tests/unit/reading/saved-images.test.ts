import { describe, expect, test } from 'vitest';
import { imageHostsOf } from '../../../src/reading/cors-images';
import { cacheSavedImages, type CacheDeps } from '../../../src/reading/saved-images';
import { createTabState } from '../../../src/shared/tab-state';

/** A new page's knowledge of image hosts (none yet). */
const newHosts = () => imageHostsOf(createTabState());

// The Cache API turns every URL into a Request, and the Request constructor refuses a URL with
// credentials (TypeError), as Chromium's Cache.match and fetch do. One such URL must cost its own
// image only, never the whole save.

function requestKeyedCaches() {
  const stores = new Map<string, Map<string, Response>>();
  const open = async (name: string) => {
    let m = stores.get(name);
    if (!m) stores.set(name, (m = new Map()));
    const map = m;
    const key = (url: string) => new Request(url).url; // throws as the real Cache API does
    return {
      match: async (url: string) => map.get(key(url)),
      put: async (url: string, res: Response) => void map.set(key(url), res),
      delete: async (url: string) => map.delete(key(url)),
    } as unknown as Cache;
  };
  const deps: CacheDeps = {
    caches: { open },
    fetch: (async (input: RequestInfo | URL) => {
      void new Request(input); // fetch refuses the same URLs
      return new Response('img', { status: 200 });
    }) as typeof fetch,
    origin: 'https://example.test',
  };
  return { deps, stores };
}

describe('cacheSavedImages', () => {
  test('the stand-in refuses a URL with credentials, as the real Cache API does', () => {
    expect(() => new Request('https://user:pass@example.test/a.jpg')).toThrow(TypeError);
  });

  test('a URL the Cache API refuses is skipped; the other images are cached and nothing throws', async () => {
    const { deps, stores } = requestKeyedCaches();
    const all = await cacheSavedImages(['https://user:pass@example.test/a.jpg', 'https://example.test/b.jpg'], newHosts(), deps);
    expect(all).toBe(false);
    expect([...(stores.get('broadsheet-saved-images')?.keys() ?? [])]).toEqual(['https://example.test/b.jpg']);
  });

  test('every image cached resolves true', async () => {
    const { deps } = requestKeyedCaches();
    expect(await cacheSavedImages(['https://example.test/b.jpg', 'https://cdn.example/c.jpg'], newHosts(), deps)).toBe(true);
  });
});
