/**
 * The network boundary of the feed: fetch one page (timeout, size limit, conditional GET, typed
 * errors), follow `next_url` pages with a loop guard, and merge pages into one model.
 */
import { FeedError, isFeedError } from './errors';
import type { Article, Author, FeedModel } from '../shared/model';
import { formatBytes } from '../shared/intl';
import { parseOnPage, type FeedBytesParser } from './feed-parser';
import { countTags, sortArticles } from './order';
import { articleSlugBase, uniqueSlug } from './slugs';
import { pageKey } from './page-key';

/** Largest feed body we read: 50 MB, in SI units as the message writes it (10,000 articles are about 24 MB). Larger is 'too-large'. */
const FEED_MAX_BYTES = 50_000_000;
/** Default time allowed for the whole download (headers and body). */
const FEED_TIMEOUT_MS = 8000;

export interface FetchFeedOptions {
  /** Aborting it rejects with the signal's reason (an AbortError), not a FeedError. */
  signal?: AbortSignal;
  timeoutMs?: number;
  maxBytes?: number;
  fetchImpl?: typeof fetch;
  /** ETag of the copy we have: sent as If-None-Match. */
  etag?: string;
  /** Last-Modified of the copy we have: sent as If-Modified-Since. */
  lastModified?: string;
  /** The model of the copy we have; returned as `model` when the server answers 304. */
  cached?: FeedModel;
  /** Reads the body into the model: the session's feed worker; by default, on the page. */
  parse?: FeedBytesParser;
}

export interface FeedPage {
  /** The page's model; on 304 it is `cached` (or an empty model when none was passed). */
  model: FeedModel;
  etag?: string;
  lastModified?: string;
  /** True when the server answered 304 Not Modified. */
  notModified?: boolean;
}

const REASONS: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
  406: 'Not Acceptable', 408: 'Request Timeout', 410: 'Gone', 429: 'Too Many Requests',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/**
 * The Accept header of feed requests. application/feed+json stays first: the service worker knows
 * feed requests by it (src/sw/feed-cache.ts). At most 128 bytes, so it stays a CORS-safelisted header
 * and a feed on another origin is a simple request, with no preflight (XML types beyond Atom and RSS
 * are covered by the wildcard).
 */
export const FEED_ACCEPT = 'application/feed+json, application/json;q=0.9, application/atom+xml;q=0.9, application/rss+xml;q=0.9, */*;q=0.8';

/** The page's origin, when there is a page (not in Node tools). */
function pageOrigin(): string | undefined {
  const origin = (globalThis as { location?: { origin?: string } }).location?.origin;
  return origin && origin !== 'null' ? origin : undefined;
}

/** True when `url` is on another origin than the page (false where there is no page). */
function isCrossOrigin(url: string): boolean {
  const page = pageOrigin();
  if (!page) return false;
  try {
    return new URL(url, page).origin !== page;
  } catch {
    return false;
  }
}

/**
 * Why a request that failed with no answer at all may have failed, when the feed is on another
 * origin and the device is online: the browser hides a refused CORS request behind the same
 * TypeError as a lost connection, and a missing Access-Control-Allow-Origin is the usual cause.
 */
function corsHint(url: string): string {
  const page = pageOrigin();
  if (!page || !isCrossOrigin(url) || (globalThis as { navigator?: { onLine?: boolean } }).navigator?.onLine === false) return '';
  return `. The feed is on another site (${new URL(url, page).host}): the likely cause is CORS, as its server must send Access-Control-Allow-Origin for this reader (${page}) or *.`;
}

