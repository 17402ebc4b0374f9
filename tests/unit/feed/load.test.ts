import { describe, expect, it } from 'vitest';
import { FeedError, isFeedError } from '../../../src/feed/errors';
import { fetchFeedPage, fetchNextPage, mergeFeedModels } from '../../../src/feed/load';
import { feedObject, model } from './helpers';

const URL1 = 'https://news.example.com/feed.json';

type Handler = (url: string, init: RequestInit | undefined) => Response | Promise<Response>;

/** A fetch stub (the network boundary): records requests and answers from `handler`. */
function stubFetch(handler: Handler) {
  const calls: { url: string; headers: Headers }[] = [];
  const impl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push({ url, headers: new Headers(init?.headers) });
    return handler(url, init);
  }) as typeof fetch;
  return { impl, calls };
}

function jsonResponse(body: unknown, init: ResponseInit = {}, url?: string): Response {
  const res = new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status: 200,
    headers: { 'Content-Type': 'application/feed+json' },
    ...init,
  });
  if (url) Object.defineProperty(res, 'url', { value: url });
  return res;
}

async function errorOf(p: Promise<unknown>): Promise<FeedError> {
  try {
    await p;
  } catch (e) {
    if (isFeedError(e)) return e;
    throw e;
  }
  throw new Error('expected a FeedError');
}

describe('fetchFeedPage', () => {
  it('fetches, parses and normalizes, resolving against the response URL after redirects', async () => {
    const { impl } = stubFetch(() =>
      jsonResponse(feedObject([{ id: 1, content_text: 'x', image: 'img/a.jpg' }]), { headers: { ETag: '"v1"', 'Last-Modified': 'Mon, 01 Jan 2024 00:00:00 GMT' } }, 'https://cdn.example.com/feeds/final.json'),
    );
    const page = await fetchFeedPage(URL1, { fetchImpl: impl });
    expect(page.notModified).toBeUndefined();
    expect(page.etag).toBe('"v1"');
    expect(page.lastModified).toBe('Mon, 01 Jan 2024 00:00:00 GMT');
    expect(page.model.articles[0]?.image?.src).toBe('https://cdn.example.com/feeds/img/a.jpg');
  });

  it('does not report stale validators when the new response has none', async () => {
    const { impl } = stubFetch(() => jsonResponse(feedObject([])));
    const page = await fetchFeedPage(URL1, { fetchImpl: impl, etag: '"old"' });
    expect(page.etag).toBeUndefined();
    expect(page.notModified).toBeUndefined();
  });

  it('uses the requested URL when the response has none', async () => {
    const { impl } = stubFetch(() => jsonResponse(feedObject([{ id: 1, content_text: 'x', image: 'a.jpg' }])));
    const page = await fetchFeedPage('https://news.example.com/f/feed.json', { fetchImpl: impl });
    expect(page.model.articles[0]?.image?.src).toBe('https://news.example.com/f/a.jpg');
  });

  it('sends a conditional GET and reports 304 as notModified with the cached model', async () => {
    const cached = model([{ id: 'c', content_text: 'x' }]);
    const { impl, calls } = stubFetch(() => new Response(null, { status: 304 }));
    // On the page's origin: to another origin validators are not sent (tests/unit/feed/load-cors.test.ts).
    const page = await fetchFeedPage(new URL('/feed.json', window.location.href).href, { fetchImpl: impl, etag: '"v1"', lastModified: 'Mon, 01 Jan 2024 00:00:00 GMT', cached });
    expect(calls[0]?.headers.get('If-None-Match')).toBe('"v1"');
    expect(calls[0]?.headers.get('If-Modified-Since')).toBe('Mon, 01 Jan 2024 00:00:00 GMT');
    expect(page.notModified).toBe(true);
    expect(page.model).toBe(cached);
    expect(page.etag).toBe('"v1"');
  });

  it.each([
    [404, 'Not Found', 'The feed server answered 404 Not Found'],
    [500, '', 'The feed server answered 500 Internal Server Error'],
    [503, 'Down for maintenance', 'The feed server answered 503 Down for maintenance'],
  ])('HTTP %i -> http error', async (status, statusText, message) => {
    const { impl } = stubFetch(() => new Response('nope', { status, statusText }));
    const e = await errorOf(fetchFeedPage(URL1, { fetchImpl: impl }));
    expect(e.kind).toBe('http');
    expect(e.status).toBe(status);
    expect(e.message).toBe(message);
  });

  it('network failure -> network error', async () => {
    const { impl } = stubFetch(() => {
      throw new TypeError('Failed to fetch');
    });
    const e = await errorOf(fetchFeedPage(URL1, { fetchImpl: impl }));
    expect(e.kind).toBe('network');
    expect(e.message).toMatch(/could not be downloaded.*Failed to fetch/);
  });

  it('a server that does not answer in time -> timeout error', async () => {
    const { impl } = stubFetch(
      (_url, init) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason as Error));
        }),
    );
    const e = await errorOf(fetchFeedPage(URL1, { fetchImpl: impl, timeoutMs: 30 }));
    expect(e.kind).toBe('timeout');
    expect(e.message).toMatch(/did not answer within 0.03 seconds/);
  });

  it('a body that stalls mid-download -> timeout error', async () => {
    const { impl } = stubFetch((_url, init) => {
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"version": '));
          init?.signal?.addEventListener('abort', () => controller.error(init.signal?.reason));
        },
      });
      return new Response(stream, { headers: { 'Content-Type': 'application/json' } });
    });
    const e = await errorOf(fetchFeedPage(URL1, { fetchImpl: impl, timeoutMs: 30 }));
    expect(e.kind).toBe('timeout');
  });

  it('rethrows the caller abort reason rather than a FeedError', async () => {
    const { impl } = stubFetch(
      (_url, init) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason as Error));
        }),
    );
    const controller = new AbortController();
    const p = fetchFeedPage(URL1, { fetchImpl: impl, signal: controller.signal });
    controller.abort(new DOMException('stop', 'AbortError'));
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('a declared Content-Length over the limit -> too-large without reading', async () => {
    let pulled = 0;
    const { impl } = stubFetch(() => {
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          pulled++;
          controller.enqueue(new Uint8Array(1024));
        },
      });
      return new Response(stream, { headers: { 'Content-Length': String(60 * 1024 * 1024), 'Content-Type': 'application/json' } });
    });
    const e = await errorOf(fetchFeedPage(URL1, { fetchImpl: impl }));
    expect(e.kind).toBe('too-large');
    expect(e.message).toMatch(/too large.*50 MB/);
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it('a streamed body over the limit -> too-large, stopping once past the limit', async () => {
    let sent = 0;
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    const { impl } = stubFetch(() => {
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          sent += chunk.byteLength;
          controller.enqueue(chunk);
        },
      });
      return new Response(stream, { headers: { 'Content-Type': 'application/json' } });
    });
    const maxBytes = 1024 * 1024;
    const e = await errorOf(fetchFeedPage(URL1, { fetchImpl: impl, maxBytes }));
    expect(e.kind).toBe('too-large');
    expect(e.message).toMatch(/over 1 MB/);
    expect(sent).toBeLessThan(maxBytes + 4 * chunk.byteLength);
  });

  it.each([
    ['content-type text/html', { 'Content-Type': 'text/html; charset=utf-8' }, '{"looks": "like json"}'],
    ['a body starting with <', { 'Content-Type': 'application/json' }, '\n  <!DOCTYPE html><html><body>App shell</body></html>'],
  ])('an HTML page (%s) -> not-a-feed', async (_name, headers, body) => {
    const { impl } = stubFetch(() => new Response(body, { headers }));
    const e = await errorOf(fetchFeedPage(URL1, { fetchImpl: impl }));
    expect(e.kind).toBe('not-a-feed');
    expect(e.message).toMatch(/server sent an HTML page instead of the feed/);
  });

  it('passes parse errors through: truncated download', async () => {
    const full = JSON.stringify(feedObject([{ id: 1, content_text: 'x'.repeat(1000) }]));
    const { impl } = stubFetch(() => jsonResponse(full.slice(0, 500)));
    const e = await errorOf(fetchFeedPage(URL1, { fetchImpl: impl }));
    expect(e.kind).toBe('truncated');
  });
});

