import * as v from 'valibot';
import { read, writeTx, type EpisodeDownload, type EpisodeRecord } from './db';
import { announce } from '../shared/tab-channel';

declare module '../shared/tab-channel' {
  interface TabTopics {
    /** An episode's record changed (position or kept bytes), by URL. */
    episodes: { urls: string[] };
  }
}

/**
 * Podcast episodes (store `episodes`, keyed by the audio attachment's URL): the listening position and
 * what of the episode's bytes are kept. The bytes are in the Cache API (src/reading/episodes.ts); this
 * store says which are there, so the player, the storage panel and the reading list agree without
 * opening a cache. A record that does not read back as one is skipped (treated as absent).
 */

const DownloadSchema = v.object({
  status: v.picklist(['partial', 'complete']),
  receivedBytes: v.pipe(v.number(), v.minValue(0)),
  totalBytes: v.optional(v.number()),
  parts: v.pipe(v.number(), v.integer(), v.minValue(0)),
  contentType: v.string(),
  validator: v.optional(v.string()),
  opaque: v.optional(v.boolean()),
  updatedAt: v.number(),
});

const EpisodeSchema = v.object({
  url: v.string(),
  articleId: v.string(),
  position: v.optional(v.pipe(v.number(), v.minValue(0))),
  download: v.optional(DownloadSchema),
  updatedAt: v.number(),
});

function checked(value: unknown): EpisodeRecord | undefined {
  return v.is(EpisodeSchema, value) ? value : undefined;
}

/** The record of one episode, or undefined (none, or unreadable). */
export function getEpisode(url: string): Promise<EpisodeRecord | undefined> {
  return read('Reading the episode', async (db) => checked(await db.get('episodes', url)));
}

/** Every readable episode record. */
export function listEpisodes(): Promise<EpisodeRecord[]> {
  return read('Reading the episodes', async (db) => (await db.getAll('episodes')).flatMap((r) => checked(r) ?? []));
}

/** The episodes of one article. */
export function episodesOfArticle(articleId: string): Promise<EpisodeRecord[]> {
  return read('Reading the episodes', async (db) => (await db.getAllFromIndex('episodes', 'byArticle', articleId)).flatMap((r) => checked(r) ?? []));
}

/** Stores the listening position (seconds) of an episode, keeping what is known of its bytes. */
export async function putEpisodePosition(url: string, articleId: string, position: number): Promise<void> {
  await writeTx('episodes', 'Saving the listening position', async (tx) => {
    const store = tx.objectStore('episodes');
    const before = checked(await store.get(url));
    const seconds = Number.isFinite(position) && position > 0 ? position : 0;
    await store.put({ ...before, url, articleId, position: seconds, updatedAt: Date.now() });
  });
  announce('episodes', { urls: [url] });
}

/** Records what of an episode's bytes are kept (undefined: none), keeping its position. */
export async function putEpisodeDownload(url: string, articleId: string, download: EpisodeDownload | undefined): Promise<void> {
  await writeTx('episodes', 'Recording the episode download', async (tx) => {
    const store = tx.objectStore('episodes');
    const before = checked(await store.get(url));
    const { download: _old, ...rest } = before ?? { url, articleId, updatedAt: 0 };
    await store.put({ ...rest, url, articleId, updatedAt: Date.now(), ...(download ? { download } : {}) });
  });
  announce('episodes', { urls: [url] });
}
