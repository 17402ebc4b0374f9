import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { FeedModel } from '../../../src/shared/model';
import { clearDownloadJob, getDownloadJob, putDownloadJob } from '../../../src/storage/download-job-store';
import { clearStoredFeed, loadStoredFeed, saveStoredFeed } from '../../../src/storage/feed-store';
import { getReadState, listReadState, putReadState } from '../../../src/storage/read-state-store';
import { deleteSaved, getSaved, getSavedBySlug, listSaved, putSaved, updateSaved } from '../../../src/storage/saved-store';
import { DEFAULT_SETTINGS, getSetting, setSetting } from '../../../src/storage/settings-store';
import { author, makeArticle, resetDb } from './helpers';

beforeEach(resetDb);
afterEach(resetDb);

const entry = (n: number, savedAt: number) => ({
  id: `id-${n}`,
  article: makeArticle(n, n === 3 ? { aliases: ['old-slug-3'] } : {}),
  authors: [author],
  savedAt,
  imageUrls: [],
  imagesCached: true,
});

describe('saved store', () => {
  test('put, get by id and slug (and alias), list newest first, update, delete', async () => {
    await putSaved(entry(1, 10));
    await putSaved(entry(2, 30));
    await putSaved(entry(3, 20));
    expect((await getSaved('id-2'))?.article.title).toBe('Article 2');
    expect((await getSavedBySlug('article-1'))?.id).toBe('id-1');
    expect((await getSavedBySlug('old-slug-3'))?.id).toBe('id-3');
    expect(await getSavedBySlug('nope')).toBeUndefined();
    expect((await listSaved()).map((e) => e.id)).toEqual(['id-2', 'id-3', 'id-1']);
    await updateSaved('id-1', (e) => ({ ...e, imagesCached: false }));
    expect((await getSaved('id-1'))?.imagesCached).toBe(false);
    await updateSaved('missing', (e) => e);
    expect(await getSaved('missing')).toBeUndefined();
    await deleteSaved('id-2');
    expect((await listSaved()).map((e) => e.id)).toEqual(['id-3', 'id-1']);
  });
});

describe('settings store', () => {
  test('defaults until set; a value of the wrong type reads as the default', async () => {
    expect(await getSetting('downloadCount')).toBe(DEFAULT_SETTINGS.downloadCount);
    await setSetting('downloadCount', 50);
    await setSetting('downloadWifiOnly', true);
    expect(await getSetting('downloadCount')).toBe(50);
    expect(await getSetting('downloadWifiOnly')).toBe(true);
    await setSetting('downloadCount', 'many' as never);
    expect(await getSetting('downloadCount')).toBe(30);
  });
});

describe('read-state store', () => {
  test('merges changes, clamps the position, stamps updatedAt, lists', async () => {
    expect(await getReadState('a')).toBeUndefined();
    await putReadState('a', { position: 0.4 });
    const s = await putReadState('a', { readAt: 123 });
    expect(s).toMatchObject({ id: 'a', position: 0.4, readAt: 123 });
    expect(s.updatedAt).toBeGreaterThan(0);
    await putReadState('b', { position: 7 });
    expect((await getReadState('b'))?.position).toBe(1);
    expect((await listReadState()).map((r) => r.id).sort()).toEqual(['a', 'b']);
  });
});

describe('feed and download-job stores', () => {
  test('the stored feed round-trips and clears', async () => {
    const model: FeedModel = { meta: { title: 'T', version: 'v', expired: false }, articles: [makeArticle(1)], authors: [author], tags: [], skipped: [] };
    await saveStoredFeed({ model, fetchedAt: 5, feedUrl: 'https://example.test/feed.json', etag: '"x"' });
    const back = await loadStoredFeed();
    expect(back?.model.articles[0]?.title).toBe('Article 1');
    expect(back?.etag).toBe('"x"');
    await clearStoredFeed();
    expect(await loadStoredFeed()).toBeUndefined();
  });

  test('item notes keep their code and kept flag; a note with an unknown code, or an older one without them, still reads', async () => {
    const skipped = [
      { index: 0, reason: 'had no id; its link was used', code: 'id-from-url' as const, kept: true as const },
      { index: 1, reason: 'nothing to show', code: 'nothing-to-show' as const },
      { index: 2, reason: 'from an older version' },
      { index: 3, reason: 'a code from a newer version', code: 'from-the-future' },
    ];
    const model = { meta: { title: 'T', version: 'v', expired: false }, articles: [makeArticle(1)], authors: [author], tags: [], skipped } as unknown as FeedModel;
    await saveStoredFeed({ model, fetchedAt: 5, feedUrl: 'https://example.test/feed.json' });
    const back = await loadStoredFeed();
    expect(back?.model.skipped).toEqual([
      { index: 0, reason: 'had no id; its link was used', code: 'id-from-url', kept: true },
      { index: 1, reason: 'nothing to show', code: 'nothing-to-show' },
      { index: 2, reason: 'from an older version' },
      { index: 3, reason: 'a code from a newer version', code: 'from-the-future' }, // the home note ignores it
    ]);
  });

  test('the download job round-trips and clears', async () => {
    await putDownloadJob({ id: 'current', articleIds: ['a', 'b'], doneIds: ['a'], total: 2, startedAt: 1, updatedAt: 2 });
    expect((await getDownloadJob())?.doneIds).toEqual(['a']);
    await clearDownloadJob();
    expect(await getDownloadJob()).toBeUndefined();
  });
});
