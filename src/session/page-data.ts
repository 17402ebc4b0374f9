import type { LoaderFunction } from 'react-router';
import type { FeedMeta } from '../shared/model';

/**
 * The data a prerendered page was rendered from. scripts/prerender.ts writes each page's loader data
 * (view-sized, see view-data.ts) into a `<script type="application/json">` in its `<head>`, and the
 * first load of that page's route takes it from there instead of running the loader, so hydration
 * sees exactly what the build rendered, whatever the feed says by now. It is read from the head only,
 * by element, never through a global: feed HTML lives in the body and cannot stand in for it.
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
}

/** The page's data once read (null: none usable); undefined until the first readPageData(). */
let pending: PageData | null | undefined;

/** Forgets the data read, so the next readPageData() reads the document again (tests: a new page). */
export function resetPageData(): void {
  pending = undefined;
}

const here = () => window.location.pathname.replace(/\/+$/, '') || '/';

/** The page's own data, when this document was prerendered for this very path (else null). */
export function readPageData(): PageData | null {
  if (pending !== undefined) return pending;
  pending = null;
  if (typeof document === 'undefined') return null;
  const html = document.documentElement;
  if (html.dataset.prerendered !== here() || html.hasAttribute('data-stale-prerender')) return null;
  const el = document.head.querySelector(`script[type="application/json"]#${PAGE_DATA_ID}`);
  if (!el?.textContent) return null;
  try {
    const data = JSON.parse(el.textContent) as Partial<PageData>;
    if (typeof data.path === 'string' && data.path === here() && data.loaderData && typeof data.loaderData === 'object' && data.feed && typeof data.feed.title === 'string') {
      const article = data.loaderData.article as { body?: unknown } | undefined;
      if (article?.body === BODY_IN_PAGE) {
        const body = document.querySelector('#root .article-body');
        if (!body) return null; // the markup is not what the data says: load the view afresh
        article.body = body.innerHTML;
      }
      pending = data as PageData;
    }
  } catch {
    /* unreadable: the app loads the view's data itself */
  }
  return pending;
}

/** A route loader that answers its first call on the prerendered page with the page's data, and loads as usual after. */
export function withPageData(id: string, loader: LoaderFunction): LoaderFunction {
  return (args) => {
    const data = readPageData();
    if (data && id in data.loaderData && new URL(args.request.url).pathname.replace(/\/+$/, '') === data.path.replace(/\/+$/, '')) {
      const value = data.loaderData[id];
      delete data.loaderData[id]; // once: a later visit to this view loads afresh
      return value;
    }
    return loader(args);
  };
}
