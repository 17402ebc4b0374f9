import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type JSHandle, type Page } from 'playwright-core';
import { poll } from './poll';

/**
 * A fresh Chromium profile per test (Debian's /usr/bin/chromium, never a downloaded browser), with
 * every page error and console error recorded. Closing the session fails the test if it saw an error
 * the test did not declare up front (`openSession({ expectErrors })` or `session.expectErrors()`), so
 * no test has to remember to check.
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** What a browser logs for requests that fail because the network is off: expected while a test is offline. */
export const OFFLINE_NOISE: readonly RegExp[] = [/ERR_INTERNET_DISCONNECTED/, /Failed to load resource/];

export interface SessionOptions {
  /** Defaults to a phone. */
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  javaScriptEnabled?: boolean;
  /** Errors the test expects: each pattern lets matching errors pass (it does not require them). */
  expectErrors?: readonly RegExp[];
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /**
   * Console errors and uncaught page errors seen so far, expected or not, each as
   * `console.error: <text> [<url>]` or `pageerror: <message>`.
   */
  errors: string[];
  /** Declares more errors the test expects (see SessionOptions.expectErrors). */
  expectErrors(...patterns: RegExp[]): void;
  /** Closes the browser and removes its profile, then fails if the session saw an error no pattern expected. */
  close(): Promise<void>;
}

/** Opens a new browser profile and page; errors it sees fail `close()` unless declared. */
export async function openSession(opts: SessionOptions = {}): Promise<Session> {
  const dir = await mkdtemp(join(tmpdir(), 'broadsheet-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: opts.viewport ?? { width: 412, height: 900 },
    colorScheme: opts.colorScheme ?? 'light',
    javaScriptEnabled: opts.javaScriptEnabled ?? true,
    serviceWorkers: 'allow',
  });
  const errors: string[] = [];
  const expected: RegExp[] = [...(opts.expectErrors ?? [])];
  const watch = (page: Page) => {
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() !== 'error') return;
      // The URL says which request failed: "Failed to load resource" names none.
      const where = m.location().url;
      errors.push(`console.error: ${m.text()}${where ? ` [${where}]` : ''}`);
    });
  };
  context.on('page', watch);
  const page = context.pages()[0] ?? (await context.newPage());
  watch(page);
  let closed = false;
  return {
    context,
    page,
    errors,
    expectErrors(...patterns) {
      expected.push(...patterns);
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        await context.close();
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
      const unexpected = errors.filter((e) => !expected.some((re) => re.test(e)));
      assert.deepEqual(unexpected, [], `page or console errors the test did not expect (expected: ${expected.map(String).join(', ') || 'none'})`);
    },
  };
}

/**
 * Runs `body` with a session of its own and closes it after, whatever happened: a failure of the body
 * is reported together with any unexpected errors the browser saw (they often explain it).
 */
export async function withSession<T>(opts: SessionOptions, body: (session: Session) => Promise<T>): Promise<T> {
  const session = await openSession(opts);
  let result: T;
  try {
    result = await body(session);
  } catch (failure) {
    try {
      await session.close();
    } catch (unexpected) {
      throw new AggregateError([failure, unexpected], 'the test failed, and its browser saw errors it did not expect', { cause: unexpected });
    }
    throw failure;
  }
  await session.close();
  return result;
}

/** Waits until main.tsx has handed a prerendered page to React (it drops the prerendered head marks then). */
export async function appLive(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.head.querySelector('[data-prerender]') && !!document.querySelector('#main h1'));
}

/**
 * Asks the browser for a new service worker until one is installing, waiting or active in place of
 * the one that was. A single update() is not enough: it joins a check already in flight (every
 * navigation starts one), which may have fetched sw.js before the test deployed and found nothing.
 */
export async function findNewWorker(page: Page, timeoutMs = 20_000): Promise<void> {
  const before: JSHandle<ServiceWorker | null> = await page.evaluateHandle(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    if (!registration) throw new Error('no service worker registration to update');
    return registration.active;
  });
  await poll(
    () =>
      page.evaluate(async (old) => {
        const registration = await navigator.serviceWorker.getRegistration();
        if (!registration) throw new Error('the service worker registration went away');
        if (registration.installing || registration.waiting || registration.active !== old) return true;
        await registration.update().catch(() => undefined);
        return false;
      }, before),
    (found) => found,
    { what: 'a new service worker', timeoutMs, intervalMs: 250 },
  );
  await before.dispose();
}
