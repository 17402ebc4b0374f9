/**
 * Feed HTML the page already shows, sanitized at build time. A prerendered article carries each
 * sanitized block with `data-source-hash`, a hash of the feed HTML it came from; when the client
 * renders the same article from the same source, it takes that markup instead of sanitizing again
 * (two DOMPurify passes over a long article are the longest task of the takeover on a slow phone, and
 * the sanitizer chunk need not load at all). Only markup inside the prerendered #root of a page built
 * for this very path is taken: it is the site's own build output. A hash collision could at worst
 * show the build's (sanitized) version of a changed article, never unsanitized HTML.
 */

/** A short hash of feed HTML (FNV-1a, 32 bits, with the length). */
export function sourceHash(source: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) {
    h ^= source.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${source.length.toString(36)}-${(h >>> 0).toString(36)}`;
}

/** The sanitized markup of the prerendered block made from the source with this hash, if this page has one. */
export function prerenderedHtml(hash: string): string | undefined {
  if (typeof document === 'undefined' || typeof window === 'undefined') return undefined;
  const html = document.documentElement;
  const here = window.location.pathname.replace(/\/+$/, '') || '/';
  if (html.dataset.prerendered !== here || html.hasAttribute('data-stale-prerender')) return undefined;
  // The hash is [0-9a-z-] only: safe inside the quoted attribute selector.
  return document.querySelector(`#root [data-source-hash="${hash}"]`)?.innerHTML;
}
