import { createBrowserRouter, type RouteObject } from 'react-router';
import type { LoaderFunction } from 'react-router';
import { homeLoader } from '../routes/home/home-loader';
import { Component as Home } from '../routes/home/route';
import { NotFound } from '../routes/not-found/route';
import { AppSkeleton } from './app-skeleton';
import { withPageData, type PageData } from '../session/page-data';
import { routePatterns } from '../shared/paths';
import { RootLayout } from './root-layout';
import { RouteError } from './route-error';

/**
 * The route tree. Route ids name the views: a prerendered page's data (`page`, read once at start by
 * start-app.tsx; null at build time and in tests) is keyed by them, and answers its route's first load.
 * Home is in the entry chunk (it is what most visits need first); every other view is a lazy route
 * module exporting `loader` and `Component`, fetched on first use.
 */
function createRoutes(page: PageData | null): RouteObject[] {
  /** A lazy route module's loader, wrapped so a prerendered page's first load takes the page's own data. */
  const view = (id: string, load: () => Promise<{ loader?: LoaderFunction; Component: React.ComponentType }>) => ({
    id,
    lazy: async () => {
      const m = await load();
      return m.loader ? { Component: m.Component, loader: withPageData(page, id, m.loader) } : { Component: m.Component };
    },
  });
  const pagePath = page?.path;
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
            { id: 'home', index: true, loader: withPageData(page, 'home', homeLoader), Component: Home },
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
export const routes: RouteObject[] = createRoutes(null);

/** The app's browser router; `page` is the prerendered page's own data, if this document has it. */
export function createRouter(page: PageData | null = null) {
  // Hydration data is always given (empty: loaders run, a prerendered page's first one from its own data),
  // so the router never reads it from `window.__staticRouterHydrationData`, a name feed HTML could clobber.
  return createBrowserRouter(createRoutes(page), { hydrationData: { loaderData: {} } });
}
