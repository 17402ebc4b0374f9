import { useEffect } from 'react';
import type { Attachment } from '../shared/model';
import { createStore, type ReadableStore } from '../shared/store';
import { useStore } from '../shared/use-store';
import { CACHE_NAMES } from '../shared/cache-names';
import type { EpisodeDownload, EpisodeRecord } from '../storage/db';
import { episodesOfArticle, getEpisode, listEpisodes, putEpisodeDownload } from '../storage/episode-store';
import { isQuotaError, StorageError } from '../storage/errors';
import { formatBytes } from '../ui/format';
import { announce, onTabMessage } from '../shared/tab-channel';
import { hasTabLocks, TAB_LOCKS, withTabLock } from '../shared/tab-lock';
import { useTabState, type TabPart, type TabState } from '../shared/tab-state';

declare module '../shared/tab-channel' {
  interface TabTopics {
    /** An episode's state as the tab downloading (or removing) it sees it, progress included. */
    episodeState: { url: string; state: EpisodeState };
  }
}

/**
 * Podcast episodes kept for offline, on the page side. Keeping an episode downloads it in chunks into
 * the 'broadsheet-episode-parts' cache, recording in IndexedDB after each chunk how far it got, so a
 * download cut off (network lost, app closed) resumes where it stopped with a `Range` request instead
 * of starting again; when the last chunk is in, the chunks become one whole response in
 * 'broadsheet-episodes', under the attachment's URL, which the service worker answers the player's
 * range requests from (src/sw/audio-cache.ts). An episode belongs to a saved article: removing the
 * article removes its episode (saved-list.ts).
 *
 * Hosts: redirects are followed (the episode is kept under the feed's URL, which the player asks for);
 * a host that allows no CORS cannot be read, so its episode is fetched as one opaque response: kept
 * and played offline, but with no progress, no resume, and seeking only as far as the browser can
 * without ranges.
 *
 * Several tabs: an episode downloads in one tab at a time (the Web Lock TAB_LOCKS.episode(url)); that tab
 * announces its state as it goes and the others show it. When it closes mid-download, a tab that showed
 * it gets the lock and reads the episode's record again: paused, to be resumed where it stopped.
 */

type EpisodeStatus = 'unknown' | 'none' | 'downloading' | 'paused' | 'kept' | 'error';

export interface EpisodeState {
  status: EpisodeStatus;
  receivedBytes: number;
  totalBytes?: number;
  /** What went wrong, in words (status 'error'), or why it paused. */
  message?: string;
}

/**
 * The key an episode is known by: its absolute URL. A prerendered page's data carries root-relative
 * URLs and the feed's copy on the device absolute ones; the worker sees the player's absolute one.
 */
export function episodeUrl(url: string): string {
  try {
    return new URL(url, location.href).href;
  } catch {
    return url;
  }
}

const UNKNOWN: EpisodeState = { status: 'unknown', receivedBytes: 0 };

function stateOf(record: EpisodeRecord | undefined): EpisodeState {
  const d = record?.download;
  if (!d) return { status: 'none', receivedBytes: 0 };
  const sizes = { receivedBytes: d.receivedBytes, ...(d.totalBytes !== undefined ? { totalBytes: d.totalBytes } : {}) };
  return d.status === 'complete' ? { status: 'kept', ...sizes } : { status: 'paused', ...sizes, message: 'The download stopped before the end.' };
}

/** A full device while keeping an episode: it says what was kept, because everything else was. */
function episodeQuotaMessage(totalBytes: number | undefined): string {
  const size = totalBytes ? ` (${formatBytes(totalBytes)})` : '';
  return `There is no room left on this device for this episode${size}. The article, its images and everything else you saved are kept; free up space or remove other episodes, then try again.`;
}

/** Thrown (and shown) when a download stopped part-way and can resume. */
class Interrupted extends Error {}

/** Where chunk `i` of the episode at `url` is kept while its download is under way. */
function partKey(url: string, i: number): string {
  return `/__broadsheet/episode-parts/${encodeURIComponent(url)}/${i}`;
}

/**
 * Chunk size: about 64 chunks an episode, and at least 256 KiB. A cut-off download then loses at most
 * one chunk, and a 70 MB episode costs about 64 writes rather than thousands.
 */
function partSize(totalBytes: number | undefined): number {
  return Math.max(256 * 1024, Math.ceil((totalBytes ?? 0) / 64));
}

