import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../browser';
import type { EngineOptions, EnginePage } from './page';

/** Debian's Chromium through Playwright, with a fresh profile. */
export async function openChromium(opts: EngineOptions): Promise<EnginePage> {
  const dir = await mkdtemp(join(tmpdir(), 'broadsheet-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: opts.viewport ?? { width: 412, height: 900 },
    colorScheme: opts.colorScheme ?? 'light',
    serviceWorkers: 'allow',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  let errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()} [${m.location().url}]`);
  });
  return {
    engine: 'chromium',
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    reload: async () => {
      await page.reload({ waitUntil: 'load' });
    },
    evaluate: (expression) => page.evaluate(expression),
    click: (selector) => page.locator(selector).first().click(),
    type: (selector, text) => page.locator(selector).first().fill(text),
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    takeErrors: async () => {
      const taken = errors;
      errors = [];
      return taken;
    },
    close: async () => {
      try {
        await context.close();
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
