/**
 * Every URL the app makes, in one table. Route patterns (for the router) and link builders
 * (for components) live side by side so they cannot drift apart.
 */

export const routePatterns = {
  home: '/',
  article: '/articles/:slug',
  related: '/articles/:slug/related',
  author: '/authors/:slug',
  tag: '/tags/:tag',
  search: '/search',
  saved: '/saved',
  settings: '/settings',
} as const;

/** The pattern of a lone UTF-16 surrogate: half a pair, which no URL (and no `encodeURIComponent`) can hold. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * `s` with every lone surrogate replaced by U+FFFD, as the URL parser itself does. A feed string
 * cut in the middle of an emoji carries one, and `encodeURIComponent` throws URIError on it: link
 * building must work for any string, or one odd item breaks every page that lists it.
 */
export function wellFormed(s: string): string {
  const native = (s as string & { toWellFormed?: () => string }).toWellFormed;
  return typeof native === 'function' ? native.call(s) : s.replace(LONE_SURROGATE, '\uFFFD');
}

const seg = (s: string) => encodeURIComponent(wellFormed(String(s)));

/** Link builders for every view. */
export const paths = {
  home: () => '/',
  article: (slug: string) => `/articles/${seg(slug)}`,
  paragraph: (slug: string, n: number) => `/articles/${seg(slug)}#p-${n}`,
  related: (slug: string) => `/articles/${seg(slug)}/related`,
  author: (slug: string) => `/authors/${seg(slug)}`,
  tag: (tag: string) => `/tags/${seg(tag)}`,
  search: (q?: string) => (q ? `/search?q=${seg(q)}` : '/search'),
  saved: () => '/saved',
  settings: () => '/settings',
} as const;

/** The absolute canonical URL of an in-app path, on the origin the app is served from. */
export function canonicalUrl(path: string): string {
  return new URL(path, window.location.origin).href;
}
