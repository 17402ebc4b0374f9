/// <reference lib="webworker" />
import type { RouteHandlerCallbackOptions } from 'workbox-core/types.js';
import { createPartialResponse } from 'workbox-range-requests';
import { registerRoute } from 'workbox-routing';
import { CACHE_NAMES } from '../shared/cache-names';
import { DEADLINE_MS, fetchHeadersWithin } from './deadline';

/**
 * Podcast episodes the reader kept for offline (src/reading/episodes.ts puts them, whole, in the
 * 'broadsheet-episodes' cache under the attachment's URL). A media element never asks for a whole
 * file: it asks for byte ranges (`Range: bytes=0-`, then wherever the reader seeks), so a kept
 * episode is answered with the 206 slice it asked for, and plays and seeks with no network.
 */

/** One byte range of a body, both ends included. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * What a `Range` header asks of a body of `size` bytes (RFC 9110 §14): one range clamped to the body,
 * 'unsatisfiable' when it starts past the end (or asks for an empty suffix), or null when there is
 * nothing to honour (no header, another unit, several ranges, `5-2`): a server may then send the
 * whole body, which is what a media element copes with best.
 */
export function parseByteRange(header: string | null, size: number): ByteRange | 'unsatisfiable' | null {
  if (!header) return null;
  const m = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  if (!m) return null;
  const first = m[1] ?? '';
  const last = m[2] ?? '';
  if (first === '' && last === '') return null;
  if (first === '') {
    // A suffix: the last N bytes (all of them when N is larger than the body).
    const n = Number(last);
    if (n === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - n), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Number(last);
  if (!Number.isSafeInteger(start)) return null;
  if (start >= size) return 'unsatisfiable';
  if (end < start) return null;
  // A last byte past the end means "to the end" (a player asking for a fixed window near the end).
  return { start, end: Math.min(end, size - 1) };
}

/**
 * The answer to `request` from a kept whole response: the slice its Range asks for as a 206 (sliced
 * by workbox-range-requests), a 416 naming the size for a range past the end, or the whole response
 * when it asks for no usable range. An opaque response (a host without CORS) cannot be read, so it is
 * served whole, as kept.
 */
export async function answerRange(request: Request, kept: Response): Promise<Response> {
  const header = request.headers.get('Range');
  if (!header || kept.type === 'opaque' || kept.status !== 200) return kept;
  const body = await kept.blob();
  const whole = new Response(body, { status: 200, statusText: 'OK', headers: kept.headers });
  const range = parseByteRange(header, body.size);
  if (range === null) return whole;
  if (range === 'unsatisfiable') {
    return new Response(null, { status: 416, statusText: 'Range Not Satisfiable', headers: { 'Content-Range': `bytes */${body.size}` } });
  }
  // Workbox slices and writes Content-Range and Content-Length; it is handed the range already
  // normalized, because it answers a suffix longer than the body, an end past it, or a start past it
  // with a wrong Content-Range or an empty 206 instead of what RFC 9110 asks.
  const normalized = new Request(request.url, { headers: { Range: `bytes=${range.start}-${range.end}` } });
  return createPartialResponse(normalized, whole);
}

/** The kept episode at `url`, if the reader kept it. */
async function keptEpisode(url: string): Promise<Response | undefined> {
  const cache = await caches.open(CACHE_NAMES.episodes);
  return cache.match(url, { ignoreVary: true });
}

/** Registers the media route: kept episodes from the cache, in ranges; anything else from the network. */
export function registerAudioCache(): void {
  registerRoute(
    ({ request }) => request.method === 'GET' && (request.destination === 'audio' || request.destination === 'video'),
    async ({ request, event }: RouteHandlerCallbackOptions) => {
      // Kept episodes win even online: the reader asked for them to stay, and it spares their data.
      const kept = await keptEpisode(request.url);
      if (kept) return answerRange(request, kept);
      // Not kept: straight to the network, Range header and all (nothing is cached: episodes are
      // tens of megabytes, and only the reader decides which ones stay).
      return fetchHeadersWithin(request, DEADLINE_MS.mediaHeaders, (event as FetchEvent).clientId ?? '');
    },
  );
}