async function dropParts(url: string, count: number): Promise<void> {
  const parts = await caches.open(CACHE_NAMES.episodeParts);
  // Beyond `count` too: a chunk written just before the record of it may be there.
  await Promise.all(Array.from({ length: count + 1 }, (_, i) => parts.delete(partKey(url, i)).catch(() => false)));
}

/** `bytes 100-199/1000` -> { start: 100, total: 1000 } (total undefined for `*`). */
function parseContentRange(value: string | null): { start: number; total?: number } | null {
  const m = /^\s*bytes\s+(\d+)-\d+\/(\d+|\*)\s*$/i.exec(value ?? '');
  if (!m) return null;
  const total = m[2] === '*' ? undefined : Number(m[2]);
  return { start: Number(m[1]), ...(total !== undefined ? { total } : {}) };
}

/**
 * A validator fit for If-Range: a strong ETag, else Last-Modified. A weak ETag must not be sent there
 * (RFC 9110 §13.1.5), and a host that then ignored the range would send the whole file anyway.
 */
function validatorOf(res: Response): string | undefined {
  const etag = res.headers.get('ETag');
  if (etag && !etag.startsWith('W/')) return etag;
  return res.headers.get('Last-Modified') ?? undefined;
}

function numberHeader(res: Response, name: string): number | undefined {
  const n = Number(res.headers.get(name));
  return res.headers.has(name) && Number.isFinite(n) && n >= 0 ? n : undefined;
}

interface Progress {
  received: number;
  total: number | undefined;
  parts: number;
  contentType: string;
  validator: string | undefined;
}

/** Writes the chunk and then the record of it: the record never names a chunk that is not there. */
async function putPart(url: string, articleId: string, p: Progress, chunk: Blob): Promise<void> {
  const parts = await caches.open(CACHE_NAMES.episodeParts);
  await parts.put(partKey(url, p.parts), new Response(chunk));
  p.parts++;
  p.received += chunk.size;
  await putEpisodeDownload(url, articleId, partial(p));
}

function partial(p: Progress): EpisodeDownload {
  return {
    status: 'partial',
    receivedBytes: p.received,
    parts: p.parts,
    contentType: p.contentType,
    updatedAt: Date.now(),
    ...(p.total !== undefined ? { totalBytes: p.total } : {}),
    ...(p.validator ? { validator: p.validator } : {}),
  };
}

/** Joins the chunks into the whole episode the worker serves, then drops them. */
async function finish(url: string, articleId: string, p: Progress): Promise<void> {
  const parts = await caches.open(CACHE_NAMES.episodeParts);
  const blobs: Blob[] = [];
  for (let i = 0; i < p.parts; i++) {
    const res = await parts.match(partKey(url, i));
    if (!res) throw new Interrupted('A part of the download went missing.');
    blobs.push(await res.blob());
  }
  // Blobs of cached responses are kept on disk by the browser: joining them copies nothing into memory.
  const whole = new Blob(blobs, { type: p.contentType });
  const headers = { 'Content-Type': p.contentType, 'Content-Length': String(whole.size), 'Accept-Ranges': 'bytes' };
  await (await caches.open(CACHE_NAMES.episodes)).put(url, new Response(whole, { status: 200, headers }));
  await putEpisodeDownload(url, articleId, { status: 'complete', receivedBytes: whole.size, totalBytes: whole.size, parts: 0, contentType: p.contentType, updatedAt: Date.now() });
  await dropParts(url, p.parts);
}

/** A host that allows no CORS: the episode as one opaque response (no progress, no resume). */
async function keepOpaque(url: string, articleId: string, att: Attachment, signal: AbortSignal): Promise<void> {
  let res: Response;
  try {
    res = await fetch(url, { mode: 'no-cors', credentials: 'omit', signal });
  } catch (e) {
    if (signal.aborted) throw e;
    throw new Error("The episode could not be downloaded: its host did not answer.", { cause: e });
  }
  await (await caches.open(CACHE_NAMES.episodes)).put(url, res);
  const total = att.sizeInBytes;
  await putEpisodeDownload(url, articleId, {
    status: 'complete',
    receivedBytes: total ?? 0,
    parts: 0,
    contentType: att.mimeType,
    opaque: true,
    updatedAt: Date.now(),
    ...(total !== undefined ? { totalBytes: total } : {}),
  });
}

