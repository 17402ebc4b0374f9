/** Canonical form of a page URL for the paging loop guard (fragment dropped). */
export function pageKey(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return url;
  }
}
