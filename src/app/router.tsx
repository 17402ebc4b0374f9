import { createBrowserRouter, type RouteObject } from 'react-router';
import type { LoaderFunction } from 'react-router';
import { homeLoader } from '../routes/home/home-loader';
import { Component as Home } from '../routes/home/route';
import { NotFound } from '../routes/not-found/route';
import { AppSkeleton } from './app-skeleton';
import { withPageData } from '../session/page-data';
import { routePatterns } from '../shared/paths';
import { RootLayout } from './root-layout';
import { RouteError } from './route-error';

/** A lazy route module's loader, wrapped so a prerendered page's first load takes the page's own data. */
const view = (id: string, load: () => Promise<{ loader?: LoaderFunction; Component: React.ComponentType }>) => ({
  id,
  lazy: async () => {
    const m = await load();
    return m.loader ? { Component: m.Component, loader: withPageData(id, m.loader) } : { Component: m.Component };
  },
});

/**
 * Route ids name the views: a prerendered page's data is keyed by them (page-data.ts).
 * Home is in the entry chunk (it is what most visits need first); every other view is a lazy route
 * module exporting `loader` and `Component`, fetched on first use.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    Component: RootLayout,
    HydrateFallback: AppSkeleton,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { id: 'home', index: true, loader: withPageData('home', homeLoader), Component: Home },
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

/** The app's browser router. */
export function createRouter() {
  // Hydration data is always given (empty: loaders run, a prerendered page's first one from its own data),
  // so the router never reads it from `window.__staticRouterHydrationData`, a name feed HTML could clobber.
  return createBrowserRouter(routes, { hydrationData: { loaderData: {} } });
}
