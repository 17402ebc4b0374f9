import type { ComponentType } from 'react';

/**
 * Each view's component module by route id (the route ids name the views, and a prerendered page's data
 * is keyed by them: page-data.ts). Components only: a view's loader is in a file of its own, which only
 * the router loads (router.tsx), so taking a prerendered page over loads neither loaders nor router.
 */
export const viewComponents = {
  home: () => import('../routes/home/route'),
  article: () => import('../routes/article/route'),
  related: () => import('../routes/related/route'),
  author: () => import('../routes/author/route'),
  tag: () => import('../routes/tag/route'),
  search: () => import('../routes/search/route'),
  saved: () => import('../routes/saved/route'),
  settings: () => import('../routes/settings/route'),
} satisfies Record<string, () => Promise<{ Component: ComponentType }>>;

/** A view's route id. */
export type ViewId = keyof typeof viewComponents;

const isViewId = (id: string): id is ViewId => Object.hasOwn(viewComponents, id);

/** The view whose data a prerendered page carries (its loader data is keyed by route id), if any. */
export function viewOfLoaderData(loaderData: Record<string, unknown>): ViewId | null {
  return Object.keys(loaderData).find(isViewId) ?? null;
}