/** Fetches, parses and normalizes one feed page. Throws FeedError (or the AbortSignal's reason). */
export async function fetchFeedPage(url: string, opts: FetchFeedOptions = {}): Promise<FeedPage> {
  const fetchImpl = opts.fetchImpl ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = opts.timeoutMs ?? FEED_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? FEED_MAX_BYTES;

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new FeedError('timeout', timeoutMessage(timeoutMs), { url }));
  }, timeoutMs);
  const onAbort = () => controller.abort(opts.signal?.reason);
  if (opts.signal?.aborted) onAbort();
  else opts.signal?.addEventListener('abort', onAbort, { once: true });

  const fail = (e: unknown): never => {
    if (isFeedError(e)) throw e;
    if (timedOut) throw new FeedError('timeout', timeoutMessage(timeoutMs), { url, cause: e });
    if (opts.signal?.aborted) throw opts.signal.reason;
    const detail = e instanceof Error && e.message ? ` (${e.message})` : '';
    throw new FeedError('network', `The feed could not be downloaded: the network request failed${detail}${corsHint(url)}`, {
      url,
      cause: e,
    });
  };

  try {
    const headers: Record<string, string> = { Accept: FEED_ACCEPT };
    // If-None-Match and If-Modified-Since are not CORS-safelisted: sent to a feed on another origin
    // they make the browser ask a preflight first, which a host that only sends
    // Access-Control-Allow-Origin fails, and the feed could not be read at all. There the browser's
    // HTTP cache revalidates by itself (a 304 comes back as the cached 200).
    if (!isCrossOrigin(url)) {
      if (opts.etag) headers['If-None-Match'] = opts.etag;
      if (opts.lastModified) headers['If-Modified-Since'] = opts.lastModified;
    }

    let response: Response;
    try {
      response = await fetchImpl(url, { headers, signal: controller.signal });
    } catch (e) {
      return fail(e);
    }

    const etag = response.headers.get('ETag') ?? undefined;
    const lastModified = response.headers.get('Last-Modified') ?? undefined;
    const validators = { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };

    if (response.status === 304) {
      await response.body?.cancel().catch(() => undefined);
      // A 304 may omit the validators: the ones we sent are still the current ones.
      const kept = {
        ...(opts.etag ? { etag: opts.etag } : {}),
        ...(opts.lastModified ? { lastModified: opts.lastModified } : {}),
        ...validators,
      };
      return { model: opts.cached ?? emptyModel(), notModified: true, ...kept };
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      const text = (response.statusText || REASONS[response.status] || '').trim();
      throw new FeedError('http', `The feed server answered ${response.status}${text ? ` ${text}` : ''}`, {
        status: response.status,
        url,
      });
    }

    const contentType = response.headers.get('Content-Type')?.toLowerCase() ?? '';
    const declared = Number(response.headers.get('Content-Length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw tooLarge(maxBytes, url);
    }

    let bytes: Uint8Array;
    try {
      bytes = await readLimited(response, maxBytes, url);
    } catch (e) {
      return fail(e);
    }
    const feedUrl = response.url || absolutize(url);
    const model = await (opts.parse ?? parseOnPage)(bytes, { contentType, feedUrl });
    return { model, ...validators };
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onAbort);
  }
}

/** Reads a response body as a stream, failing with 'too-large' as soon as it passes `maxBytes`. */
async function readLimited(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const body = response.body;
  if (!body) {
    const buffer = new Uint8Array(await response.arrayBuffer());
    if (buffer.byteLength > maxBytes) throw tooLarge(maxBytes, url);
    return buffer;
  }
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes, url);
    }
    chunks.push(value);
  }
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

function tooLarge(maxBytes: number, url: string): FeedError {
  return new FeedError('too-large', `The feed is too large to read (over ${formatBytes(maxBytes)})`, { url });
}

function timeoutMessage(ms: number): string {
  const seconds = ms / 1000;
  return `The feed server did not answer within ${seconds} second${seconds === 1 ? '' : 's'}`;
}

/** Makes a relative URL absolute against the page/worker location when there is one. */
function absolutize(url: string): string {
  const here = (globalThis as { location?: { href?: string } }).location?.href;
  try {
    return new URL(url, here).href;
  } catch {
    return url;
  }
}

function emptyModel(): FeedModel {
  return {
    meta: { title: '', version: 'https://jsonfeed.org/version/1.1', expired: false },
    articles: [],
    authors: [],
    tags: [],
    skipped: [],
  };
}

/**
 * Fetches the page after `model` (its `meta.nextUrl`) and merges it in; resolves with null when
 * there is no next page. A `next_url` that was already visited throws FeedError 'loop' (rather
 * than stopping silently) so the view can say why paging ended; `visited` is updated.
 */
