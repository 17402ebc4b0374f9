import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { appLive, assertNoErrors, type Session } from './support/browser';
import { serveAndOpen } from './support/fixture';
import type { TestServer } from './support/server';

// What readers expect: search, reading state, appearance settings, keyboard shortcuts, paragraph
// sharing, read-aloud and the "new articles" notice, against the built app.

let server: TestServer;
let s: Session;

interface FeedJson {
  items: { id: string; url: string; title: string; content_html?: string }[];
  [k: string]: unknown;
}
let feed: FeedJson;
let everything = '';

serveAndOpen({ server: (v) => (server = v), session: (v) => (s = v) });
before(async () => {
  const text = await readFile('public/feed.json', 'utf8');
  feed = JSON.parse(text) as FeedJson;
  everything = (text + (await readFile('public/feed-2.json', 'utf8'))).toLowerCase();
});

/** Waits until the app has taken over the prerendered page (it drops the prerendered head marks then): before that, the page is static HTML. */
function slugOf(url: string) {
  return new URL(url, 'http://x/').pathname.split('/').filter(Boolean).pop() ?? '';
}

/** A word that appears once in the whole feed, from the last paragraph of one article. */
function rareWordFromLastParagraph(): { word: string; title: string } {
  for (const item of feed.items) {
    const paras = (item.content_html ?? '').split(/<\/p>/);
    const last = paras.filter((p) => p.trim()).at(-1) ?? '';
    const words = last.replace(/<[^>]+>/g, ' ').match(/[A-Za-z]{7,}/g) ?? [];
    for (const w of words) {
      const count = everything.split(w.toLowerCase()).length - 1;
      if (count === 1) return { word: w.toLowerCase(), title: item.title };
    }
  }
  throw new Error('no rare word found in the sample feed');
}

async function searchFor(page: Page, word: string) {
  const box = page.getByRole('searchbox', { name: 'Search' });
  await box.fill(word);
  await box.press('Enter');
  await page.getByRole('heading', { level: 1, name: new RegExp(word) }).waitFor();
}

describe('search', () => {
  test('finds an article by a rare word from its last paragraph, highlighted, online and offline', async () => {
    const { page } = s;
    const { word, title } = rareWordFromLastParagraph();
    await page.goto(server.url + '/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await appLive(page);
    await searchFor(page, word);
    assert.match(page.url(), new RegExp(`/search\\?q=${word}$`), 'the query is in the URL');
    const result = page.getByRole('article').filter({ has: page.getByRole('link', { name: title }) });
    await result.waitFor();
    assert.equal(await page.getByRole('article').count(), 1);
    assert.match((await page.getByRole('status').filter({ hasText: /result/ }).textContent()) ?? '', /^1 result$/);
    assert.equal((await result.locator('mark').first().textContent())?.toLowerCase(), word, 'the word is marked in the snippet');
    assert.equal(await page.getByRole('searchbox', { name: 'Search' }).inputValue(), word, 'the box keeps the query');

    await searchFor(page, 'qqxyzzy');
    await page.getByText('No results for “qqxyzzy”.').waitFor();
    assert.equal(await page.getByRole('article').count(), 0);

    // Offline: once the service worker controls the page, a reload with no network still searches
    // (the shell from the precache, the feed from the device, the index from IndexedDB).
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, { timeout: 15_000 });
    await page.goto(`${server.url}/search?q=${word}`);
    await result.waitFor();
    await s.context.setOffline(true);
    await page.reload();
    await page.getByRole('link', { name: title }).waitFor();
    await searchFor(page, 'harbour');
    assert.ok((await page.getByRole('article').count()) > 1, 'a new query offline finds articles too');
    await s.context.setOffline(false);
    assertNoErrors(s, [/Failed to load resource/]);
  });

  test('"/" focuses the search box from anywhere', async () => {
    const { page } = s;
    await page.goto(server.url + '/articles/' + slugOf(feed.items[2]?.url ?? ''));
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The heading may come from the prerendered page before the app is listening: press until it answers.
    await waitFor(
      async () => {
        await page.keyboard.press('/');
        return page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
      },
      (label) => label === 'Search',
      'the search box to take focus',
    );
    assert.equal(await page.getByRole('searchbox', { name: 'Search' }).inputValue(), '', 'the slash is not typed into the box');
    assertNoErrors(s);
  });
});