/** Announces an episode's state as this tab works on it. */
type SetState = (url: string, state: EpisodeState) => void;

async function run(att: Attachment, articleId: string, signal: AbortSignal, setState: SetState): Promise<void> {
  const url = episodeUrl(att.url);
  const before = (await getEpisode(url).catch(() => undefined))?.download;
  if (before?.status === 'complete' && (await (await caches.open(CACHE_NAMES.episodes)).match(url))) {
    setState(url, stateOf({ url, articleId, download: before, updatedAt: 0 }));
    return;
  }
  const p: Progress = { received: 0, total: att.sizeInBytes, parts: 0, contentType: att.mimeType, validator: undefined };
  if (before?.status === 'partial' && !before.opaque && before.parts > 0) {
    Object.assign(p, { received: before.receivedBytes, total: before.totalBytes ?? att.sizeInBytes, parts: before.parts, contentType: before.contentType, validator: before.validator });
  } else if (before) {
    await dropParts(url, before.parts);
  }
  setState(url, { status: 'downloading', receivedBytes: p.received, ...(p.total !== undefined ? { totalBytes: p.total } : {}) });

  const sameOrigin = new URL(url, location.href).origin === location.origin;
  const headers: Record<string, string> = {};
  if (p.received > 0) {
    headers.Range = `bytes=${p.received}-`;
    if (p.validator) headers['If-Range'] = p.validator;
  }
  let res: Response;
  try {
    // no-store: the HTTP cache would keep a second copy of tens of megabytes for nothing.
    res = await fetch(url, { headers, signal, cache: 'no-store', mode: 'cors', credentials: sameOrigin ? 'same-origin' : 'omit' });
  } catch (e) {
    if (signal.aborted) throw e;
    if (!navigator.onLine) throw new Interrupted('You are offline: the download continues when you are back on the network.');
    // A TypeError online is a host (or a redirect on the way) that allows no CORS: keep it opaque.
    await dropParts(url, p.parts);
    await keepOpaque(url, articleId, att, signal);
    setState(url, { status: 'kept', receivedBytes: att.sizeInBytes ?? 0, ...(att.sizeInBytes ? { totalBytes: att.sizeInBytes } : {}) });
    return;
  }

  const range = parseContentRange(res.headers.get('Content-Range'));
  const length = numberHeader(res, 'Content-Length');
  if (p.received > 0 && res.status === 206) {
    // A host that hides Content-Range (no Access-Control-Expose-Headers) answered our one range: trust it.
    if (range && range.start !== p.received) {
      await res.body?.cancel().catch(() => undefined);
      await dropParts(url, p.parts);
      throw new Interrupted('The host sent another part of the file than asked: the download starts again next time.');
    }
    p.total = range?.total ?? (length !== undefined ? p.received + length : p.total);
  } else if (res.status === 200) {
    // The whole file: the host ignored the range, or the file changed since (If-Range). Start over.
    if (p.parts > 0) await dropParts(url, p.parts);
    Object.assign(p, { received: 0, parts: 0 });
    p.total = res.headers.get('Content-Encoding') ? p.total : (length ?? p.total);
    p.validator = validatorOf(res);
    p.contentType = res.headers.get('Content-Type')?.split(';')[0]?.trim() || att.mimeType;
  } else if (res.status === 416 && p.received > 0 && (range?.total ?? p.total) === p.received) {
    return finish(url, articleId, p); // everything had arrived; only the joining was left
  } else {
    await res.body?.cancel().catch(() => undefined);
    throw new Error(`The episode's host answered ${res.status}.`);
  }
  if (!res.body) throw new Error("The episode's host sent no file.");

  const size = partSize(p.total);
  const reader = res.body.getReader();
  let buffered: Uint8Array[] = [];
  let bufferedBytes = 0;
  let lastShown = 0;
  const show = (force = false) => {
    const now = Date.now();
    if (!force && now - lastShown < 200) return;
    lastShown = now;
    setState(url, { status: 'downloading', receivedBytes: p.received + bufferedBytes, ...(p.total !== undefined ? { totalBytes: p.total } : {}) });
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (value) {
        buffered.push(value);
        bufferedBytes += value.byteLength;
        show();
      }
      if (bufferedBytes >= size || (done && bufferedBytes > 0)) {
        await putPart(url, articleId, p, new Blob(buffered as BlobPart[]));
        buffered = [];
        bufferedBytes = 0;
        show(true);
      }
      if (done) break;
    }
  } catch (e) {
    if (signal.aborted || isQuotaError(e) || e instanceof StorageError) throw e;
    throw new Interrupted('The connection was lost: resume to continue from where it stopped.');
  }
  await finish(url, articleId, p);
  setState(url, { status: 'kept', receivedBytes: p.received, totalBytes: p.received });
}

