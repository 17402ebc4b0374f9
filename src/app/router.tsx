import type { ComponentType } from 'react';
import { createBrowserRouter, matchRoutes, Outlet, ScrollRestoration, type LoaderFunction, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { NotFound } from '../routes/not-found/route';
import type { FeedSession } from '../session/feed-session';
import { routerContext } from '../session/loader-context';
import { routePatterns } from '../shared/paths';
import { AppSkeleton } from './app-skeleton';
import type { PageData } from './page-data';
import { RootLayout } from './root-layout';
import { RouteError } from './route-error';
import { RouterNavigation, withLoaderData } from './router-navigation';
import { viewComponents, type ViewId } from './views';

/** Each view's loader, by route id, in a module of its own (settings has none). */
const viewLoaders: Partial<Record<ViewId, () => Promise<LoaderFunction>>> = {
  home: () => import('../routes/home/home-loader').then((m) => m.homeLoader),
  article: () => import('../routes/article/article-loader').then((m) => m.articleLoader),
  related: () => import('../routes/related/loader').then((m) => m.loader),
  author: () => import('../routes/author/loader').then((m) => m.loader),
  tag: () => import('../routes/tag/loader').then((m) => m.loader),
  search: () => import('../routes/search/loader').then((m) => m.loader),
  saved: () => import('../routes/saved/loader').then((m) => m.loader),
};

/**
 * The route tree. Route ids name the views (views.ts): a prerendered page's data (page-data.ts) is keyed
 * by them. Every view is a lazy route: its component and its loader are fetched on first use.
 * `pagePath` is the path of the prerendered page this document carries, if any (the layout's alert
 * about its feed is for it alone). Every component below the root gets the app's navigation from the
 * router (router-navigation.tsx), the views their loader's data.
 */
function createRoutes(pagePath?: string): RouteObject[] {
  const view = (id: ViewId) => ({
    id,
    lazy: async (): Promise<{ Component: ComponentType; loader?: LoaderFunction }> => {
      const [{ Component }, loader] = await Promise.all([viewComponents[id](), viewLoaders[id]?.()]);
      return { Component: withLoaderData(Component), ...(loader ? { loader } : {}) };
    },
  });
  return [
    {
      path: '/',
      Component: () => (
        <RouterNavigation>
          <RootLayout pagePath={pagePath}>
            <Outlet />
          </RootLayout>
          <ScrollRestoration />
        </RouterNavigation>
      ),
      HydrateFallback: AppSkeleton,
      errorElement: (
        <RouterNavigation>
          <RouteError />
        </RouterNavigation>
      ),
      children: [
        {
          errorElement: <RouteError />,
          children: [
            { index: true, ...view('home') },
            { path: routePatterns.article, ...view('article') },
            { path: routePatterns.related, ...view('related') },
            { path: routePatterns.author, ...view('author') },
            { path: routePatterns.tag, ...view('tag') },
            { path: routePatterns.search, ...view('search') },
            { path: routePatterns.saved, ...view('saved') },
            { path: routePatterns.settings, ...view('settings') },
            { path: '*', Component: NotFound },
          ],
        },
      ],
    },
  ];
}

/** The routes with no page data: the build's loaders and the view tests. */
export const routes: RouteObject[] = createRoutes();

/**
 * The app's browser router, its loaders running in `session`. `page` is the prerendered page's own
 * data, if this document has it: the router takes it as its hydration data, so the page's route
 * renders from exactly what the build rendered, with no loader run. The lazy view that page needs is
 * loaded first, since the router would otherwise run its loader on its first render whatever data it
 * was given.
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

/** The router's type, for the code that holds one. */
export type AppRouter = Awaited<ReturnType<typeof createRouter>>;

/** Renders the app with `router` (here, so that only the router's chunk imports react-router). */
export function RouterApp({ router }: { router: AppRouter }) {
  return <RouterProvider router={router} />;
}
