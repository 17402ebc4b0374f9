import type { EnginePage } from '../../../scripts/lib/engines';
import { poll } from './poll';

/**
 * Page helpers for the cross-engine flows, built only on what every driver can do (evaluate, click,
 * type): no Playwright locators, so one flow runs in Chromium, Firefox and WebKit alike.
 */

/**
 * Runs `fn(arg)` in the page and returns its result (awaited). Only the function's source travels, so
 * it may use nothing but its argument and the page's globals. tsx compiles with keepNames, which wraps
 * named inner functions in `__name(fn, "name")`: the page gets a `__name` that does nothing.
 */
export function run<T, A = null>(page: EnginePage, fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T> {
  return page.evaluate<T>(`((__name) => (${fn.toString()})(${JSON.stringify(arg ?? null)}))((f) => f)`);
}

/**
 * Waits until `fn(arg)` is truthy in the page. A call that throws while a page is being replaced counts
 * as "not yet"; its message is kept for the timeout error.
 */
export async function waitIn<A = null>(
  page: EnginePage,
  what: string,
  fn: (arg: A) => boolean | Promise<boolean>,
  arg?: A,
  timeoutMs = 20_000,
): Promise<void> {
  await poll(
    () => run(page, fn, arg).catch((e: unknown) => `threw: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`),
    (v) => v === true,
    { what: `${page.engine}: ${what}`, timeoutMs, intervalMs: 150 },
  );
}

let marks = 0;

/** Clicks, through the driver, the first element matching `selector` whose aria-label, else text, is `name`. */
export async function clickNamed(page: EnginePage, selector: string, name: string): Promise<void> {
  const mark = `m${++marks}`;
  await waitIn(
    page,
    `${selector} named "${name}"`,
    (a: { selector: string; name: string; mark: string }) => {
      const el = Array.from(document.querySelectorAll(a.selector)).find(
        (e) => (e.getAttribute('aria-label') ?? e.textContent ?? '').replace(/\s+/g, ' ').trim() === a.name,
      );
      el?.setAttribute('data-e2e-click', a.mark);
      return !!el;
    },
    { selector, name, mark },
  );
  await page.click(`[data-e2e-click="${mark}"]`);
}

/** Waits until the prerendered page is handed to React and the app is live (main.tsx drops the marks then). */
export function appLive(page: EnginePage): Promise<void> {
  return waitIn(page, 'the app is live', () => !document.head.querySelector('[data-prerender]') && !!document.querySelector('#main h1'));
}

/** Waits until a service worker controls the page. */
export function workerInControl(page: EnginePage): Promise<void> {
  return waitIn(page, 'a service worker in control', () => navigator.serviceWorker.controller !== null, null, 30_000);
}

/** The text of the page's first h1. */
export function heading(page: EnginePage): Promise<string> {
  return run(page, () => document.querySelector('main h1')?.textContent?.trim() ?? '');
}

/** Waits until the page's h1 is `title`. */
export function waitForHeading(page: EnginePage, title: string): Promise<void> {
  return waitIn(page, `the heading "${title}"`, (t: string) => document.querySelector('main h1')?.textContent?.trim() === t, title);
}
