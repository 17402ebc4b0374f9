import { useSyncExternalStore } from 'react';

const noSubscribe = () => () => undefined;

/**
 * `client()` once the app runs in the browser, `server()` in the prerendered HTML and while React
 * hydrates it: a value the build cannot know (the reader's time zone, what this browser supports)
 * without the hydrated markup differing from the build's. Neither side may change while mounted.
 */
export function useClientValue<T>(client: () => T, server: () => T): T {
  return useSyncExternalStore(noSubscribe, client, server);
}
