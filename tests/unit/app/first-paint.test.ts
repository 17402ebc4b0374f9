import { afterEach, describe, expect, test, vi } from 'vitest';
import { afterFirstPaint, FIRST_PAINT_CAP_MS } from '../../../src/app/takeover/first-paint';

describe('the app waits for the first paint', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    document.documentElement.removeAttribute('data-stale-prerender');
  });

  test('a page prerendered for another path (kept hidden) starts the app at once', () => {
    document.documentElement.setAttribute('data-stale-prerender', '');
    const go = vi.fn();
    afterFirstPaint(go);
    expect(go).toHaveBeenCalledTimes(1);
  });

  test('without Paint Timing, after the next frame; never twice, even when the cap passes', () => {
    vi.useFakeTimers();
    vi.stubGlobal('PerformanceObserver', undefined);
    const go = vi.fn();
    afterFirstPaint(go);
    expect(go).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100); // jsdom's requestAnimationFrame runs on a timer
    expect(go).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(FIRST_PAINT_CAP_MS);
    expect(go).toHaveBeenCalledTimes(1);
  });

  test('with Paint Timing, on the first contentful paint, or at the cap if none comes', () => {
    vi.useFakeTimers();
    const observers: ((list: { getEntriesByName(n: string): unknown[] }, o: { disconnect(): void }) => void)[] = [];
    class Observer {
      static supportedEntryTypes = ['paint'];
      constructor(cb: (typeof observers)[number]) {
        observers.push(cb);
      }
      observe() {}
      disconnect() {}
    }
    vi.stubGlobal('PerformanceObserver', Observer);
    const painted = vi.fn();
    afterFirstPaint(painted);
    const none = vi.fn();
    afterFirstPaint(none);
    observers[0]?.({ getEntriesByName: (n) => (n === 'first-contentful-paint' ? [{}] : []) }, { disconnect() {} });
    vi.advanceTimersByTime(1);
    expect(painted).toHaveBeenCalledTimes(1);
    expect(none).not.toHaveBeenCalled();
    vi.advanceTimersByTime(FIRST_PAINT_CAP_MS);
    expect(none).toHaveBeenCalledTimes(1);
    expect(painted).toHaveBeenCalledTimes(1);
  });
});
