import { afterEach, describe, expect, test, vi } from 'vitest';
import { anySignal, timeoutSignal } from '../../../src/sw/deadline';

// The worker's deadlines combine signals with AbortSignal.any and AbortSignal.timeout where the engine
// has them (Safari 16 has no AbortSignal.any), and by hand where it has not: the same aborts either way.

const own = {
  any: Object.getOwnPropertyDescriptor(AbortSignal, 'any'),
  timeout: Object.getOwnPropertyDescriptor(AbortSignal, 'timeout'),
};

function without(name: 'any' | 'timeout') {
  Object.defineProperty(AbortSignal, name, { configurable: true, writable: true, value: undefined });
}

afterEach(() => {
  vi.useRealTimers();
  for (const name of ['any', 'timeout'] as const) {
    const d = own[name];
    if (d) Object.defineProperty(AbortSignal, name, d);
  }
});

describe('signals without AbortSignal.any / AbortSignal.timeout', () => {
  test('anySignal aborts when one of its signals does, with that one\'s reason', () => {
    without('any');
    const a = new AbortController();
    const b = new AbortController();
    const signal = anySignal([a.signal, b.signal]);
    expect(signal.aborted).toBe(false);
    const reason = new DOMException('The reader left.', 'AbortError');
    b.abort(reason);
    expect(signal.aborted).toBe(true);
    expect(signal.reason).toBe(reason);
  });

  test('anySignal of a signal aborted already is aborted at once', () => {
    without('any');
    const a = new AbortController();
    a.abort('gone');
    const signal = anySignal([new AbortController().signal, a.signal]);
    expect(signal.aborted).toBe(true);
    expect(signal.reason).toBe('gone');
  });

  test('timeoutSignal aborts with a TimeoutError when its time is up, and not before', () => {
    without('timeout');
    vi.useFakeTimers();
    const signal = timeoutSignal(500);
    vi.advanceTimersByTime(499);
    expect(signal.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(signal.aborted).toBe(true);
    expect(signal.reason).toMatchObject({ name: 'TimeoutError' });
  });
});
