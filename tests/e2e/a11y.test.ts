import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { withSession } from './support/browser';
import { startServer, type TestServer } from '../../scripts/lib/server';

// axe-core (WCAG 2.1 A and AA, colour contrast included) on the main views, in the light and the dark theme.

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
}

let server: TestServer;
let articlePath = '';
let axeSource = '';

before(async () => {
  server = await startServer();
  axeSource = await readFile(AXE, 'utf8');
  const feed = JSON.parse(await readFile('public/feed.json', 'utf8')) as { items: { url: string }[] };
  articlePath = new URL(feed.items[2]?.url ?? '', 'http://x/').pathname.split('/').filter(Boolean).pop() ?? '';
});
after(async () => {
  await server.close();
});

async function audit(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the app's Content-Security-Policy rightly refuses an injected <script>.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: unknown): Promise<unknown> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
  });
  return (result as AxeResult).violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join(' | ')}`,
  );
}

for (const theme of ['light', 'dark'] as const) {
  describe(`accessibility, ${theme} theme`, () => {
    test('every view has no axe violations', async () => {
      await withSession({ colorScheme: theme, viewport: { width: 1280, height: 900 } }, async ({ page }) => {
        const views: [string, string][] = [
          ['/', 'home'],
          [`/articles/${articlePath}`, 'article'],
          [`/articles/${articlePath}/related`, 'related'],
          ['/search?q=harbour', 'search'],
          ['/saved', 'saved'],
          ['/settings', 'settings'],
          ['/no/such/page', 'not found'],
        ];
        const found: string[] = [];
        for (const [path, name] of views) {
          await page.goto(server.url + path);
          await page.getByRole('heading', { level: 1 }).waitFor();
          if (name === 'search') await page.locator('main mark').first().waitFor();
          if (name === 'article') {
            // The author and tag pages are reached from the article, as a reader would.
            const author = await page.locator('.article-head .byline a').first().getAttribute('href');
            const tag = await page.getByRole('navigation', { name: 'Tags' }).getByRole('link').first().getAttribute('href');
            if (author) views.push([author, 'author']);
            if (tag) views.push([tag, 'tag']);
          }
          if (name === 'home') await page.getByRole('button', { name: 'Show unread only' }).click(); // the pressed state's colours too
          assert.equal(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), theme === 'dark');
          for (const v of await audit(page)) found.push(`${name}: ${v}`);
        }
        assert.deepEqual(found, [], 'no accessibility violations');
      });
    });
  });
}
