import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Session } from '../../scripts/lib/browser';
import { serveAndOpen } from './support/fixture';
import { poll } from './support/poll';
import type { TestServer } from '../../scripts/lib/server';

// Keyboard shortcuts: j/k, o, s, / and ?, and none of them while typing or with a modifier.

let server: TestServer;
let s: Session;

serveAndOpen({ server: (v) => (server = v), session: (v) => (s = v) });

describe('keyboard shortcuts', () => {
  test('j/k move, o opens, s saves, ? lists them, and nothing fires while typing or with a modifier', async () => {
    const { page } = s;
    await page.goto(server.url + '/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const focusedTitle = () => page.evaluate(() => document.activeElement?.closest('article.card')?.querySelector('.card-title')?.textContent ?? null);
    const titles = await page.locator('main article.card .card-title').allTextContents();
    await poll(
      async () => {
        if ((await focusedTitle()) === null) await page.keyboard.press('j');
        return focusedTitle();
      },
      (t) => t === titles[0],
      { what: 'j to reach the first article (once the app listens)', timeoutMs: 10_000 },
    );
    await page.keyboard.press('j');
    assert.equal(await focusedTitle(), titles[1]);
    await page.keyboard.press('k');
    assert.equal(await focusedTitle(), titles[0]);
    await page.keyboard.press('Control+j');
    assert.equal(await focusedTitle(), titles[0], 'a modifier turns the shortcut off');

    // Typing in the search box is typing.
    await page.keyboard.press('/');
    await page.keyboard.type('jk?');
    assert.equal(await page.getByRole('searchbox', { name: 'Search' }).inputValue(), 'jk?');
    assert.equal(await page.getByRole('dialog').count(), 0);
    await page.getByRole('searchbox', { name: 'Search' }).fill('');

    // Back to the list: j, then o opens the article; s saves it.
    await page.keyboard.press('Escape');
    await page.locator('main').focus();
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    const second = titles[1] ?? '';
    await page.keyboard.press('o');
    await page.getByRole('heading', { level: 1, name: second }).waitFor();
    const save = page.getByRole('button', { name: 'Save for offline' }).first();
    await save.waitFor();
    await page.keyboard.press('s');
    await page.getByRole('button', { name: 'Remove from saved' }).first().waitFor();
    assert.equal(await page.getByRole('button', { name: 'Remove from saved' }).first().getAttribute('aria-pressed'), 'true');

    // ? opens the list of shortcuts; Escape closes it and focus returns.
    const headline = page.getByRole('heading', { level: 1 });
    await headline.focus();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    assert.ok(await dialog.getByRole('heading', { name: 'Keyboard shortcuts' }).isVisible());
    for (const key of ['j', 'k', 'o', 's', '/', '?']) {
      assert.ok(await dialog.getByRole('cell', { name: new RegExp(`(^|\\s)${key.replace(/[?/]/g, '\\$&')}(\\s|$)`) }).count(), `lists ${key}`);
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1', 'focus went back');
    await page.keyboard.press('?');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });
});
