import { beforeEach, describe, expect, it } from 'vitest';
import { countStoredImages, imageHostsOf, type ImageHosts } from '../../../src/reading/cors-images';
import { createTabState } from '../../../src/shared/tab-state';

// The page's side of images on other origins: CORS mode where the host allows it, no-cors (opaque)
// where it does not, known per host; counts of what is and would be opaque. The browser itself (real
// opaque responses, Chrome's quota padding) is in tests/e2e/cross-origin-images.test.ts.

const PAGE = 'https://reader.example';

/** A response as fetch gives it: `type` and `status` as the browser sets them. */
function response(type: ResponseType, status = type === 'opaque' ? 0 : 200): Response {
  const res = new Response(type === 'opaque' ? null : 'img');
  Object.defineProperties(res, { type: { value: type }, status: { value: status }, ok: { value: status >= 200 && status < 300 } });
  return res;
}

/** A network of image hosts: `cors` hosts send Access-Control-Allow-Origin, `plain` ones do not, `down` ones never answer. */
function network(hosts: { cors?: string[]; plain?: string[]; down?: string[] }) {
  const calls: { url: string; mode: RequestMode | undefined }[] = [];
  const impl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const host = new URL(url).host;
    calls.push({ url, mode: init?.mode });
    if (hosts.down?.includes(host)) throw new TypeError('Failed to fetch');
    if (new URL(url).origin === PAGE) return response('basic');
    if (init?.mode === 'no-cors') return response('opaque');
    if (hosts.cors?.includes(host)) return response('cors');
    throw new TypeError('Failed to fetch'); // a refused CORS request looks like this
  }) as typeof fetch;
  return { deps: { fetch: impl, origin: PAGE }, calls };
}

/** A CacheStorage holding the given caches (URL lists), each entry a response of the given type. */
function cacheStorage(contents: Record<string, Record<string, ResponseType>>) {
  const open = async (name: string) => {
    const entries = (contents[name] ??= {});
    return {
      match: async (url: RequestInfo | URL) => {
        const key = typeof url === 'string' ? url : url instanceof URL ? url.href : url.url;
        const type = entries[key];
        return type ? response(type) : undefined;
      },
      keys: async () => Object.keys(entries).map((u) => new Request(u)),
    } as unknown as Cache;
  };
  return { open, has: async (name: string) => name in contents } as Pick<CacheStorage, 'open' | 'has'>;
}

/** What a new page knows of image hosts: nothing yet. */
let hosts: ImageHosts;
beforeEach(() => {
  hosts = imageHostsOf(createTabState());
});

describe('fetchImageToKeep', () => {
  it('fetches from a host that allows CORS in CORS mode, and keeps doing so', async () => {
    const { deps, calls } = network({ cors: ['cdn.example'] });
    expect((await hosts.fetchToKeep('https://cdn.example/a.jpg', deps))?.type).toBe('cors');
    expect(hosts.allowsCors('https://cdn.example/b.jpg')).toBe(true);
    expect((await hosts.fetchToKeep('https://cdn.example/b.jpg', deps))?.type).toBe('cors');
    expect(calls.map((c) => c.mode)).toEqual(['cors', 'cors']);
  });

  it('falls back to no-cors for a host that refuses CORS, once, and then goes straight to no-cors', async () => {
    const { deps, calls } = network({ plain: ['img.example'] });
    expect((await hosts.fetchToKeep('https://img.example/a.jpg', deps))?.type).toBe('opaque');
    expect(hosts.allowsCors('https://img.example/x.jpg')).toBe(false);
    expect((await hosts.fetchToKeep('https://img.example/b.jpg', deps))?.type).toBe('opaque');
    expect(calls.map((c) => c.mode)).toEqual(['cors', 'no-cors', 'no-cors']);
  });

  it('gives null with no network, and learns nothing about the host', async () => {
    const { deps } = network({ down: ['cdn.example'] });
    expect(await hosts.fetchToKeep('https://cdn.example/a.jpg', deps)).toBeNull();
    expect(hosts.allowsCors('https://cdn.example/a.jpg')).toBeUndefined();
  });

  it('fetches same-origin images as they are, and refuses an HTTP error', async () => {
    const { deps, calls } = network({});
    expect((await hosts.fetchToKeep(`${PAGE}/images/a.jpg`, deps))?.type).toBe('basic');
    expect(calls[0]?.mode).toBeUndefined();
    const notFound = { fetch: (async () => response('cors', 404)) as typeof fetch, origin: PAGE };
    expect(await hosts.fetchToKeep('https://cdn.example/gone.jpg', notFound)).toBeNull();
  });
});

describe('what would be opaque, and what is', () => {
  it('counts the images a save would store opaque: other origins without CORS, not saved yet; one try per unknown host', async () => {
    const { deps, calls } = network({ cors: ['cdn.example'], plain: ['img.example'] });
    const caches = cacheStorage({ 'broadsheet-saved-images': { 'https://img.example/saved.jpg': 'opaque' } });
    const urls = ['https://img.example/1.jpg', 'https://img.example/2.jpg', 'https://img.example/saved.jpg', 'https://cdn.example/1.jpg', 'https://cdn.example/2.jpg', `${PAGE}/a.jpg`, 'https://img.example/1.jpg'];
    const found = await hosts.opaqueToBe(urls, { ...deps, caches });
    expect(found).toEqual({ urls: ['https://img.example/1.jpg', 'https://img.example/2.jpg'], hosts: ['img.example'] });
    // One CORS try per host (img.example also tried no-cors to tell a refusal from no network).
    expect(calls.map((c) => `${new URL(c.url).host} ${c.mode}`).sort()).toEqual(['cdn.example cors', 'img.example cors', 'img.example no-cors']);
  });

  it('counts stored images and the opaque ones in both image caches, without creating a cache', async () => {
    const contents = {
      'broadsheet-images': { 'https://img.example/1.jpg': 'opaque', 'https://cdn.example/1.jpg': 'cors' },
      'broadsheet-saved-images': { 'https://img.example/2.jpg': 'opaque', [`${PAGE}/a.jpg`]: 'basic' },
    } satisfies Record<string, Record<string, ResponseType>>;
    expect(await countStoredImages(cacheStorage(contents))).toEqual({ total: 4, opaque: 2 });
    const empty: Record<string, Record<string, ResponseType>> = {};
    expect(await countStoredImages(cacheStorage(empty))).toEqual({ total: 0, opaque: 0 });
    expect(Object.keys(empty)).toEqual([]);
  });

  it('counts the opaque entries this page saved', () => {
    hosts.noteSaved(response('opaque'));
    hosts.noteSaved(response('cors'));
    hosts.noteSaved(response('opaque'));
    expect(hosts.opaqueSavedCount()).toBe(2);
  });
});
