import { describe, expect, test, vi } from 'vitest';
import { freshDeviceEachTest } from '../support/fresh-page';
import { feed, serveFeed, type FeedBuilder } from '../support/feed-builder';

// Deep links: what a lookup walks (pages, a refresh) before it says "not found". device-first.test.ts
// covers an article newer than the device copy and a lookup with no network at all.

const page = freshDeviceEachTest();

const lookups = () => import('../../../src/session/find-in-feed');

/** Three pages, one article each, and an author only the last page names. */
const threePages = () =>
  feed()
    .article({ id: 'p1', title: 'On page one', tags: ['Harbour'] })
    .nextPage((p) => p.article({ id: 'p2', title: 'On page two', tags: ['Harbour'] }))
    .nextPage((p) => p.article({ id: 'p3', title: 'On page three', authors: ['Late Author'], tags: ['Harbour'] }));

/** Serves `f` from the network and returns the requests it saw. */
function online(f: FeedBuilder) {
  const net = serveFeed(f.bodies());
  vi.stubGlobal('fetch', net.fetch);
  return net.requests;
}

/** Stores `f`'s first page as the device's copy (an earlier visit) and serves `network` from then on. */
async function withCopy(f: FeedBuilder, network: FeedBuilder) {
  const { saveStoredFeed } = await import('../../../src/storage/feed-store');
  const { feedUrl } = await import('../../../src/shared/env');
  await saveStoredFeed({ model: f.model(), fetchedAt: 1_000, feedUrl: feedUrl() });
  return online(network);
}

describe('findInFeed', () => {
  test('follows next pages until the article is found, and no further', async () => {
    const f = threePages();
    const requests = online(f);
    const { findInFeed } = await lookups();
    const slug = f.find('On page two').slug;
    const { found } = await findInFeed(page().session, (ix) => ix.articleBySlug.get(slug));
    expect(found?.id).toBe('p2');
    expect(requests).toEqual(['/feed.json', '/feed-2.json']);
  });

  test('an article on the last page is found', async () => {
    const f = threePages();
    online(f);
    const { findInFeed } = await lookups();
    const slug = f.find('On page three').slug;
    expect((await findInFeed(page().session, (ix) => ix.articleBySlug.get(slug))).found?.id).toBe('p3');
  });

  test('from the network: not found once every page was read, without asking the network again', async () => {
    const requests = online(threePages());
    const { findInFeed } = await lookups();
    const { found, index } = await findInFeed(page().session, (ix) => ix.articleBySlug.get('no-such-story'));
    expect(found).toBeUndefined();
    expect(index.model.articles).toHaveLength(3);
    expect(requests).toEqual(['/feed.json', '/feed-2.json', '/feed-3.json']);
  });

  test('from the device copy: "not found" waits for the refresh, which is asked for once', async () => {
    const requests = await withCopy(feed().article({ id: 'kept' }), feed().article({ id: 'fresh' }).article({ id: 'kept' }));
    const { findInFeed } = await lookups();
    const { found, index } = await findInFeed(page().session, (ix) => ix.articleBySlug.get('no-such-story'));
    expect(found).toBeUndefined();
    expect(page().session.feedSource.get().fromCopy).toBe(false); // it waited for the network's answer
    expect(index.model.articles.map((a) => a.id)).toEqual(['fresh', 'kept']);
    expect(requests).toEqual(['/feed.json']); // the lookup joined the background refresh
  });

  test('from the device copy: what the copy has is answered without waiting for the network', async () => {
    const kept = feed().article({ id: 'kept', title: 'Kept story' });
    vi.stubGlobal('fetch', () => new Promise<Response>(() => undefined)); // never answers
    const { saveStoredFeed } = await import('../../../src/storage/feed-store');
    const { feedUrl } = await import('../../../src/shared/env');
    await saveStoredFeed({ model: kept.model(), fetchedAt: 1_000, feedUrl: feedUrl() });
    const { findInFeed } = await lookups();
    const slug = kept.find('Kept story').slug;
    expect((await findInFeed(page().session, (ix) => ix.articleBySlug.get(slug))).found?.id).toBe('kept');
  });
});

describe('findInWholeFeed', () => {
  test('reads every page before looking: an author only the last page names is found, with all their articles', async () => {
    const f = threePages();
    online(f);
    const { findInWholeFeed } = await lookups();
    const late = f.model({ allPages: true }).authors.find((a) => a.name === 'Late Author');
    const { found, index } = await findInWholeFeed(page().session, (ix) => ix.authorBySlug.get(late?.slug ?? ''));
    expect(found?.name).toBe('Late Author');
    expect(index.articlesByTag.get('harbour')?.map((a) => a.id)).toEqual(['p1', 'p2', 'p3']);
  });

  test('from the device copy: a tag the copy does not know yet is looked for on the network', async () => {
    await withCopy(feed().article({ id: 'kept', tags: ['Harbour'] }), feed().article({ id: 'fresh', tags: ['Ferries'] }).article({ id: 'kept', tags: ['Harbour'] }));
    const { findInWholeFeed } = await lookups();
    const { found, index } = await findInWholeFeed(page().session, (ix) => ix.tagBySlug.get('ferries'));
    expect(found?.name).toBe('Ferries');
    expect(index.articlesByTag.get('ferries')?.map((a) => a.id)).toEqual(['fresh']);
  });
});
