import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Session } from '../../scripts/lib/browser';
import { serveAndOpen } from './support/fixture';
import type { TestServer } from '../../scripts/lib/server';

// Appearance: theme, text size, line width and font, kept across reloads and applied before the first paint.

let server: TestServer;
let s: Session;

serveAndOpen({ server: (v) => (server = v), session: (v) => (s = v) });

describe('appearance settings', () => {
  test('theme, text size, line width and font persist across reloads and apply before the first paint', async () => {
    const { page } = s;
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const w = window as unknown as Record<string, string | undefined>;
        w.__themeAtDcl = document.documentElement.dataset.theme;
        w.__bgAtDcl = getComputedStyle(document.body).backgroundColor;
      });
    });
    await page.goto(server.url + '/settings');
    const panel = page.getByRole('region', { name: 'Appearance' });
    await panel.getByRole('radio', { name: 'Dark' }).check();
    await panel.getByRole('radio', { name: 'Extra large' }).check();
    await panel.getByRole('radio', { name: 'Wide' }).check();
    await panel.getByRole('radio', { name: 'Sans-serif' }).check();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark', 'applied at once');
    const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(darkBg, 'rgb(21, 23, 26)');

    await page.goto(server.url + '/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const at = await page.evaluate(() => {
      const w = window as unknown as Record<string, string | undefined>;
      return { theme: w.__themeAtDcl, bg: w.__bgAtDcl };
    });
    assert.deepEqual(at, { theme: 'dark', bg: darkBg }, 'dark before the app ran: no flash of the light theme');
    const attrs = await page.evaluate(() => ({ ...document.documentElement.dataset }));
    assert.equal(attrs.textSize, 'x-large');
    assert.equal(attrs.lineWidth, 'wide');
    assert.equal(attrs.font, 'sans');

    await page.goto(server.url + '/settings');
    assert.equal(await panel.getByRole('radio', { name: 'Dark' }).isChecked(), true);
    assert.equal(await panel.getByRole('radio', { name: 'Extra large' }).isChecked(), true);
    await panel.getByRole('radio', { name: 'Match the system' }).check();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), undefined);
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(251, 250, 247)');
  });
});
