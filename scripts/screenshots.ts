/**
 * Screenshots of every view at phone and desktop widths, light and dark, for looking at what we
 * build as a reader would: `npm run screenshots -- [outDir]` (default .screenshots/). Needs `npm run build` first.
 */
import { mkdir } from 'node:fs/promises';
import { openSession } from './lib/browser';
import { startServer } from './lib/server';

const out = process.argv[2] ?? '.screenshots';
const extra = process.argv.slice(3);

async function main() {
  await mkdir(out, { recursive: true });
  const server = await startServer();
  const sizes = [
    { name: 'phone', viewport: { width: 412, height: 900 } },
    { name: 'desktop', viewport: { width: 1280, height: 900 } },
  ];
  try {
    for (const scheme of ['light', 'dark'] as const) {
      for (const size of sizes) {
        const s = await openSession({ viewport: size.viewport, colorScheme: scheme });
        const { page } = s;
        await page.goto(server.url + '/');
        await page.locator('main article').first().waitFor();
        const article = await page.locator('main article h2 a').first().getAttribute('href');
        const paths = ['/', article ?? '/', `${article}/related`, '/no-such-page', ...extra];
        await page.goto(server.url + (article ?? '/'));
        await page.locator('.article-head .byline a').first().waitFor();
        const author = await page.locator('.article-head .byline a').first().getAttribute('href');
        const tag = await page.locator('nav[aria-label=Tags] a').first().getAttribute('href');
        if (author) paths.push(author);
        if (tag) paths.push(tag);
        for (const p of paths) {
          await page.goto(server.url + p);
          await page.locator('main h1').first().waitFor();
          await page.waitForFunction(() => Array.from(document.images).every((i) => i.complete || i.loading === 'lazy'));
          const name = `${size.name}-${scheme}-${p.replace(/[^a-z0-9]+/gi, '_').slice(0, 60) || 'home'}.png`;
          await page.screenshot({ path: `${out}/${name}`, fullPage: false });
          console.log(`${out}/${name}`);
        }
        if (s.errors.length) console.log('errors:', s.errors);
        await s.close();
      }
    }
  } finally {
    await server.close();
  }
}

void main();
