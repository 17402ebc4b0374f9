import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { AppSkeleton } from './app-skeleton';
import { indexFeed } from '../session/feed-index';
import { getFeed, loadWholeFeed, newestArticleTime, peekFeed, resetSession } from '../session/feed-session';
import type { PageData } from '../session/page-data';
import { routes } from './router';
import type { FeedModel } from '../shared/model';

/**
 * Build-time rendering of the REAL route tree (scripts/prerender.ts loads this through Vite's SSR
 * loader, with a jsdom `window` and a `fetch` that reads dist/). The markup is what the client
 * renders for the same URL, so the client can take over without a visible change.
 */

export interface RenderedPage {
  /** HTTP-like status: 200, or 404 when the route's loader said "not found". */
  status: number;
  /** The body markup for #root. */
  html: string;
  /** `<title>`, `<meta>` and `<link>` elements React rendered inside the views, for the document head. */
  head: string;
  /** What the page was rendered from, for the client to hydrate from (src/session/page-data.ts). */
  data: PageData;
}

const HOISTED = /<(title)\b[^>]*>[\s\S]*?<\/title>|<(meta|link)\b[^>]*\/?>/gi;

/** Splits renderToString output into head elements (title/meta/link that React hoists) and body markup. */
function splitHead(markup: string): { head: string; html: string } {
  const head: string[] = [];
  // React emits hoistable elements first, before the body markup; take that leading run only.
  let rest = markup;
  for (;;) {
    HOISTED.lastIndex = 0;
    const m = HOISTED.exec(rest);
    if (!m || m.index !== 0) break;
    head.push(m[0]);
    rest = rest.slice(m[0].length);
  }
  return { head: head.join(''), html: rest };
}

/**
 * Renders one in-app URL (absolute, on the site's origin) to markup, from a fresh start as a first
 * visit to that URL would (only the feed pages its loader asks for), so the client hydrates the same tree.
 */
export async function renderUrl(url: string): Promise<RenderedPage> {
  resetSession();
  const handler = createStaticHandler(routes);
  const context = await handler.query(new Request(url));
  if (context instanceof Response) throw new Error(`Prerendering ${url}: the route answered with a redirect (${context.status})`);
  const router = createStaticRouter(handler.dataRoutes, context);
  const markup = renderToString(
    <StrictMode>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </StrictMode>,
  );
  const model = peekFeed();
  if (!model) throw new Error(`Prerendering ${url}: the route rendered without the feed`);
  const newest = newestArticleTime(model);
  const data: PageData = {
    path: new URL(url).pathname.replace(/\/+$/, '') || '/',
    loaderData: context.loaderData,
    feed: model.meta,
    ...(newest === undefined ? {} : { newest: new Date(newest).toISOString() }),
  };
  return { status: context.statusCode, ...splitHead(markup), data };
}

/** The app's frame with grey blocks: the shell for routes that are drawn on the device. */
export function renderShell(): string {
  return renderToString(<AppSkeleton />);
}

/** The first page of the feed, as the home page shows it. */
export function firstPage(): Promise<FeedModel> {
  return getFeed();
}

/** Every page of the feed merged, following next_url. */
export function wholeFeed(): Promise<FeedModel> {
  return loadWholeFeed();
}

export { indexFeed };
