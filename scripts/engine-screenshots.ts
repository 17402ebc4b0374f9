/**
 * Home and an article in each engine (Chromium, Firefox, WebKit) at a phone and a desktop width, light
 * and dark, for looking at what readers of each browser get: `npx tsx scripts/engine-screenshots.ts
 * [outDir]` (default .screenshots/engines/). Needs `npm run build` first; WebKit runs under xvfb-run.
 */
import { mkdir } from 'node:fs/promises';
import { appLive, run } from '../tests/e2e/support/engine-page';
import { ENGINES, openEngine } from './lib/engines';
import { startServer } from './lib/server';

const out = process.argv[2] ?? '.screenshots/engines';

async function main() {
  await mkdir(out, { recursive: true });
  const server = await startServer();
  try {
    for (const engine of ENGINES) {
      for (const scheme of ['light', 'dark'] as const) {
        // WebKitGTK's window is never narrower than 447 px: its "phone" is that wide.
        for (const [size, width] of [['phone', engine === 'webkit' ? 447 : 390], ['desktop', 1280]] as const) {
          const s = await openEngine(engine, { viewport: { width, height: 844 }, colorScheme: scheme });
          try {
            await s.page.goto(server.url + '/');
            await appLive(s.page);
            const article = await run(s.page, () => document.querySelector<HTMLAnchorElement>('main .card-title a')?.pathname ?? '/');
            for (const [name, path] of [['home', '/'], ['article', article]] as const) {
              await s.page.goto(server.url + path);
              await appLive(s.page);
              await run(s.page, () => Promise.all(Array.from(document.images).filter((i) => i.loading !== 'lazy').map((i) => i.decode().catch(() => undefined))));
              const file = `${out}/${engine}-${size}-${scheme}-${name}.png`;
              await s.page.screenshot(file);
              console.log(file);
            }
          } finally {
            await s.close();
          }
        }
      }
    }
  } finally {
    await server.close();
  }
}

void main();
