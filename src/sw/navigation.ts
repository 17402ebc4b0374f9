/// <reference lib="webworker" />
import type { RouteHandlerCallbackOptions, WorkboxPlugin } from 'workbox-core/types.js';
import { CacheExpiration, ExpirationPlugin } from 'workbox-expiration';
import { getCacheKeyForURL, matchPrecache } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { StaleWhileRevalidate } from 'workbox-strategies';
import { CACHE_NAMES } from '../shared/cache-names';
import { CODE_VERSION } from './code-version';
import { DEADLINE_MS, deadlinePlugin, fetchHeadersWithin } from './deadline';

declare const self: ServiceWorkerGlobalScope;

/**
 * Navigations are answered from the device at once, never after the network: on a connection that
 * accepts requests and never answers (lie-fi) a page opens as fast as offline.
 * - `/` gets the precached index.html (the build's prerendered home);
 * - any other path gets the prerendered page for that URL if the reader opened it before (the pages
 *   cache below), else the precached shell.html, from which the app draws the view with what the
 *   device holds; the prerendered home is never served for another path;
 * - only when neither is on the device does the navigation wait for the network.
 */

const HOME = '/index.html';
const SHELL = '/shell.html';

/**
 * One pages cache per code version: a prerendered page names the JS chunks of the build that wrote
 * it, so after a code update the old pages (whose chunks the new precache no longer holds) must not
 * be served. A content-only rebuild keeps the code version, and with it the pages: they are at most
 * one visit behind, since each visit revalidates its page.
 */
const PAGES_CACHE = `${CACHE_NAMES.pages}-${CODE_VERSION}`;

/** A path is one page whatever its query (`?utm_source=…`): the build writes one file per path. */
function pathKey(url: string): string {
  const u = new URL(url);
  return u.origin + u.pathname;
}

function samePath(a: string, b: string): boolean {
  const norm = (p: string) => {
    let s = p.replace(/\/+$/, '') || '/';
    try {
      s = decodeURIComponent(s);
    } catch {
      /* a malformed escape: compare as written */
    }
    return s;
  };
  return norm(a) === norm(b);
}

const unescapeAttr = (s: string) =>
  s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/**
 * The path a page says it was prerendered for (`<html data-prerendered="/articles/x">`, written by
 * scripts/prerender.ts), or undefined for the shell and for anything that is not a prerendered page.
 */
function prerenderedPath(html: string): string | undefined {
  const attr = /<html\b[^>]*?\sdata-prerendered="([^"]*)"/i.exec(html.slice(0, 4096))?.[1];
  return attr === undefined ? undefined : unescapeAttr(attr);
}

/** True when every script the page loads is in this worker's precache: the page is from this code. */
function scriptsArePrecached(html: string, base: string): boolean {
  for (const m of html.matchAll(/<script\b[^>]*?\ssrc="([^"]+)"/gi)) {
    const src = new URL(unescapeAttr(m[1] ?? ''), base);
    if (src.origin !== self.location.origin || !getCacheKeyForURL(src.href)) return false;
  }
  return true;
}

/**
 * What the network's answer for a navigation may be kept as. A static host answers a path it has no
 * file for with index.html (the SPA fallback): the prerendered home, which must never stand for
 * another path, so only a page prerendered for this very path is kept. Such an answer, or a 404/410,
 * also says our copy is gone from the site: it is dropped. A page from another code version (the site
 * was redeployed while this worker is active) is not kept: offline its chunks could not load.
 */
const prerenderedPagesOnly: WorkboxPlugin = {
  cacheWillUpdate: async ({ request, response }) => {
    const forget = async () => {
      await (await caches.open(PAGES_CACHE)).delete(pathKey(request.url));
      return null;
    };
    if (response.status === 404 || response.status === 410) return forget();
    if (response.status !== 200 || !/text\/html/i.test(response.headers.get('Content-Type') ?? '')) return null;
    const html = await response.text();
    const path = prerenderedPath(html);
    if (path === undefined || !samePath(path, new URL(request.url).pathname)) return forget();
    if (!scriptsArePrecached(html, request.url)) return null;
    // A fresh Response: the network's may be a redirected one, which a navigation must not be given.
    return new Response(html, { status: 200, statusText: response.statusText, headers: response.headers });
  },
};