describe('pagination', () => {
  const page = (n: number, next: string | undefined, ids: string[]) =>
    feedObject(
      ids.map((id, i) => ({ id, title: `Story ${id}`, content_text: 'x', date_published: new Date(Date.UTC(2024, 0, 30 - n * 5 - i)).toISOString() })),
      next ? { next_url: next } : {},
    );

  it('follows next_url and merges pages', async () => {
    const { impl } = stubFetch((url) => {
      if (url === URL1) return jsonResponse(page(0, 'page2.json', ['a', 'b']));
      if (url === 'https://news.example.com/page2.json') return jsonResponse(page(1, undefined, ['c', 'b']));
      return new Response('', { status: 404 });
    });
    const visited = new Set([URL1]);
    const first = (await fetchFeedPage(URL1, { fetchImpl: impl })).model;
    expect(first.articles.map((a) => a.id)).toEqual(['a', 'b']);
    expect(first.meta.nextUrl).toBe('https://news.example.com/page2.json');
    const merged = await fetchNextPage(first, visited, { fetchImpl: impl });
    if (!merged) throw new Error('expected a merged model');
    expect(merged.articles.map((a) => a.id)).toEqual(['a', 'b', 'c']);
    expect(merged.meta.nextUrl).toBeUndefined();
    // 'b' moved down to page 2 between fetches: not a fault, so not reported as skipped.
    expect(merged.skipped).toEqual([]);
    expect(merged.articles.filter((a) => a.id === 'b')).toHaveLength(1);
    expect(await fetchNextPage(merged, visited, { fetchImpl: impl })).toBeNull();
  });

  it('stops a next_url loop with a loop error', async () => {
    const { impl } = stubFetch((url) => {
      if (url === URL1) return jsonResponse(page(0, 'page2.json', ['a']));
      return jsonResponse(page(1, URL1, ['b']));
    });
    const first = (await fetchFeedPage(URL1, { fetchImpl: impl })).model;
    const visited = new Set([URL1]);
    const second = await fetchNextPage(first, visited, { fetchImpl: impl });
    expect(second?.articles.map((a) => a.id)).toEqual(['a', 'b']);
    expect(second?.meta.nextUrl).toBe(URL1);
    const e = await errorOf(fetchNextPage(second ?? first, visited, { fetchImpl: impl }));
    expect(e.kind).toBe('loop');
    expect(e.message).toMatch(/points back to a page already loaded/);
  });

  it('a page whose next_url is itself is a loop', async () => {
    const { impl } = stubFetch(() => jsonResponse(page(0, URL1, ['a'])));
    const first = (await fetchFeedPage(URL1, { fetchImpl: impl })).model;
    expect(first.meta.nextUrl).toBe(URL1);
    const e = await errorOf(fetchNextPage(first, new Set([URL1]), { fetchImpl: impl }));
    expect(e.kind).toBe('loop');
  });

  it('resolves with null when there is no next page', async () => {
    expect(await fetchNextPage(model([]), new Set())).toBeNull();
  });
});

