import puppeteer from 'puppeteer-core';
import { FIREFOX } from './binaries';
import type { EngineOptions, EnginePage } from './page';

/**
 * Debian's Firefox ESR through WebDriver BiDi (Firefox speaks it itself: no geckodriver), headless,
 * with a fresh profile that Puppeteer removes on close.
 */
export async function openFirefox(opts: EngineOptions): Promise<EnginePage> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      // 0 dark, 1 light: what prefers-color-scheme answers, whatever the (absent) desktop theme says.
      'layout.css.prefers-color-scheme.content-override': opts.colorScheme === 'dark' ? 0 : 1,
    },
  });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  // Puppeteer's defaultViewport is not applied to Firefox's first tab over BiDi.
  await page.setViewport(opts.viewport ?? { width: 412, height: 900 });
  let errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e instanceof Error ? e.message : String(e)}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()} [${m.location().url ?? ''}]`);
  });
  return {
    engine: 'firefox',
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    reload: async () => {
      await page.reload({ waitUntil: 'load' });
    },
    evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    click: (selector) => page.locator(selector).click(),
    type: (selector, text) => page.locator(selector).fill(text),
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png` });
    },
    takeErrors: async () => {
      const taken = errors;
      errors = [];
      return taken;
    },
    close: () => browser.close(),
  };
}
