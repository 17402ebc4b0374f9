import type { Attachment } from '../shared/model';
import { CACHE_NAMES } from '../shared/cache-names';
import type { EpisodeDownload } from '../storage/db';
import { getEpisode, putEpisodeDownload } from '../storage/episode-store';
import { isQuotaError, StorageError } from '../storage/errors';
import { formatBytes } from '../ui/format';
import { episodeUrl, stateOf, type EpisodeState } from './episode-state';

/**
 * Downloading an episode in chunks and joining them (how it works is told in episodes.ts): loaded
 * when an episode is first kept or removed, so a page with a player does not bring it.
 */

/** A full device while keeping an episode: it says what was kept, because everything else was. */
export function episodeQuotaMessage(totalBytes: number | undefined): string {
  const size = totalBytes ? ` (${formatBytes(totalBytes)})` : '';
  return `There is no room left on this device for this episode${size}. The article, its images and everything else you saved are kept; free up space or remove other episodes, then try again.`;
}

/** Thrown (and shown) when a download stopped part-way and can resume. */
export class Interrupted extends Error {}

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
export type SetState = (url: string, state: EpisodeState) => void;

/** Downloads (or resumes) one episode into the cache, telling `setState` how far it got; throws Interrupted when it can resume. */
export async function run(att: Attachment, articleId: string, signal: AbortSignal, setState: SetState): Promise<void> {
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
export async function forgetBytes(url: string, articleId: string): Promise<void> {
  const record = await getEpisode(url).catch(() => undefined);
  await dropParts(url, record?.download?.parts ?? 0).catch(() => undefined);
  await (await caches.open(CACHE_NAMES.episodes)).delete(url).catch(() => false);
  await putEpisodeDownload(url, record?.articleId ?? articleId, undefined).catch(() => undefined);
}
