import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'playwright-core';

/**
 * The one polling loop of the e2e suite: for conditions no Playwright wait can express (a promise
 * in the page, state inside the worker, an action to repeat until the app answers). Nothing else
 * in the suite waits for a fixed time.
 */

export interface PollOptions {
  /** What is awaited, for the timeout message. */
  what?: string;
  timeoutMs?: number;
  intervalMs?: number;
}

/** Calls `probe` until `ok` holds for its value and returns that value; throws after `timeoutMs`, naming the last value. */
export async function poll<T>(probe: () => Promise<T>, ok: (value: T) => boolean, { what = 'condition', timeoutMs = 15_000, intervalMs = 200 }: PollOptions = {}): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (ok(value)) return value;
    if (Date.now() > end) throw new Error(`${what}: not met within ${timeoutMs} ms (last: ${JSON.stringify(value)})`);
    await sleep(intervalMs);
  }
}

/**
 * Polls an async condition in the page until it holds (page.waitForFunction does not wait for a
 * predicate's promise, so a promise would count as "true" at once).
 */
export async function until(page: Page, condition: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  await poll(() => page.evaluate(condition), (held) => held, { timeoutMs, what: condition.toString().slice(0, 120) });
}
