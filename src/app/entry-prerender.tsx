import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler } from 'react-router';
import { AppSkeleton } from './app-skeleton';
import { indexFeed } from '../session/feed-index';
import { createFeedSession, newestArticleTime, type FeedSession } from '../session/feed-session';
import { FeedSessionProvider } from '../session/session-context';
import { routerContext } from '../session/loader-context';
import { feedUrl } from '../shared/env';
import { createTabState, TabStateProvider } from '../shared/tab-state';
import type { PageData } from './page-data';
import { PageApp } from './page-navigation';
import { routes } from './router';
import { viewComponents, viewOfLoaderData } from './views';
import type { FeedModel } from '../shared/model';

/**
 * Build-time rendering of the real views (scripts/prerender.ts loads this through Vite's SSR loader,
 * with a jsdom `window` and a `fetch` that reads dist/): the router's loaders make the view's data, and
 * the page is the tree the client hydrates with that data (page-navigation.tsx), so the client takes it
 * over without a visible change.
 */

export interface RenderedPage {
  /** HTTP-like status: 200, or 404 when the route's loader said "not found". */
  status: number;
  /** The body markup for #root. */
  html: string;
  /** `<title>`, `<meta>` and `<link>` elements React rendered inside the views, for the document head. */
  head: string;
  /** What the page was rendered from, for the client to hydrate from (page-data.ts). */
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
 * Renders one in-app URL (absolute, on the site's origin) to markup, in a feed session of its own as a
 * first visit to that URL would have (only the feed pages its loader asks for), so the client hydrates
 * the same tree.
 */
export function renderUrl(url: string): Promise<RenderedPage> {
  return inNewSession((session) => renderIn(session, url));
}

/** Runs `work` in a feed session of its own, closed after: nothing it started outlives it. */
async function inNewSession<T>(work: (session: FeedSession) => Promise<T>): Promise<T> {
  const session = createFeedSession({ feedUrl: feedUrl() });
  try {
    return await work(session);
  } finally {
    session.close();
  }
}

async function renderIn(session: FeedSession, url: string): Promise<RenderedPage> {
  const handler = createStaticHandler(routes);
  const context = await handler.query(new Request(url), { requestContext: routerContext(session) });
  if (context instanceof Response) throw new Error(`Prerendering ${url}: the route answered with a redirect (${context.status})`);
  const { pathname, search } = new URL(url);
  const path = pathname.replace(/\/+$/, '') || '/';
  const model = session.peekFeed();
  if (!model) throw new Error(`Prerendering ${url}: the route rendered without the feed`);
  const newest = newestArticleTime(model);
  const data: PageData = {
    path,
    loaderData: context.loaderData,
    feed: model.meta,
    ...(newest === undefined ? {} : { newest: new Date(newest).toISOString() }),
  };
  // A page whose loader failed (not found, an unreadable feed) is not prerendered: the build skips it, or
  // (home) writes the skeleton, and the app renders the page on the device (its data names no view).
  const view = viewOfLoaderData(context.loaderData);
  if (context.statusCode !== 200 || context.errors || !view) return { status: context.statusCode === 200 ? 500 : context.statusCode, html: renderShell(), head: '', data };
  const { Component } = await viewComponents[view]();
  // The reader's own things (saved flags, read marks) are never in the HTML: the views render them empty.
  const tab = createTabState();
  let markup: string;
  try {
    markup = renderToString(
      <StrictMode>
        <FeedSessionProvider session={session}>
          <TabStateProvider tab={tab}>
            <PageApp location={{ pathname, search, hash: '' }} pagePath={path} View={Component} data={context.loaderData[view]} />
          </TabStateProvider>
        </FeedSessionProvider>
      </StrictMode>,
    );
  } finally {
    tab.close();
  }
  return { status: 200, ...splitHead(markup), data };
}

/** The app's frame with grey blocks: the shell for routes that are drawn on the device. */
export function renderShell(): string {
  return renderToString(<AppSkeleton />);
}

/** The first page of the feed, as the home page shows it. */
export function firstPage(): Promise<FeedModel> {
  return inNewSession((session) => session.getFeed());
}

/** Every page of the feed merged, following next_url. */
export function wholeFeed(): Promise<FeedModel> {
  return inNewSession((session) => session.loadWholeFeed());
}

export { indexFeed };
