import { createBrowserRouter, matchRoutes, type RouteObject } from 'react-router';
import { homeLoader } from '../routes/home/home-loader';
import { Component as Home } from '../routes/home/route';
import { NotFound } from '../routes/not-found/route';
import type { FeedSession } from '../session/feed-session';
import { routerContext } from '../session/session-context';
import { routePatterns } from '../shared/paths';
import { AppSkeleton } from './app-skeleton';
import type { PageData } from './page-data';
import { RootLayout } from './root-layout';
import { RouteError } from './route-error';

/**
 * The route tree. Route ids name the views: a prerendered page's data (page-data.ts) is keyed by them.
 * Home is in the entry chunk (it is what most visits need first); every other view is a lazy route
 * module exporting `loader` and `Component`, fetched on first use. `pagePath` is the path of the
 * prerendered page this document carries, if any (the layout's alert about its feed is for it alone).
 */
function createRoutes(pagePath?: string): RouteObject[] {
  const view = (id: string, load: () => Promise<Pick<RouteObject, 'loader' | 'Component'>>): RouteObject => ({
    id,
    lazy: async () => {
      const { loader, Component } = await load();
      return loader ? { loader, Component } : { Component };
    },
  });
  return [
    {
      path: '/',
      Component: () => <RootLayout pagePath={pagePath} />,
      HydrateFallback: AppSkeleton,
      errorElement: <RouteError />,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            { id: 'home', index: true, loader: homeLoader, Component: Home },
            { path: routePatterns.article, ...view('article', () => import('../routes/article/route')) },
            { path: routePatterns.related, ...view('related', () => import('../routes/related/route')) },
            { path: routePatterns.author, ...view('author', () => import('../routes/author/route')) },
            { path: routePatterns.tag, ...view('tag', () => import('../routes/tag/route')) },
            { path: routePatterns.search, ...view('search', () => import('../routes/search/route')) },
            { path: routePatterns.saved, ...view('saved', () => import('../routes/saved/route')) },
            { path: routePatterns.settings, ...view('settings', () => import('../routes/settings/route')) },
            { path: '*', Component: NotFound },
          ],
        },
      ],
    },
  ];
}

/** The routes with no page data: the build's renderer and the view tests. */
export const routes: RouteObject[] = createRoutes();

/**
 * The app's browser router, its loaders running in `session`. `page` is the prerendered page's own
 * data, if this document has it: the router takes it as its hydration data, so the page's route
 * renders from exactly what the build rendered. The lazy view that page needs is loaded first, since
 * the router would otherwise run its loader on hydration whatever data it was given.
 */
export async function createRouter(session: FeedSession, page: PageData | null = null) {
  const tree = createRoutes(page?.path);
  if (page) {
    const lazy = (matchRoutes(tree, window.location) ?? []).map((m) => m.route).filter((r) => typeof r.lazy === 'function');
    await Promise.all(
      lazy.map(async (route) => {
        const load = route.lazy as () => Promise<Partial<RouteObject>>;
        Object.assign(route, await load(), { lazy: undefined });
      }),
    );
  }
  // Hydration data is always given (empty without a prerendered page), so the router never reads it
  // from `window.__staticRouterHydrationData`, a name feed HTML could clobber.
  return createBrowserRouter(tree, { hydrationData: { loaderData: page?.loaderData ?? {} }, getContext: () => routerContext(session) });
}
