import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { feedModel, feedSource, getFeed, peekFeed, resetSession } from '../../../src/session/feed-session';
import { resetDb } from '../storage/helpers';

// resetSession() is a fresh page load for the feed session (the build renders every page after one):
// nothing of the last session is kept, and work it started lands nowhere.

const feedText = () => readFile(join(process.cwd(), 'public', 'feed.json'), 'utf8');
const FEED_HEADERS = { 'content-type': 'application/feed+json' };

beforeEach(async () => {
  resetSession();
  await resetDb();
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await resetDb();
});

describe('resetSession', () => {
  test('forgets the model and the source, and the next getFeed() loads again', async () => {
    const body = await feedText();
    const fetch = vi.fn(async () => new Response(body, { headers: FEED_HEADERS }));
    vi.stubGlobal('fetch', fetch);
    await getFeed();
    expect(peekFeed()).not.toBeNull();
    const seen = vi.fn();
    const off = feedModel.subscribe(seen);
    resetSession();
    off();
    expect(seen).toHaveBeenCalledTimes(1); // views still mounted are told
    expect(peekFeed()).toBeNull();
    expect(feedSource.get()).toEqual({ fromCopy: false });
    await resetDb(); // the device copy too, so the network is asked
    await getFeed();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  test('a load started before the reset does not land in the new session', async () => {
    const body = await feedText();
    let answer: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    vi.stubGlobal('fetch', async () => {
      await answered;
      return new Response(body, { headers: FEED_HEADERS });
    });
    const stale = getFeed();
    resetSession();
    answer();
    await expect(stale).rejects.toThrow('reset');
    expect(peekFeed()).toBeNull();
    expect(feedSource.get()).toEqual({ fromCopy: false });
  });
});
