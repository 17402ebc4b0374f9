import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Session } from '../../scripts/lib/browser';
import { appLive } from './support/browser';
import { serveAndOpen } from './support/fixture';
import { sampleFeed, sampleItem, slugOf } from './support/sample-feed';
import type { TestServer } from '../../scripts/lib/server';

// Sharing a paragraph: a selection inside one offers its link; #p-N opens at it.

let server: TestServer;
let s: Session;
const feed = sampleFeed();

serveAndOpen({ server: (v) => (server = v), session: (v) => (s = v) });

describe('sharing a paragraph', () => {
  test('selecting text in a paragraph offers "Share this paragraph", which copies its link; #p-N opens at it', async () => {
    const { page, context } = s;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const item = sampleItem(feed, 2);
    const slug = slugOf(item.url);
    await page.goto(`${server.url}/articles/${slug}`);
    await page.getByRole('heading', { level: 1, name: item.title }).waitFor();
    await appLive(page);
    assert.equal(await page.evaluate(() => typeof navigator.share), 'undefined', 'headless Chromium has no share sheet');
    await page.evaluate(() => {
      const p = document.getElementById('p-2');
      const text = p?.firstChild;
      if (!text) throw new Error('no p-2');
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, Math.min(20, text.textContent?.length ?? 0));
      const sel = document.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(range);
    });
    const button = page.getByRole('button', { name: 'Share this paragraph' });
    await button.click();
    await page.getByRole('status').filter({ hasText: 'Link to the paragraph copied' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${server.url}/articles/${slug}#p-2`);

    // Selecting across two paragraphs offers nothing.
    await page.evaluate(() => {
      const a = document.getElementById('p-1')?.firstChild;
      const b = document.getElementById('p-3')?.firstChild;
      if (!a || !b) throw new Error('no paragraphs');
      const range = document.createRange();
      range.setStart(a, 0);
      range.setEnd(b, 1);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
    });
    await button.waitFor({ state: 'detached' });

    const fresh = await context.newPage();
    await fresh.goto(`${server.url}/articles/${slug}#p-5`);
    await fresh.getByRole('heading', { level: 1, name: item.title }).waitFor();
    await fresh.waitForFunction(() => {
      const r = document.getElementById('p-5')?.getBoundingClientRect();
      return !!r && window.scrollY > 0 && r.top >= -2 && r.top < innerHeight / 2;
    });
  });
});
