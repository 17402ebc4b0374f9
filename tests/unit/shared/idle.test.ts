import { afterEach, describe, expect, test, vi } from 'vitest';
import { IDLE_FALLBACK_MS, whenIdle } from '../../../src/shared/idle';

// Work for when the page is idle: requestIdleCallback where the browser has it, a timer where it has
// not (Safari). jsdom has none, so each test puts in, or leaves out, the one it is about.

const own = Object.getOwnPropertyDescriptor(window, 'requestIdleCallback');

afterEach(() => {
  vi.useRealTimers();
  if (own) Object.defineProperty(window, 'requestIdleCallback', own);
  else delete (window as { requestIdleCallback?: unknown }).requestIdleCallback;
  delete (window as { cancelIdleCallback?: unknown }).cancelIdleCallback;
});

describe('whenIdle', () => {
  test('without requestIdleCallback (Safari), the work runs on a timer, and can be cancelled', () => {
    delete (window as { requestIdleCallback?: unknown }).requestIdleCallback;
    vi.useFakeTimers();
    const work = vi.fn();
    whenIdle(work, 3000);
    vi.advanceTimersByTime(IDLE_FALLBACK_MS - 1);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);

    const cancelled = vi.fn();
    const cancel = whenIdle(cancelled, 3000);
    cancel();
    vi.advanceTimersByTime(10_000);
    expect(cancelled).not.toHaveBeenCalled();
  });

  test('the timer never waits past the deadline asked for', () => {
    delete (window as { requestIdleCallback?: unknown }).requestIdleCallback;
    vi.useFakeTimers();
    const work = vi.fn();
    whenIdle(work, 200);
    vi.advanceTimersByTime(200);
    expect(work).toHaveBeenCalledTimes(1);
  });

  test('with requestIdleCallback, the browser is asked, with the deadline', () => {
    const asked: { timeout?: number }[] = [];
    let run: (() => void) | undefined;
    const cancelled: number[] = [];
    Object.defineProperty(window, 'requestIdleCallback', {
      configurable: true,
      value: (fn: () => void, options: { timeout?: number }) => {
        asked.push(options);
        run = fn;
        return 7;
      },
    });
    const cancelIdle = (id: number) => cancelled.push(id);
    Object.defineProperty(window, 'cancelIdleCallback', { configurable: true, value: cancelIdle });
    const work = vi.fn();
    const cancel = whenIdle(work, 3000);
    expect(asked).toEqual([{ timeout: 3000 }]);
    expect(work).not.toHaveBeenCalled();
    run?.();
    expect(work).toHaveBeenCalledTimes(1);
    cancel();
    expect(cancelled).toEqual([7]);
  });
});