/** Drops an episode's bytes (whole or in parts) and its record of them; its position stays. */
async function forgetBytes(url: string, articleId: string): Promise<void> {
  const record = await getEpisode(url).catch(() => undefined);
  await dropParts(url, record?.download?.parts ?? 0).catch(() => undefined);
  await (await caches.open(CACHE_NAMES.episodes)).delete(url).catch(() => false);
  await putEpisodeDownload(url, record?.articleId ?? articleId, undefined).catch(() => undefined);
}

/** Episodes in one tab: their states, this tab's downloads, and what other tabs download. */
export interface Episodes extends TabPart {
  /** The state of every episode read or kept so far, by absolute URL (episodeUrl). */
  states: ReadableStore<ReadonlyMap<string, EpisodeState>>;
  /** Reads an episode's state from storage (unless a download of it runs in this tab). */
  loadState(url: string): Promise<void>;
  /**
   * Keeps an article's episode on the device (resuming a download that stopped). Resolves when it is
   * kept; rejects with StorageError 'quota' on a full device (after taking this episode's bytes back
   * out: everything else stays), and with an Error saying why otherwise. A second call while a download
   * of it runs joins nothing and returns at once.
   */
  keepEpisode(att: Attachment, articleId: string, signal?: AbortSignal): Promise<void>;
  /** Stops a download of this episode under way; what it had fetched is dropped. */
  cancelEpisode(url: string): void;
  /** Removes one kept episode (or stops and drops its download). */
  removeEpisode(url: string, articleId: string): Promise<void>;
  /** Removes every episode of an article (it left the reading list). */
  removeEpisodesOf(articleId: string): Promise<void>;
  /** Removes every kept episode and every download under way; positions stay. */
  removeAllEpisodes(): Promise<void>;
}