/** The stored read state of an article, read without ever creating the database itself. */
function storedReadState(page: Page, id: string) {
  return page.evaluate(
    (articleId) =>
      new Promise<{ readAt?: number; position?: number } | null>((resolve) => {
        const open = indexedDB.open('broadsheet');
        open.onupgradeneeded = () => open.transaction?.abort(); // not created yet: leave it to the app
        open.onerror = () => resolve(null);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('readState')) {
            db.close();
            resolve(null);
            return;
          }
          const get = db.transaction('readState').objectStore('readState').get(articleId);
          get.onsuccess = () => {
            db.close();
            resolve((get.result as { readAt?: number; position?: number } | undefined) ?? null);
          };
          get.onerror = () => resolve(null);
        };
      }),
    id,
  );
}

async function waitFor<T>(probe: () => Promise<T>, ok: (v: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('reading state', () => {
  test('an opened article is marked read, its position is restored after a reload, and home filters and continues', async () => {
    const { page } = s;
    const item = feed.items[4];
    assert.ok(item);
    await page.goto(server.url + '/');
    const latest = page.getByRole('region', { name: 'Latest' });
    await latest.getByRole('link', { name: item.title }).click();
    await page.getByRole('heading', { level: 1, name: item.title }).waitFor();
    await waitFor(() => storedReadState(page, item.id), (v) => typeof v?.readAt === 'number', 'the article to be marked read');

    // Scroll to the middle: the position is saved as the reader scrolls (throttled).
    await page.evaluate(() => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * 0.5));
    const saved = await waitFor(() => storedReadState(page, item.id), (v) => (v?.position ?? 0) > 0.3, 'the position to be saved');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForFunction(() => window.scrollY === 0);

    // A fresh start: ScrollRestoration's session copy is gone; the stored position is what brings the reader back.
    await page.evaluate(() => sessionStorage.clear());
    await page.reload();
    await page.getByRole('heading', { level: 1, name: item.title }).waitFor();
    await page.waitForFunction(
      (p) => {
        const range = document.documentElement.scrollHeight - innerHeight;
        return range > 0 && Math.abs(window.scrollY / range - p) < 0.1;
      },
      saved?.position ?? 0,
    );

    await page.goto(server.url + '/');
    const card = latest.getByRole('article').filter({ has: page.getByRole('link', { name: item.title }) });
    await card.getByText('Read', { exact: true }).waitFor();
    assert.match((await card.getAttribute('class')) ?? '', /card-read/);
    const cont = page.getByRole('region', { name: 'Continue reading' });
    await cont.getByRole('link', { name: item.title }).waitFor();

    const toggle = page.getByRole('button', { name: 'Show unread only' });
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    const before = await latest.getByRole('article').count();
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    await card.waitFor({ state: 'detached' });
    assert.equal(await latest.getByRole('article').count(), before - 1);
    await toggle.click();
    await card.waitFor();
    assertNoErrors(s);
  });
});

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
    assertNoErrors(s);
  });
});

