import { act, render, screen } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { createSignal, createStore, type ReadableStore } from '../../../src/shared/store';
import { useStore } from '../../../src/shared/use-store';

describe('createStore', () => {
  test('get returns the initial value, then what was set', () => {
    const store = createStore(1);
    expect(store.get()).toBe(1);
    store.set(2);
    expect(store.get()).toBe(2);
  });

  test('subscribers are called on every change until they unsubscribe', () => {
    const store = createStore('a');
    const first = vi.fn();
    const second = vi.fn();
    const offFirst = store.subscribe(first);
    store.subscribe(second);
    store.set('b');
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
    offFirst();
    store.set('c');
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(2);
  });

  test('setting the same value calls nobody', () => {
    const value = { n: 1 };
    const store = createStore(value);
    const listener = vi.fn();
    store.subscribe(listener);
    store.set(value);
    expect(listener).not.toHaveBeenCalled();
    store.set({ n: 1 }); // equal, but another object: a change
    expect(listener).toHaveBeenCalledTimes(1);
  });

  test('a listener sees the new value, and may unsubscribe while being called', () => {
    const store = createStore(0);
    const seen: number[] = [];
    const off = store.subscribe(() => {
      seen.push(store.get());
      off();
    });
    const other = vi.fn();
    store.subscribe(other);
    store.set(5);
    store.set(6);
    expect(seen).toEqual([5]);
    expect(other).toHaveBeenCalledTimes(2);
  });

  test('update is given the current value', () => {
    const store = createStore<readonly string[]>(['a']);
    store.update((list) => [...list, 'b']);
    store.update((list) => [...list, 'c']);
    expect(store.get()).toEqual(['a', 'b', 'c']);
  });

  test('reset goes back to the initial value and tells subscribers; they stay subscribed', () => {
    const initial = { count: 0 };
    const store = createStore(initial);
    const listener = vi.fn();
    store.subscribe(listener);
    store.set({ count: 3 });
    store.reset();
    expect(store.get()).toBe(initial);
    expect(listener).toHaveBeenCalledTimes(2);
    store.reset(); // already initial: no change
    expect(listener).toHaveBeenCalledTimes(2);
    store.set({ count: 1 });
    expect(listener).toHaveBeenCalledTimes(3);
  });

  test('stores are independent', () => {
    const a = createStore(0);
    const b = createStore(0);
    const onB = vi.fn();
    b.subscribe(onB);
    a.set(1);
    expect(b.get()).toBe(0);
    expect(onB).not.toHaveBeenCalled();
  });
});

describe('createSignal', () => {
  test('emit calls every subscriber, until it unsubscribes', () => {
    const signal = createSignal();
    const listener = vi.fn();
    const off = signal.subscribe(listener);
    signal.emit();
    signal.emit();
    expect(listener).toHaveBeenCalledTimes(2);
    off();
    signal.emit();
    expect(listener).toHaveBeenCalledTimes(2);
  });
});

describe('useStore', () => {
  function Count({ store }: { store: ReadableStore<number> }) {
    return <p>count {useStore(store)}</p>;
  }

  test('renders the value and renders again when it changes', () => {
    const store = createStore(1);
    render(<Count store={store} />);
    expect(screen.getByText('count 1')).toBeInTheDocument();
    act(() => store.set(2));
    expect(screen.getByText('count 2')).toBeInTheDocument();
    act(() => store.reset());
    expect(screen.getByText('count 1')).toBeInTheDocument();
  });

  test('with select, renders again only when the selected part changes', () => {
    const store = createStore<ReadonlyMap<string, string>>(new Map([['a', 'one']]));
    let renders = 0;
    function Entry({ id }: { id: string }) {
      renders++;
      return <p>{useStore(store, { select: (m) => m.get(id) ?? 'none' })}</p>;
    }
    render(<Entry id="a" />);
    expect(screen.getByText('one')).toBeInTheDocument();
    const before = renders;
    act(() => store.update((m) => new Map(m).set('b', 'two'))); // another entry
    expect(renders).toBe(before);
    act(() => store.update((m) => new Map(m).set('a', 'uno')));
    expect(screen.getByText('uno')).toBeInTheDocument();
    expect(renders).toBe(before + 1);
  });

  test('subscribes once while mounted, and unsubscribes when the component unmounts', () => {
    const inner = createStore(0);
    let active = 0;
    const counted: ReadableStore<number> = {
      get: inner.get,
      subscribe(fn) {
        active++;
        const off = inner.subscribe(fn);
        return () => {
          active--;
          off();
        };
      },
    };
    const { unmount, rerender } = render(<Count store={counted} />);
    rerender(<Count store={counted} />);
    expect(active).toBe(1);
    unmount();
    expect(active).toBe(0);
  });
});
