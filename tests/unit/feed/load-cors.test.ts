import { afterEach, describe, expect, it, vi } from 'vitest';
import { isFeedError, type FeedError } from '../../../src/feed/errors';
import { fetchFeedPage } from '../../../src/feed/load';

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
