import { createStore, type ReadableStore } from './store';

const live = createStore(false);

/**
 * True once the app is live on this page: the prerendered page taken over, or the app's first render
 * on screen. Code that nothing on screen needs before then (ui/use-later.ts) loads after it.
 */
export const appLive: ReadableStore<boolean> = live;

/** Resolves once the app is live (at once if it is). */
export function whenLive(): Promise<void> {
  if (live.get()) return Promise.resolve();
  return new Promise((resolve) => {
    const off = live.subscribe(() => {
      off();
      resolve();
    });
  });
}

/** Called by the app's start when it is live (start-app.tsx). */
export function markLive(): void {
  live.set(true);
}
