/**
 * The one way state is kept where many parts of the page read it: a value that can be read at once
 * (render time, loaders) and watched for changes. No DOM and no React here, so any layer (and a worker)
 * can hold one; React reads one through useStore (use-store.ts).
 *
 * Each owner (the feed session, a part of the tab state) makes its stores and hands out only the read
 * side (ReadableStore); a new page load makes new owners, so nothing here needs resetting.
 */

/** A value that can be read now and watched for changes. */
export interface ReadableStore<T> {
  /** The current value. */
  get(): T;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** A store its owner can write to. */
export interface Store<T> extends ReadableStore<T> {
  /** Replaces the value; listeners are called unless it is the same value (Object.is). */
  set(next: T): void;
  /** Replaces the value with `fn` of the current one. */
  update(fn: (current: T) => T): void;
  /** Back to the value the store was created with. */
  reset(): void;
}

/** A notification that carries no value ("the feed was replaced"). */
export interface Signal {
  /** Calls every listener. */
  emit(): void;
  /** Calls `listener` on every emit(); returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** A set of listeners, called in the order they subscribed; one that unsubscribes while called is fine. */
function listenerSet() {
  const listeners = new Set<() => void>();
  return {
    add(listener: () => void): () => void {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    call() {
      for (const fn of [...listeners]) fn();
    },
  };
}

/** A store holding `initial` until set. */
export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = listenerSet();
  const set = (next: T) => {
    if (Object.is(next, value)) return;
    value = next;
    listeners.call();
  };
  return {
    get: () => value,
    set,
    update: (fn) => set(fn(value)),
    subscribe: listeners.add,
    reset: () => set(initial),
  };
}

/** A signal with no listeners yet. */
export function createSignal(): Signal {
  const listeners = listenerSet();
  return { emit: listeners.call, subscribe: listeners.add };
}