export async function fetchNextPage(
  model: FeedModel,
  visited: Set<string>,
  opts: Omit<FetchFeedOptions, 'etag' | 'lastModified' | 'cached'> = {},
): Promise<FeedModel | null> {
  const next = model.meta.nextUrl;
  if (!next) return null;
  const key = pageKey(next);
  if (visited.has(key) || visited.has(next)) {
    throw new FeedError('loop', `The feed's next page (${next}) points back to a page already loaded, so paging stopped`, {
      url: next,
    });
  }
  visited.add(key);
  const { model: page } = await fetchFeedPage(next, opts);
  return mergeFeedModels(model, page);
}

/**
 * Appends the next page to `base`: articles de-duplicated by id (the first page's copy wins),
 * slugs of `base` never change (a next-page article whose slug is taken gets the hashed form),
 * authors merged by profile id / name / slug, tag counts recomputed, `nextUrl` from the next page.
 * The result is re-sorted (stable), so the model stays newest first with undated articles last.
 */
export function mergeFeedModels(base: FeedModel, next: FeedModel): FeedModel {
  // Authors: map every next-page author onto a base author, or add it under a free slug.
  const authors: Author[] = base.authors.map((a) => ({ ...a, links: [...a.links] }));
  const bySlug = new Map(authors.map((a) => [a.slug, a]));
  const byProfile = new Map(authors.flatMap((a) => (a.profileId ? [[a.profileId, a] as const] : [])));
  const byName = new Map(authors.map((a) => [a.name.toLowerCase(), a]));
  const authorSlugMap = new Map<string, string>();
  for (const a of next.authors) {
    const match = (a.profileId ? byProfile.get(a.profileId) : undefined) ?? byName.get(a.name.toLowerCase());
    if (match) {
      // Fill gaps only: what the first page said about an author stays.
      for (const key of ['url', 'avatar', 'role', 'bioHtml'] as const) {
        const value = a[key];
        if (match[key] === undefined && value !== undefined) match[key] = value;
      }
      if (match.links.length === 0) match.links = [...a.links];
      authorSlugMap.set(a.slug, match.slug);
      continue;
    }
    let slug = a.slug;
    for (let n = 2; bySlug.has(slug); n++) slug = `${a.slug}-${n}`;
    const added: Author = { ...a, slug, links: [...a.links] };
    authors.push(added);
    bySlug.set(slug, added);
    if (added.profileId) byProfile.set(added.profileId, added);
    byName.set(added.name.toLowerCase(), added);
    authorSlugMap.set(a.slug, slug);
  }

  // Articles: base untouched; next-page ones de-duplicated and given slugs free in base.
  const ids = new Set(base.articles.map((a) => a.id));
  const usedSlugs = new Set<string>();
  for (const a of base.articles) {
    usedSlugs.add(a.slug);
    for (const alias of a.aliases) usedSlugs.add(alias);
  }
  const skipped = [...base.skipped, ...next.skipped];
  const added: Article[] = [];
  for (const a of next.articles) {
    // An id seen on an earlier page is normal when new items pushed older ones down between
    // fetches: drop it silently (the first copy wins) rather than reporting a faulty item.
    if (ids.has(a.id)) continue;
    ids.add(a.id);
    // A slug (or alias) already in base belongs to that article: this one gets its hashed form.
    let slug = a.slug;
    if (usedSlugs.has(slug)) slug = uniqueSlug(articleSlugBase(a), a.id, usedSlugs);
    else usedSlugs.add(slug);
    const aliases = a.aliases.filter((alias) => !usedSlugs.has(alias) && alias !== slug);
    for (const alias of aliases) usedSlugs.add(alias);
    added.push({
      ...a,
      slug,
      aliases,
      authorSlugs: [...new Set(a.authorSlugs.map((s) => authorSlugMap.get(s) ?? s))],
    });
  }

  const articles = sortArticles([...base.articles, ...added]);
  const names = new Map<string, string>();
  for (const t of [...base.tags, ...next.tags]) if (!names.has(t.slug)) names.set(t.slug, t.name);

  const meta = { ...base.meta };
  if (next.meta.nextUrl) meta.nextUrl = next.meta.nextUrl;
  else delete meta.nextUrl;
  return { meta, articles, authors, tags: countTags(articles, names), skipped };
}