function createEpisodes(): Episodes {
  const states = createStore<ReadonlyMap<string, EpisodeState>>(new Map());
  /** Downloads under way in this tab, by episode URL. */
  const running = new Map<string, { controller: AbortController; articleId: string }>();
  /** URLs whose download this tab waits to take over (their lock is held by another tab). */
  const watching = new Set<string>();
  let unfollow: (() => void) | null = null;

  /** Shows a state read from storage or another tab (not announced). */
  const showState = (url: string, state: EpisodeState) => states.update((all) => new Map(all).set(url, state));
  /** Sets the state of an episode this tab works on, and announces it to the other tabs. */
  const setState: SetState = (url, state) => {
    showState(url, state);
    announce('episodeState', { url, state });
  };

  /** Shows the episodes other tabs download or change; started once an episode's state is first read. */
  const followOtherTabs = () => {
    if (unfollow) return;
    const offs = [
      onTabMessage('episodeState', ({ url, state }) => {
        if (running.has(url)) return;
        showState(url, state);
        if (state.status === 'downloading' && !watching.has(url) && hasTabLocks()) {
          watching.add(url);
          // Granted once that tab ends the download or closes: what is stored then is what shows.
          void withTabLock(TAB_LOCKS.episode(url), {}, () => episodes.loadState(url)).finally(() => watching.delete(url));
        }
      }),
      onTabMessage('episodes', ({ urls }) => {
        for (const url of urls) {
          // A download another tab runs writes its record at every chunk: its announced state shows meanwhile.
          if (states.get().has(url) && !watching.has(url)) void episodes.loadState(url);
        }
      }),
    ];
    unfollow = () => offs.forEach((off) => off());
  };

  const keepHere = async (att: Attachment, url: string, articleId: string, signal?: AbortSignal): Promise<void> => {
    if (running.has(url)) return;
    const controller = new AbortController();
    const onAbort = () => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    running.set(url, { controller, articleId });
    try {
      await run(att, articleId, controller.signal, setState);
    } catch (e) {
      const total = states.get().get(url)?.totalBytes ?? att.sizeInBytes;
      if (controller.signal.aborted) {
        await forgetBytes(url, articleId);
        setState(url, { status: 'none', receivedBytes: 0 });
        return;
      }
      if (isQuotaError(e) || (e instanceof StorageError && e.kind === 'quota')) {
        await forgetBytes(url, articleId);
        const message = episodeQuotaMessage(total);
        setState(url, { status: 'error', receivedBytes: 0, message });
        throw new StorageError('quota', message, { cause: e });
      }
      const record = await getEpisode(url).catch(() => undefined);
      const at = stateOf(record);
      const message = e instanceof Error && e.message ? e.message : 'The episode could not be downloaded.';
      setState(url, at.status === 'paused' ? { ...at, message } : { status: 'error', receivedBytes: 0, message });
      throw e instanceof Interrupted ? new Error(message) : e;
    } finally {
      if (running.get(url)?.controller === controller) running.delete(url); // a close may have dropped it
      signal?.removeEventListener('abort', onAbort);
    }
  };

  const episodes: Episodes = {
    states,
    async loadState(given) {
      followOtherTabs();
      const url = episodeUrl(given);
      if (running.has(url)) return;
      const record = await getEpisode(url).catch(() => undefined);
      if (!running.has(url)) showState(url, stateOf(record));
    },
    async keepEpisode(att, articleId, signal) {
      const url = episodeUrl(att.url);
      if (running.has(url) || typeof caches === 'undefined') return;
      followOtherTabs();
      // Another tab downloading this episode holds its lock: its progress shows here instead.
      await withTabLock(TAB_LOCKS.episode(url), { ifAvailable: true }, () => keepHere(att, url, articleId, signal));
    },
    cancelEpisode(url) {
      running.get(episodeUrl(url))?.controller.abort();
    },
    async removeEpisode(given, articleId) {
      const url = episodeUrl(given);
      running.get(url)?.controller.abort();
      await forgetBytes(url, articleId);
      setState(url, { status: 'none', receivedBytes: 0 });
    },
    async removeEpisodesOf(articleId) {
      if (typeof caches === 'undefined') return;
      const records = await episodesOfArticle(articleId).catch(() => []);
      // A download that has not written its first chunk has no record of its bytes yet: stop it too.
      const urls = new Set([...records.filter((r) => r.download).map((r) => r.url), ...[...running].filter(([, r]) => r.articleId === articleId).map(([url]) => url)]);
      await Promise.all([...urls].map((url) => episodes.removeEpisode(url, articleId)));
    },
    async removeAllEpisodes() {
      for (const { controller } of running.values()) controller.abort();
      const records = await listEpisodes().catch(() => []);
      await Promise.all(records.filter((r) => r.download).map((r) => putEpisodeDownload(r.url, r.articleId, undefined).catch(() => undefined)));
      if (typeof caches !== 'undefined') await Promise.all([caches.delete(CACHE_NAMES.episodes), caches.delete(CACHE_NAMES.episodeParts)]);
      states.set(new Map([...states.get()].map(([url]) => [url, { status: 'none', receivedBytes: 0 }] as const)));
    },
    close() {
      for (const { controller } of running.values()) controller.abort();
      running.clear();
      watching.clear();
      unfollow?.();
      unfollow = null;
    },
  };
  return episodes;
}

/** The episodes of the tab `tab`. */
export function episodesOf(tab: TabState): Episodes {
  return tab.part(createEpisodes);
}

/** An episode's state, re-rendering as it changes. */
export function useEpisodeState(url: string | undefined): EpisodeState {
  const episodes = episodesOf(useTabState());
  useEffect(() => {
    if (url) void episodes.loadState(url);
  }, [episodes, url]);
  return useStore(episodes.states, { select: (all) => (url ? (all.get(episodeUrl(url)) ?? UNKNOWN) : UNKNOWN), server: () => UNKNOWN });
}

/** How many episodes are kept whole and their bytes (as recorded), and how many are part-way. */
export async function episodeUsage(): Promise<{ kept: number; partial: number; bytes: number }> {
  const records = await listEpisodes().catch(() => []);
  let kept = 0;
  let partialCount = 0;
  let bytes = 0;
  for (const r of records) {
    if (!r.download) continue;
    if (r.download.status === 'complete') kept++;
    else partialCount++;
    bytes += r.download.receivedBytes;
  }
  return { kept, partial: partialCount, bytes };
}
