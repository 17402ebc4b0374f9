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

const seg = (s: string) => encodeURIComponent(s);

/** Link builders for every view. */
export const paths = {
  home: () => '/',
  article: (slug: string) => `/articles/${seg(slug)}`,
  paragraph: (slug: string, n: number) => `/articles/${seg(slug)}#p-${n}`,
  related: (slug: string) => `/articles/${seg(slug)}/related`,
  author: (slug: string) => `/authors/${seg(slug)}`,
  tag: (tag: string) => `/tags/${seg(tag)}`,
  search: (q?: string) => (q ? `/search?q=${encodeURIComponent(q)}` : '/search'),
  saved: () => '/saved',
  settings: () => '/settings',
} as const;

/** The absolute canonical URL of an in-app path, on the origin the app is served from. */
export function canonicalUrl(path: string): string {
  return new URL(path, window.location.origin).href;
}