describe('mergeFeedModels', () => {
  it('never changes slugs of base articles and keeps all slugs unique', () => {
    const base = model([{ id: 'a', url: 'https://x.example/news/update', content_text: 'x', date_published: '2024-02-01T00:00:00Z' }]);
    const next = model([{ id: 'b', url: 'https://x.example/old/update', content_text: 'x', date_published: '2024-01-01T00:00:00Z' }]);
    // On its own page, b owns the bare slug (and is older), but in the merge a keeps it.
    expect(next.articles[0]?.slug).toBe('update');
    const merged = mergeFeedModels(base, next);
    expect(merged.articles.find((x) => x.id === 'a')?.slug).toBe('update');
    const b = merged.articles.find((x) => x.id === 'b');
    expect(b?.slug).toMatch(/^update-[0-9a-z]{6}$/);
    expect(new Set(merged.articles.flatMap((x) => [x.slug, ...x.aliases])).size).toBe(3);
  });

  it('merges authors by profile id and name, recounts tags, takes the next nextUrl', () => {
    const profiles = { _broadsheet: { authors: [{ id: 'ana', name: 'Ana Ruiz' }] } };
    const base = model([{ id: 'a', content_text: 'x', tags: ['Trade'], authors: [{ name: 'Ana Ruiz' }] }], { ...profiles, next_url: 'p2.json' });
    const next = model(
      [
        { id: 'b', content_text: 'x', tags: ['trade', 'Ports'], _broadsheet: { author_ids: ['ana'] } },
        { id: 'c', content_text: 'x', tags: ['Ports'], authors: [{ name: 'ana ruiz', avatar: 'https://x.example/ana.png' }] },
        { id: 'd', content_text: 'x', authors: [{ name: 'Ana-Ruiz' }] },
      ],
      { ...profiles, next_url: 'p3.json' },
    );
    const merged = mergeFeedModels(base, next);
    expect(merged.authors.map((a) => a.slug)).toEqual(['ana', 'ana-ruiz']);
    expect(merged.authors[0]?.avatar).toBe('https://x.example/ana.png');
    expect(merged.articles.find((a) => a.id === 'b')?.authorSlugs).toEqual(['ana']);
    expect(merged.articles.find((a) => a.id === 'c')?.authorSlugs).toEqual(['ana']);
    expect(merged.articles.find((a) => a.id === 'd')?.authorSlugs).toEqual(['ana-ruiz']);
    expect(merged.tags).toEqual([
      { slug: 'ports', name: 'Ports', count: 2 },
      { slug: 'trade', name: 'Trade', count: 2 },
    ]);
    expect(merged.meta.nextUrl).toBe('https://news.example.com/feeds/p3.json');
    expect(base.articles).toHaveLength(1);
  });
});

describe('errors', () => {
  it('isFeedError recognises FeedErrors and structured clones of them', () => {
    const e = new FeedError('http', 'The feed server answered 404 Not Found', { status: 404 });
    expect(isFeedError(e)).toBe(true);
    expect(isFeedError({ name: 'FeedError', kind: 'http', message: 'x' })).toBe(true);
    expect(isFeedError(new Error('x'))).toBe(false);
    expect(e.status).toBe(404);
  });
});
