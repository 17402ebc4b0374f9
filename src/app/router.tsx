import { createBrowserRouter, type RouteObject } from 'react-router';
import { homeLoader } from '../routes/home/home-loader';
import { Component as Home } from '../routes/home/route';
import { NotFound } from '../routes/not-found/route';
import { AppSkeleton } from './app-skeleton';
import { routePatterns } from './paths';
import { RootLayout } from './root-layout';
import { RouteError } from './route-error';

/**
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
          { index: true, loader: homeLoader, Component: Home },
          { path: routePatterns.article, lazy: () => import('../routes/article/route') },
          { path: routePatterns.related, lazy: () => import('../routes/related/route') },
          { path: routePatterns.author, lazy: () => import('../routes/author/route') },
          { path: routePatterns.tag, lazy: () => import('../routes/tag/route') },
          { path: routePatterns.search, lazy: () => import('../routes/search/route') },
          { path: routePatterns.saved, lazy: () => import('../routes/saved/route') },
          { path: routePatterns.settings, lazy: () => import('../routes/settings/route') },
          { path: '*', Component: NotFound },
        ],
      },
    ],
  },
];

/** The app's browser router. */
export function createRouter() {
  return createBrowserRouter(routes);
}
