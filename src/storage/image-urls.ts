import type { Article, Author } from '../feed/model';

/**
 * Every image an article shows: hero (src and every srcset size), banner, in-body <img> (src and
 * srcset) and author avatars, as absolute http(s) URLs, de-duplicated, in that order. Saving an
 * article caches exactly these: offline, the browser may pick any srcset size for the window it has.
 */
export function collectImageUrls(article: Article, authors: Author[]): string[] {
  const urls = new Set<string>();
  const add = (raw: string | undefined, base: string) => {
    if (!raw) return;
    try {
      const u = new URL(raw.trim(), base);
      if (u.protocol === 'http:' || u.protocol === 'https:') urls.add(u.href);
    } catch {
      // an unparseable URL in a feed is the feed's problem; skip it
    }
  };
  const base = article.baseUrl;
  add(article.image?.src, base);
  for (const source of article.image?.srcset ?? []) add(source.src, base);
  add(article.bannerImage, base);
  if (article.contentHtml && typeof DOMParser !== 'undefined') {
    const doc = new DOMParser().parseFromString(article.contentHtml, 'text/html');
    for (const img of Array.from(doc.querySelectorAll('img'))) {
      add(img.getAttribute('src') ?? undefined, base);
      for (const candidate of (img.getAttribute('srcset') ?? '').split(',')) add(candidate.trim().split(/\s+/)[0], base);
    }
  }
  for (const a of authors) add(a.avatar, base);
  return [...urls];
}
