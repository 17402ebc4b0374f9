import { openSession } from '../browser';
import type { EngineOptions, EnginePage } from './page';

/** Debian's Chromium through Playwright: the e2e suite's own session (scripts/lib/browser.ts). */
export async function openChromium(opts: EngineOptions): Promise<EnginePage> {
  // Every error is let through here: the engine session (index.ts) judges them, as for the other engines.
  const session = await openSession({ ...opts, expectErrors: [/[^]*/] });
  const { page } = session;
  let taken = 0;
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
      const fresh = session.errors.slice(taken);
      taken = session.errors.length;
      return fresh;
    },
    close: () => session.close(),
  };
}
