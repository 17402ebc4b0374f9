import { useMemo, type ComponentType, type ReactNode } from 'react';
import { useLoaderData, useLocation, useNavigate, useNavigation, useRevalidator } from 'react-router';
import { NavigationProvider, ViewDataProvider, type AppNavigation } from '../shared/navigation';

/** The app's navigation (shared/navigation.tsx) answered by the data router, for the components below. */
export function RouterNavigation({ children }: { children: ReactNode }) {
  const { pathname, search, hash } = useLocation();
  const navigation = useNavigation();
  const navigate = useNavigate();
  const revalidator = useRevalidator();
  const revalidating = revalidator.state !== 'idle';
  const { revalidate } = revalidator;
  const value = useMemo<AppNavigation>(
    () => ({
      pathname,
      search,
      hash,
      // A GET form's submission is a load too: the views never submit anything else.
      state: navigation.state === 'idle' ? 'idle' : 'loading',
      navigate: (to, options) => void navigate(to, options),
      revalidate: () => void revalidate(),
      revalidating,
    }),
    [pathname, search, hash, navigation.state, navigate, revalidate, revalidating],
  );
  return <NavigationProvider value={value}>{children}</NavigationProvider>;
}

/** A route's Component: `View` rendered with its loader's data (useViewData). */
export function withLoaderData(View: ComponentType): ComponentType {
  function RouteView() {
    return (
      <ViewDataProvider value={useLoaderData()}>
        <View />
      </ViewDataProvider>
    );
  }
  RouteView.displayName = `RouteView(${View.displayName ?? View.name})`;
  return RouteView;
}
