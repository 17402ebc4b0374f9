import type { Article, Author } from '../shared/model';

/** One candidate of a `srcset` attribute: its URL as written and its descriptor (`480w`, `2x`), if any. */
export interface SrcsetCandidate {
  url: string;
  descriptor?: string;
}

/**
 * Splits a `srcset` value the way the HTML standard's parser does: a URL is a run of non-space
 * characters (so a CDN URL with commas inside, `…/w_480,c_fill/a.jpg 480w`, stays whole), trailing
 * commas end it, and the descriptor runs to the next comma outside parentheses. Splitting on every
 * comma would cut such URLs in two.
 */
export function parseSrcset(value: string): SrcsetCandidate[] {
  const out: SrcsetCandidate[] = [];
  const space = /[\t\n\f\r ]/;
  let i = 0;
  while (i < value.length) {
    while (i < value.length && (space.test(value.charAt(i)) || value.charAt(i) === ',')) i++;
    if (i >= value.length) break;
    const start = i;
    while (i < value.length && !space.test(value.charAt(i))) i++;
    let url = value.slice(start, i);
    let descriptor = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      let depth = 0;
      const dStart = i;
      while (i < value.length && !(value.charAt(i) === ',' && depth === 0)) {
        if (value.charAt(i) === '(') depth++;
        else if (value.charAt(i) === ')') depth = Math.max(0, depth - 1);
        i++;
      }
      descriptor = value.slice(dStart, i).trim();
    }
    if (url) out.push(descriptor ? { url, descriptor } : { url });
  }
  return out;
}

/**
 * `raw` resolved against `base` as an absolute http(s) URL with any `user:pass@` removed, or null.
 * Credentials in an image URL make `fetch` and `Cache.match` throw, and browsers refuse such
 * subresources anyway; without them the URL names the same image.
 */
function httpImageUrl(raw: string | undefined, base: string): string | null {
  if (!raw) return null;
  try {
    const u = new URL(raw.trim(), base);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    u.username = '';
    u.password = '';
    return u.href;
  } catch {
    return null; // an unparseable URL in a feed is the feed's problem; skip it
  }
}

/**
 * Every image an article shows: hero (src and every srcset size), banner, the <img> (src, srcset),
 * <picture> <source> (srcset) and <video> poster images of its body, and author avatars, as
 * absolute http(s) URLs without credentials, de-duplicated, in that order. Saving an article caches
 * exactly these: offline, the browser may pick any srcset size for the window it has.
 *
 * `sanitizedBody` must be the body as the page shows it, i.e. the output of src/html/sanitize.ts:
 * images inside markup the sanitizer drops (<noscript>, <svg>, <object>, <select>…) are never shown,
 * so they must never be fetched either. Without it, no body image is listed.
 */
export function collectImageUrls(article: Article, authors: Author[], sanitizedBody?: string): string[] {
  const urls = new Set<string>();
  const base = article.baseUrl;
  const add = (raw: string | undefined) => {
    const url = httpImageUrl(raw, base);
    if (url) urls.add(url);
  };
  add(article.image?.src);
  for (const source of article.image?.srcset ?? []) add(source.src);
  add(article.bannerImage);
  if (sanitizedBody && typeof DOMParser !== 'undefined') {
    const doc = new DOMParser().parseFromString(`<!doctype html><body>${sanitizedBody}`, 'text/html');
    for (const el of Array.from(doc.body.querySelectorAll('img, picture > source, video[poster]'))) {
      add(el.getAttribute(el.localName === 'video' ? 'poster' : 'src') ?? undefined);
      for (const candidate of parseSrcset(el.getAttribute('srcset') ?? '')) add(candidate.url);
    }
  }
  for (const a of authors) add(a.avatar);
  return [...urls];
}
