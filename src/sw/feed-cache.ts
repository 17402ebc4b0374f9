/// <reference lib="webworker" />
import type { WorkboxPlugin } from 'workbox-core/types.js';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { CACHE_NAMES, FETCHED_AT_HEADER, NO_NETWORK_HEADER } from '../shared/cache-names';
import { DEADLINE_MS, deadlinePlugin } from './deadline';

/**
 * True for a request for the feed: the page asks for the feed (and its next pages) with an Accept
 * header naming application/feed+json first, whatever the format (src/feed/load.ts). Matching on that rather than on a
 * URL keeps the worker ignorant of which feed the app was built for, same-origin or not.
 */
function isFeedRequest(request: Request): boolean {
  if (request.method !== 'GET' || request.destination !== '') return false;
  const accept = request.headers.get('Accept') ?? '';
  return accept.includes('application/feed+json');
}

/**
 * True when a body looks like a whole feed document: JSON that starts with '{' and ends with '}', or
 * XML (RSS, RDF, Atom) that starts with '<' and ends with its root's closing tag (after a BOM and
 * whitespace). Only the two ends are read, so a 24 MB feed costs nothing to check; it catches an HTML
 * page and a download cut off mid-way without the worker knowing the feed's shape.
 */
export async function looksLikeWholeFeed(body: Blob): Promise<boolean> {
  const head = (await body.slice(0, 64).text()).replace(/^\uFEFF/, '').trimStart();
  const tail = (await body.slice(Math.max(0, body.size - 64)).text()).trimEnd();
  if (head.startsWith('{')) return tail.endsWith('}');
  if (!head.startsWith('<') || /^<(!doctype\s+html|html[\s>])/i.test(head)) return false;
  return /<\/\s*(?:[\w.-]+:)?(?:rss|feed|rdf)\s*>$/i.test(tail);
}

/**
 * The copy of a feed answer the cache may keep, stamped with the time it was fetched, or null for an
 * answer that must not replace the last good copy. Also used by the background refresh
 * (./periodic-sync.ts), so a copy fetched with no page open follows the same rules.
 */
export async function keepableFeedCopy(response: Response): Promise<Response | null> {
  if (response.status !== 200) return null; // never replace a good copy with an error page
  if (/text\/html|xhtml/i.test(response.headers.get('Content-Type') ?? '')) return null; // nor with a 200 login or error page
  const body = await response.blob();
  if (!(await looksLikeWholeFeed(body))) return null; // nor with a truncated answer or one that is no feed
  const headers = new Headers(response.headers);
  headers.set(FETCHED_AT_HEADER, String(Date.now()));
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

/** Stores only complete answers, stamped with the time they were fetched. */
const stampPlugin: WorkboxPlugin = {
  cacheWillUpdate: async ({ response }) => keepableFeedCopy(response),
};

/** When each feed URL's network request last failed outright (not a timeout: a fetch that threw). */
const failedAt = new Map<string, number>();
/** A failure this recent explains the kept copy answered now. */
const FAILURE_FRESH_MS = 10_000;

/**
 * Says why a kept copy answers: navigator.onLine stays true on a connection that reaches nothing (and
 * under some emulated offline modes), so the page learns "no network" from the worker that saw the
 * request fail rather than from the browser's flag.
 */
const noNetworkPlugin: WorkboxPlugin = {
  fetchDidFail: async ({ request, error }) => {
    // A request this worker ended at its deadline (./deadline.ts) met a slow network, not none.
    const name = (error as { name?: unknown } | undefined)?.name;
    if (name === 'AbortError' || name === 'TimeoutError') return;
    failedAt.set(request.url, Date.now());
  },
  cachedResponseWillBeUsed: async ({ request, cachedResponse }) => {
    const failed = failedAt.get(request.url);
    if (!cachedResponse || failed === undefined || Date.now() - failed > FAILURE_FRESH_MS) return cachedResponse;
    const headers = new Headers(cachedResponse.headers);
    headers.set(NO_NETWORK_HEADER, '1');
    return new Response(cachedResponse.body, { status: cachedResponse.status, statusText: cachedResponse.statusText, headers });
  },
  fetchDidSucceed: async ({ request, response }) => {
    failedAt.delete(request.url);
    return response;
  },
};

/**
 * The network request goes on after the kept copy answered, to keep what it brings; only the
 * caches wait on it then (the kept copy carries the fetched-at stamp, a network answer does not).
 */
const deadline = deadlinePlugin(DEADLINE_MS.feed, (answer) => answer.headers.has(FETCHED_AT_HEADER));

/** Registers the feed route: network first, 3 s timeout, then the last good copy. */
export function registerFeedCache(): void {
  // News must be fresh when the network answers; a train's half-signal must not hang the page,
  // so after 3 s the last copy is served (the page still shows "fetched at" from the stamp).
  registerRoute(
    ({ request }) => isFeedRequest(request),
    new NetworkFirst({ cacheName: CACHE_NAMES.feed, networkTimeoutSeconds: 3, plugins: [deadline, stampPlugin, noNetworkPlugin] }),
  );
}
