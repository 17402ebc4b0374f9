import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/**
 * A fresh Chromium profile (Debian's /usr/bin/chromium, never a downloaded browser), with every page
 * error and console error recorded: for the e2e tests, the view screenshots, the PWA screenshots and
 * the bench. Closing the session fails if it saw an error the caller did not declare up front
 * (`openSession({ expectErrors })` or `session.expectErrors()`), so no test has to remember to check.
 */

/** The browser: CHROMIUM_PATH, else Debian's Chromium. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Flags that keep Chromium quiet on a machine with no internet (STACK.md). */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

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
    args: CHROMIUM_FLAGS,
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
