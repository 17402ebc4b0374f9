import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/**
 * A fresh Chromium profile per test (Debian's /usr/bin/chromium, never a downloaded browser), with
 * every page error and console error recorded: a test fails on them unless it says it expects them.
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
  close(): Promise<void>;
}

/** Opens a new browser profile and page; `viewport` defaults to a phone. */
export async function openSession(opts: { viewport?: { width: number; height: number }; colorScheme?: 'light' | 'dark' } = {}): Promise<Session> {
  const dir = await mkdtemp(join(tmpdir(), 'broadsheet-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: opts.viewport ?? { width: 412, height: 900 },
    colorScheme: opts.colorScheme ?? 'light',
    serviceWorkers: 'allow',
  });
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
    });
  };
  context.on('page', watch);
  const page = context.pages()[0] ?? (await context.newPage());
  watch(page);
  return {
    context,
    page,
    errors,
    async close() {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Fails the test if the session saw page or console errors other than the `expected` ones. */
export function assertNoErrors(session: Session, expected: RegExp[] = []): void {
  const unexpected = session.errors.filter((e) => !expected.some((re) => re.test(e)));
  assert.deepEqual(unexpected, [], 'no unexpected page or console errors');
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
  await page.evaluate(async (timeout) => {
    const registration = await navigator.serviceWorker.getRegistration();
    if (!registration) throw new Error('no service worker registration to update');
    const before = registration.active;
    const end = Date.now() + timeout;
    while (!registration.installing && !registration.waiting && registration.active === before) {
      if (Date.now() > end) throw new Error(`no new service worker within ${timeout} ms`);
      await registration.update().catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }, timeoutMs);
}
