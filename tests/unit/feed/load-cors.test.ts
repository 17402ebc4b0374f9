import { afterEach, describe, expect, it, vi } from 'vitest';
import { isFeedError, type FeedError } from '../../../src/feed/errors';
import { FEED_ACCEPT, fetchFeedPage } from '../../../src/feed/load';

// A feed on another origin whose server sends no Access-Control-Allow-Origin: the browser rejects the
// fetch with the same TypeError as a lost connection, so the message names CORS as the likely cause
// only when the feed is on another origin and the device is online.

const refused = (async () => {
  throw new TypeError('Failed to fetch');
}) as typeof fetch;

async function errorOf(url: string): Promise<FeedError> {
  try {
    await fetchFeedPage(url, { fetchImpl: refused });
  } catch (e) {
    if (isFeedError(e)) return e;
    throw e;
  }
  throw new Error('expected a FeedError');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a feed request that gets no answer', () => {
  it('on another origin, online: names CORS, the feed host and this reader origin', async () => {
    const e = await errorOf('https://cms.example.net/feed.json');
    expect(e.kind).toBe('network');
    expect(e.message).toMatch(/could not be downloaded/);
    expect(e.message).toMatch(/likely cause is CORS/);
    expect(e.message).toContain('cms.example.net');
    expect(e.message).toContain(`Access-Control-Allow-Origin for this reader (${window.location.origin})`);
  });

  it('on this origin: no CORS in the message', async () => {
    expect((await errorOf(`${window.location.origin}/feed.json`)).message).not.toMatch(/CORS/);
    expect((await errorOf('/feed.json')).message).not.toMatch(/CORS/);
  });

  it('offline: no CORS in the message (the connection is the cause)', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    expect((await errorOf('https://cms.example.net/feed.json')).message).not.toMatch(/CORS/);
  });
});

describe('a feed on another origin is a simple CORS request (no preflight)', () => {
  const sent = async (url: string) => {
    let headers = new Headers();
    const impl = (async (_input: RequestInfo | URL, init?: RequestInit) => {
      headers = new Headers(init?.headers);
      return new Response(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [{ id: '1', content_text: 'x' }] }), { headers: { 'Content-Type': 'application/feed+json' } });
    }) as typeof fetch;
    await fetchFeedPage(url, { fetchImpl: impl, etag: '"v1"', lastModified: 'Mon, 01 Jan 2024 00:00:00 GMT' });
    return headers;
  };

  it('sends only a CORS-safelisted Accept: at most 128 bytes, no unsafe byte, feed+json first', async () => {
    const headers = await sent('https://cms.example.net/feed.json');
    expect([...headers.keys()]).toEqual(['accept']);
    const accept = headers.get('Accept') ?? '';
    expect(accept).toBe(FEED_ACCEPT);
    expect(new TextEncoder().encode(accept).length).toBeLessThanOrEqual(128);
    // The Fetch standard's CORS-unsafe request-header bytes: controls other than tab, DEL, and these.
    const unsafe = [...accept].filter((c) => (c.charCodeAt(0) < 0x20 && c !== '\t') || c.charCodeAt(0) === 0x7f || '"():<>?@[\\]{}'.includes(c));
    expect(unsafe).toEqual([]);
    expect(accept).toMatch(/^application\/feed\+json, /);
  });

  it('keeps the validators (a conditional GET) for a feed on the page origin', async () => {
    const headers = await sent(`${window.location.origin}/feed.json`);
    expect(headers.get('If-None-Match')).toBe('"v1"');
    expect(headers.get('If-Modified-Since')).toBe('Mon, 01 Jan 2024 00:00:00 GMT');
  });
});