describe('keyboard shortcuts', () => {
  test('j/k move, o opens, s saves, ? lists them, and nothing fires while typing or with a modifier', async () => {
    const { page } = s;
    await page.goto(server.url + '/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const focusedTitle = () => page.evaluate(() => document.activeElement?.closest('article.card')?.querySelector('.card-title')?.textContent ?? null);
    const titles = await page.locator('main article.card .card-title').allTextContents();
    await waitFor(
      async () => {
        if ((await focusedTitle()) === null) await page.keyboard.press('j');
        return focusedTitle();
      },
      (t) => t === titles[0],
      'j to reach the first article (once the app listens)',
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
    assertNoErrors(s);
  });
});

describe('sharing a paragraph', () => {
  test('selecting text in a paragraph offers "Share this paragraph", which copies its link; #p-N opens at it', async () => {
    const { page, context } = s;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const item = feed.items[2];
    assert.ok(item);
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
    assertNoErrors(s);
  });
});

// A stand-in voice (plain JS: a serialised TypeScript function would carry tsx's helpers): each
// utterance "starts" at once and ends when the test calls finishOne().
const FAKE_SPEECH = `
  (() => {
    const queue = [];
    window.__spoken = [];
    function Utterance(text) { this.text = text; this.lang = ''; this.rate = 1; }
    const synth = {
      paused: false,
      speak(u) { queue.push(u); window.__spoken.push(u); setTimeout(() => u.onstart && u.onstart(), 0); },
      cancel() { for (const u of queue.splice(0)) if (u.onerror) u.onerror({ error: 'canceled' }); },
      pause() { this.paused = true; },
      resume() { this.paused = false; },
      finishOne() { const u = queue.shift(); if (u && u.onend) u.onend(); },
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  })();
`;

describe('read aloud', () => {
  test('Read aloud reads paragraph by paragraph with pause, resume and speed where speech exists; hidden where not', async () => {
    const { page, context } = s;
    await page.addInitScript({ content: FAKE_SPEECH });
    const item = feed.items[2];
    assert.ok(item);
    const url = `${server.url}/articles/${slugOf(item.url)}`;
    await page.goto(url);
    await page.getByRole('heading', { level: 1, name: item.title }).waitFor();
    const group = page.getByRole('group', { name: 'Read aloud' });
    await group.getByRole('button', { name: 'Read aloud' }).click();
    await page.locator('.article-body .reading-aloud').first().waitFor();
    const firstText = await page.evaluate(() => (window as unknown as { __spoken: { text: string }[] }).__spoken[0]?.text);
    assert.equal(firstText, await page.locator('.article-body .reading-aloud').textContent());
    await page.evaluate(() => (window.speechSynthesis as unknown as { finishOne(): void }).finishOne());
    await page.waitForFunction(() => (window as unknown as { __spoken: unknown[] }).__spoken.length === 2);
    await page.waitForFunction(() => document.querySelectorAll('.article-body .reading-aloud').length === 1);
    assert.notEqual(await page.locator('.article-body .reading-aloud').textContent(), firstText, 'the highlight moved on');

    await group.getByRole('button', { name: 'Pause' }).click();
    assert.equal(await page.evaluate(() => window.speechSynthesis.paused), true);
    await group.getByRole('button', { name: 'Resume' }).click();
    assert.equal(await page.evaluate(() => window.speechSynthesis.paused), false);
    await group.getByRole('combobox', { name: 'Speed' }).selectOption('1.5');
    await page.waitForFunction(() => (window as unknown as { __spoken: { rate: number }[] }).__spoken.at(-1)?.rate === 1.5);
    assert.deepEqual(await group.getByRole('combobox', { name: 'Speed' }).locator('option').allTextContents(), ['0.75×', '1×', '1.25×', '1.5×', '1.75×', '2×']);
    await group.getByRole('button', { name: 'Stop' }).click();
    await group.getByRole('button', { name: 'Read aloud' }).waitFor();
    assert.equal(await page.locator('.article-body .reading-aloud').count(), 0);

    const bare = await context.newPage();
    await bare.addInitScript({ content: "Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });" });
    await bare.goto(url);
    await bare.getByRole('heading', { level: 1, name: item.title }).waitFor();
    await bare.getByRole('button', { name: 'Share', exact: true }).waitFor();
    // The prerendered page keeps Read aloud's place (disabled); the app drops it where speech is missing.
    await appLive(bare);
    await bare.getByRole('button', { name: 'Read aloud' }).waitFor({ state: 'detached' });
    assert.equal(await bare.getByRole('button', { name: 'Read aloud' }).count(), 0);
    assertNoErrors(s);
  });
});

describe('new articles', () => {
  test('a changed feed is offered as "N new articles" on focus and merged without moving the page', async () => {
    const { page } = s;
    await page.goto(server.url + '/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await appLive(page);
    const template = feed.items[0];
    assert.ok(template);
    const fresh = [1, 2].map((n) => ({
      ...template,
      id: `breaking-${n}`,
      url: `/2026/12/breaking-news-${n}`,
      title: `Breaking news number ${n}`,
      date_published: `2027-01-0${n}T08:00:00Z`,
    }));
    server.override('/feed.json', { body: JSON.stringify({ ...feed, items: [...fresh, ...feed.items] }), contentType: 'application/feed+json' });

    const anchor = page.getByRole('region', { name: 'Latest' }).getByRole('article').nth(6);
    await anchor.scrollIntoViewIfNeeded();
    const before = await anchor.evaluate((el) => el.getBoundingClientRect().top);
    const anchorHref = await anchor.locator('.card-title a').getAttribute('href');
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    const notice = page.getByRole('button', { name: '2 new articles' });
    await notice.waitFor();
    await notice.click();
    await page.getByRole('link', { name: 'Breaking news number 2' }).first().waitFor();
    await notice.waitFor({ state: 'detached' });
    await page.waitForFunction(
      ([sel, top]) => {
        const el = document.querySelector(sel as string)?.closest('article');
        return !!el && Math.abs(el.getBoundingClientRect().top - (top as number)) < 40;
      },
      [`#main .card-title a[href="${anchorHref}"]`, before] as const,
    );
    assertNoErrors(s);
  });
});
