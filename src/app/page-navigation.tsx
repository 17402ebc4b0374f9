import { Component as ReactComponent, useMemo, type ComponentType, type ReactNode } from 'react';
import { NavigationProvider, ViewDataProvider, type AppNavigation } from '../shared/navigation';
import { RootLayout } from './root-layout';

/** Where a prerendered page is: its path, query and fragment. */
export interface PageLocation {
  pathname: string;
  search: string;
  hash: string;
}

export interface PageAppProps {
  location: PageLocation;
  /** The path the page was built for (the layout's alert about its feed is for it alone). */
  pagePath: string;
  View: ComponentType;
  /** What the view's loader returned when the page was built. */
  data: unknown;
  /** 'loading' once a navigation has been asked for and the router is on its way. */
  state?: AppNavigation['state'];
  /** Asked to go elsewhere, or to load the view's data again: the router takes over (start-app.tsx). */
  navigate?: AppNavigation['navigate'];
  revalidate?: () => void;
  /** The view failed to render: the router takes over and shows its error view. */
  onViewError?: (error: unknown) => void;
}

const stay = () => undefined;

/**
 * A prerendered page as the build rendered it and as the app takes it over: the layout and the page's
 * view with the data the build gave it, and no router. The build renders this tree, and the client
 * hydrates the same one (so every `useId` matches); the data router is loaded only when the reader
 * goes elsewhere in the app, and then renders the views itself (router.tsx).
 */
export function PageApp({ location, pagePath, View, data, state = 'idle', navigate = stay, revalidate = stay, onViewError = stay }: PageAppProps) {
  const { pathname, search, hash } = location;
  const nav = useMemo<AppNavigation>(
    () => ({ pathname, search, hash, state, navigate, revalidate, revalidating: state !== 'idle' }),
    [pathname, search, hash, state, navigate, revalidate],
  );
  return (
    <NavigationProvider value={nav}>
      <RootLayout pagePath={pagePath}>
        <ViewBoundary onError={onViewError}>
          <ViewDataProvider value={data}>
            <View />
          </ViewDataProvider>
        </ViewBoundary>
      </RootLayout>
    </NavigationProvider>
  );
}

/** Keeps a view's render error from taking the layout down; the router then shows it in its error view. */
class ViewBoundary extends ReactComponent<{ onError: (error: unknown) => void; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  componentDidCatch(error: unknown) {
    this.props.onError(error);
  }
  render() {
    return this.state.failed ? null : this.props.children;
  }
}
