import type { FeedMeta } from '../shared/model';

/**
 * The data a prerendered page was rendered from. scripts/prerender.ts writes each page's loader data
 * (view-sized, see view-data.ts) into a `<script type="application/json">` right after the root element
 * (after the markup, so it never delays the first paint), and the router is given it as its hydration
 * data (router.tsx): the route's first load runs no loader, and hydration sees exactly what the build
 * rendered, whatever the feed says by now. It is read from that one place only, by element, never
 * through a global: feed HTML lives inside the root element and cannot stand in for it.
 */

export const PAGE_DATA_ID = 'broadsheet-page-data';

/**
 * Stands for "the sanitized article body that is in this page's markup" in an article page's data: the
 * body is often most of the page's bytes, and sending it twice (markup and data) would double them.
 * The client takes it from the prerendered `.article-body`, which only the app renders (feed HTML
 * cannot carry the app's class names: the sanitizer moves them into its own namespace).
 */
export const BODY_IN_PAGE = '\u0000body-in-page';

/** The shape written into the page. */
export interface PageData {
  /** The path the page was built for. */
  path: string;
  /** Loader data by route id (router.tsx). */
  loaderData: Record<string, unknown>;
  /** The feed the page was built from. */
  feed: FeedMeta;
  /** The date (ISO) of that feed's newest article, when one is dated: weighed against the device's copy. */
  newest?: string;
}

const pathOf = (pathname: string) => pathname.replace(/\/+$/, '') || '/';

/**
 * The page's own data, when `doc` was prerendered for this very path (else null). Read once, by the
 * app's start (start-app.tsx), and handed to the router: the loaders never look at the document.
 */
export function readPageData(doc: Document = document): PageData | null {
  const html = doc.documentElement;
  const here = pathOf(doc.location?.pathname ?? '/');
  if (html.dataset.prerendered !== here || html.hasAttribute('data-stale-prerender')) return null;
  const el = doc.querySelector(`body > #root + script[type="application/json"]#${PAGE_DATA_ID}`);
  if (!el?.textContent) return null;
  try {
    const data = JSON.parse(el.textContent) as Partial<PageData>;
    if (typeof data.path !== 'string' || data.path !== here || !data.loaderData || typeof data.loaderData !== 'object' || typeof data.feed?.title !== 'string') return null;
    const article = data.loaderData.article as { body?: unknown } | undefined;
    if (article?.body === BODY_IN_PAGE) {
      const body = doc.querySelector('#root .article-body');
      if (!body) return null; // the markup is not what the data says: load the view afresh
      article.body = body.innerHTML;
    }
    return data as PageData;
  } catch {
    return null; // unreadable: the app loads the view's data itself
  }
}
