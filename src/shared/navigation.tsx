import { createContext, useContext, type AnchorHTMLAttributes, type MouseEvent, type ReactNode } from 'react';

/**
 * Where the app is and how it moves on, for the components: links, the layout, the search box, the
 * views' data. The components never import the router: a prerendered page is taken over without it
 * (app/page-navigation.tsx answers from the page itself), and the data router gives the same answers once
 * it runs (app/router-navigation.tsx), so the router stays out of a first visit's script.
 */
export interface AppNavigation {
  pathname: string;
  search: string;
  hash: string;
  /** 'loading' while the next view is on its way. */
  state: 'idle' | 'loading';
  /** Goes to an in-app path, as a click on a link to it would. */
  navigate(to: string, options?: { replace?: boolean }): void;
  /** Loads the view's data again (a newer copy of the feed has come). */
  revalidate(): void;
  /** True while revalidate's work is under way. */
  revalidating: boolean;
}

const NavigationContext = createContext<AppNavigation | null>(null);

/** Gives the components below it the app's navigation. */
export function NavigationProvider({ value, children }: { value: AppNavigation; children: ReactNode }) {
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

/** The app's navigation (inside NavigationProvider). */
export function useAppNavigation(): AppNavigation {
  const nav = useContext(NavigationContext);
  if (!nav) throw new Error('useAppNavigation() outside NavigationProvider');
  return nav;
}

/**
 * True for a click the app should take as an in-app navigation: the main button, no modifier key (those
 * open a new tab or window, or download), no other target, not already handled.
 */
export function isAppClick(e: MouseEvent<HTMLAnchorElement>, target: string | undefined): boolean {
  return !e.defaultPrevented && e.button === 0 && !e.metaKey && !e.altKey && !e.ctrlKey && !e.shiftKey && (!target || target === '_self');
}

type AnchorProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string; replace?: boolean };

/** A link to an in-app path (paths.ts): a real `<a href>`, followed in the app on a plain click. */
export function AppLink({ to, replace, onClick, ...rest }: AnchorProps) {
  const nav = useAppNavigation();
  const follow = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (!isAppClick(e, rest.target)) return;
    e.preventDefault();
    nav.navigate(to, replace ? { replace } : undefined);
  };
  return <a href={to} onClick={follow} {...rest} />;
}

/** An AppLink marked `aria-current="page"` while its path is the one on screen (`end`: that path exactly, else it or a path below it). */
export function AppNavLink({ end, ...props }: AnchorProps & { end?: boolean }) {
  const { pathname } = useAppNavigation();
  const here = trimSlash(pathname);
  const to = trimSlash(props.to);
  const current = here === to || (!end && to !== '/' && here.startsWith(`${to}/`));
  return <AppLink {...props} aria-current={current ? 'page' : undefined} />;
}

const trimSlash = (path: string) => path.replace(/\/+$/, '') || '/';

const NO_DATA = Symbol('no view data');
const ViewDataContext = createContext<unknown>(NO_DATA);

/** Gives a view the data its loader made (from the router, or from a prerendered page). */
export function ViewDataProvider({ value, children }: { value: unknown; children: ReactNode }) {
  return <ViewDataContext.Provider value={value}>{children}</ViewDataContext.Provider>;
}

/** The data of the view rendered below ViewDataProvider; `T` is what its loader returns. */
export function useViewData<T>(): T {
  const data = useContext(ViewDataContext);
  if (data === NO_DATA) throw new Error('useViewData() outside ViewDataProvider');
  return data as T;
}
