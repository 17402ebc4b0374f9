import { afterEach, describe, expect, test, vi } from 'vitest';
import { handoverDelay, QUIET_MS } from '../../../src/sw/handover';

// When the old worker hands over to a waiting one, and whether the waiting one takes over: the
// timing that keeps a restarted old worker from holding an update back (src/sw/handover.ts).

describe('handoverDelay', () => {
  const now = 10_000;

  test('hands over at once when nothing has reached the worker for the quiet time', () => {
    expect(handoverDelay(now - QUIET_MS, now)).toBe(0);
    expect(handoverDelay(now - 60_000, now)).toBe(0);
  });

  test('waits until the quiet time has passed since the last request', () => {
    expect(handoverDelay(now, now)).toBe(QUIET_MS);
    expect(handoverDelay(now - 100, now)).toBe(QUIET_MS - 100);
  });

  test('waits for as long as requests keep coming (a busy moment would spend the one chance)', () => {
    for (let t = now; t < now + 60_000; t += QUIET_MS - 1) expect(handoverDelay(t, t + QUIET_MS - 2)).toBeGreaterThan(0);
  });
});

describe('shouldTakeOver', () => {
  afterEach(() => {
    delete (globalThis as { __BROADSHEET_CODE_VERSION?: string }).__BROADSHEET_CODE_VERSION;
    vi.resetModules();
  });

  /** The module as a worker built with `version` sees it (undefined: built without a code version). */
  async function workerBuiltWith(version: string | undefined) {
    vi.resetModules();
    if (version !== undefined) (globalThis as { __BROADSHEET_CODE_VERSION?: string }).__BROADSHEET_CODE_VERSION = version;
    return import('../../../src/sw/handover');
  }

  test('a worker with the active code takes over by itself', async () => {
    const { shouldTakeOver } = await workerBuiltWith('code-a');
    expect(shouldTakeOver(false, 'code-a')).toBe(true);
  });

  test('a worker with other code waits for the reader, and takes over once the reader asked', async () => {
    const { shouldTakeOver } = await workerBuiltWith('code-b');
    expect(shouldTakeOver(false, 'code-a')).toBe(false);
    expect(shouldTakeOver(false, undefined)).toBe(false);
    expect(shouldTakeOver(true, 'code-a')).toBe(true);
  });

  test('a worker without a code version never counts as the same code', async () => {
    const { shouldTakeOver } = await workerBuiltWith(undefined);
    expect(shouldTakeOver(false, 'unversioned')).toBe(false);
    expect(shouldTakeOver(true, 'unversioned')).toBe(true);
  });
});
