import { useCallback, useSyncExternalStore } from 'react';
import type { ReadableStore } from './store';

export interface UseStoreOptions<T, S> {
  /**
   * The part of the value the component reads. It must return the same value for the same state (a
   * field, an entry of a map), not a new object each call.
   */
  select?: (value: T) => S;
  /** What server rendering and hydration see (default: the same as the client). */
  server?: () => S;
}

/** The part of a store's value that `select` picks, re-rendering the component when that changes. */
export function useStore<T, S>(store: ReadableStore<T>, options: UseStoreOptions<T, S> & { select: (value: T) => S }): S;
/** A store's value, re-rendering the component when it changes. */
export function useStore<T>(store: ReadableStore<T>, options?: { server?: () => T }): T;
export function useStore<T, S>(store: ReadableStore<T>, options: UseStoreOptions<T, S> = {}): S | T {
  const { select, server } = options;
  const subscribe = useCallback((fn: () => void) => store.subscribe(fn), [store]);
  const snapshot = () => (select ? select(store.get()) : store.get());
  return useSyncExternalStore<S | T>(subscribe, snapshot, server ?? snapshot);
}