/** No cached page (or only an expired one): the shell, so the navigation still never waits. */
const shellWhenMissing: WorkboxPlugin = {
  cachedResponseWillBeUsed: async ({ cachedResponse }) => cachedResponse ?? (await matchPrecache(SHELL)) ?? null,
};

const pages = new StaleWhileRevalidate({
  cacheName: PAGES_CACHE,
  plugins: [
    // The page is answered from the device (a kept page, else the shell): the revalidation only
    // keeps the page for next time, so it is background work with a deadline.
    deadlinePlugin(DEADLINE_MS.page, () => true),
    { cacheKeyWillBeUsed: async ({ request }) => pathKey(request.url) },
    // 50 pages of a week at most: past that the page is older than what the app shows from the
    // device anyway, and the shell does as well. Quota trouble drops these before anything saved.
    new ExpirationPlugin({ maxEntries: 50, maxAgeSeconds: 7 * 24 * 60 * 60, purgeOnQuotaError: true }),
    prerenderedPagesOnly,
    // Last: it must see what the expiration plugin left (nothing, for an expired page).
    shellWhenMissing,
  ],
});

async function answerNavigation(options: RouteHandlerCallbackOptions): Promise<Response> {
  if (options.url.pathname === '/') {
    const home = await matchPrecache(HOME);
    return home ?? fetchHeadersWithin(options.request, DEADLINE_MS.page, (options.event as FetchEvent).clientId ?? '');
  }
  return pages.handle(options);
}

/** Drops the pages caches of other code versions once this worker is the active one. */
async function dropOtherPagesCaches(): Promise<void> {
  const prefix = `${CACHE_NAMES.pages}-`;
  const old = (await caches.keys()).filter((name) => name.startsWith(prefix) && name !== PAGES_CACHE);
  await Promise.all(old.map(async (name) => {
    await caches.delete(name);
    await new CacheExpiration(name, { maxEntries: 1 }).delete(); // its expiry bookkeeping (IndexedDB)
  }));
}

/**
 * Keeps the page at `url` as a navigation to it would (same rules), without answering anything: for
 * the page a first visit landed on, which was loaded before this worker existed. The page asks for it
 * (KEEP_PAGE) once the new worker controls it; `/` is precached already.
 */
function keepPage(event: ExtendableMessageEvent, url: string): void {
  const u = new URL(url, self.location.href);
  if (u.origin !== self.location.origin || u.pathname === '/') return;
  const [answer] = pages.handleAll({ event, request: new Request(pathKey(u.href)) });
  answer.catch(() => undefined); // nothing to answer: only the background revalidation matters
}

/** Registers the navigation route, the cleanup of older pages caches and the KEEP_PAGE message. */
export function registerNavigation(): void {
  registerRoute(
    new NavigationRoute(answerNavigation, {
      // A file opened in a tab (the feed, an image, a manifest) is not a page of the app. Workbox
      // tests path and query together: the extension is looked for before any `?`.
      denylist: [/^[^?]*\.(?:json|xml|txt|webmanifest|js|css|map|png|jpe?g|gif|webp|avif|svg|ico|mp3|m4a|ogg|opus|wav|mp4|webm|pdf|woff2?)(?:\?.*)?$/i],
    }),
  );
  self.addEventListener('activate', (event) => {
    event.waitUntil(dropOtherPagesCaches());
  });
  self.addEventListener('message', (event) => {
    const data = event.data as { type?: string; url?: unknown } | null;
    if (data?.type === 'KEEP_PAGE' && typeof data.url === 'string') keepPage(event, data.url);
  });
}
