import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Session } from '../../scripts/lib/browser';
import { serveAndOpen } from './support/fixture';
import { poll } from './support/poll';
import type { TestServer } from '../../scripts/lib/server';

// Reading the bundled sample feed as a reader does: home -> article -> author -> tag -> related and back.

let server: TestServer;
let s: Session;

serveAndOpen({ server: (v) => (server = v), session: (v) => (s = v) });

describe('reading', () => {
  test('home -> article -> author -> tag -> related, and back', async () => {
    const { page } = s;
    await page.goto(server.url + '/');
    const h1 = page.getByRole('heading', { level: 1 });
    await h1.waitFor();
    const feedTitle = (await h1.textContent())?.trim() ?? '';
    assert.ok(feedTitle.length > 0, 'home has the feed title as its heading');
    assert.equal(await page.locator('h1').count(), 1, 'one h1 on home');
    await page.waitForFunction((t) => document.title.includes(t), feedTitle, { timeout: 10_000 }).catch(() => undefined);
    assert.match(await page.title(), new RegExp(escapeRe(feedTitle)));

    // The lead story and cards are <article>s whose link names the title.
    const cards = page.locator('main article');
    assert.ok((await cards.count()) >= 10, 'home lists articles');
    const firstLink = page.locator('main article h2 a, main article h3 a').first();
    const title = (await firstLink.textContent())?.trim() ?? '';
    await firstLink.click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    assert.match(page.url(), /\/articles\//);
    assert.equal(await page.locator('h1').count(), 1, 'one h1 on the article');
    await page.waitForFunction((t) => document.title.includes(t), title, { timeout: 10_000 }).catch(() => undefined);
    assert.match(await page.title(), new RegExp(escapeRe(title)));
    assert.equal(await page.locator('link[rel=canonical]').getAttribute('href'), page.url());
    assert.ok((await page.locator('.article-body p').count()) > 2, 'the body is rendered');
    assert.ok(await page.locator('article time[datetime]').count(), 'the date is a <time>');

    // Byline author -> author page lists this article.
    const authorLink = page.locator('.article-head .byline a').first();
    const authorName = (await authorLink.textContent())?.trim() ?? '';
    await authorLink.click();
    await page.getByRole('heading', { level: 1, name: authorName }).waitFor();
    assert.match(page.url(), /\/authors\//);
    await page.getByRole('link', { name: title }).first().waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();

    // A tag -> tag page lists this article.
    const tagLink = page.getByRole('navigation', { name: 'Tags' }).getByRole('link').first();
    const tagName = (await tagLink.textContent())?.trim() ?? '';
    await tagLink.click();
    await page.getByRole('heading', { level: 1, name: tagName }).waitFor();
    assert.match(page.url(), /\/tags\//);
    await page.getByRole('link', { name: title }).first().waitFor();
    await page.goBack();

    // The Related region, each post saying why, and the page of all related posts.
    const related = page.getByRole('region', { name: /Related/ });
    await related.waitFor();
    assert.ok((await related.locator('article').count()) > 0, 'related posts are listed');
    assert.ok(((await related.locator('.reasons').first().textContent()) ?? '').length > 0, 'a reason is given');
    await related.getByRole('link', { name: 'All related articles' }).click();
    await page.getByRole('heading', { level: 1, name: /Related to/ }).waitFor();
    assert.match(page.url(), /\/related$/);

    await page.goBack();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: feedTitle }).waitFor();
  });

  test('a deep link opens directly, including an article from the second feed page', async () => {
    const { page } = s;
    await page.goto(server.url + '/');
    const href = await page.locator('main article h3 a').nth(3).getAttribute('href');
    assert.ok(href);
    const res = await fetch(server.url + '/feed-2.json');
    const page2 = (await res.json()) as { items: { url: string; title: string }[] };
    const item = page2.items[0];
    assert.ok(item);

    const fresh = await s.context.newPage();
    await fresh.goto(server.url + href);
    await fresh.getByRole('heading', { level: 1 }).waitFor();
    // The client replaces the prerendered <title> as it takes over: wait for the view's own title.
    await fresh.waitForFunction(() => document.title.includes('—'), undefined, { timeout: 10_000 }).catch(() => undefined);
    assert.match(await fresh.title(), /—/);

    const slug = new URL(item.url, server.url).pathname.split('/').filter(Boolean).pop() ?? '';
    await fresh.goto(`${server.url}/articles/${slug}`);
    await fresh.getByRole('heading', { level: 1, name: item.title }).waitFor();
  });

  test('"Load more" brings in the next feed page', async () => {
    const { page } = s;
    await page.goto(server.url + '/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const res = await fetch(server.url + '/feed-2.json');
    const page2 = (await res.json()) as { items: { title: string }[] };
    const lastTitle = page2.items.at(-1)?.title ?? '';
    assert.ok(lastTitle);
    const more = page.getByRole('button', { name: 'Load more' });
    const last = page.getByRole('link', { name: lastTitle });
    await poll(
      async () => {
        if (await last.count()) return true;
        // Infinite scroll may load the page first and take the button away mid-click; either way is fine.
        if (await more.count()) await more.click({ timeout: 2_000 }).catch(() => undefined);
        await page.waitForFunction(() => !document.querySelector('.load-more button[disabled]'));
        return false;
      },
      (shown) => shown,
      { what: 'the last article of the next feed page' },
    );
  });

  test('an unknown address shows the not-found view with a way home', async () => {
    const { page } = s;
    await page.goto(server.url + '/no/such/page');
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await page.goto(server.url + '/articles/no-such-article');
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await page.locator('main article').first().waitFor();
  });
});

describe('a feed that cannot be read', () => {
  const cases: { name: string; o: Parameters<TestServer['override']>[1]; says: RegExp }[] = [
    { name: 'invalid JSON', o: { body: '{"version": "https://jsonfeed.org/version/1.1", title: }' }, says: /not valid JSON/i },
    { name: 'a truncated download', o: { body: '{"version": "https://jsonfeed.org/version/1.1", "title": "T", "items": [{"id": "1", "content_text": "a' }, says: /cut off|ended before|truncated|incomplete/i },
    { name: 'not a JSON Feed', o: { body: '{"rss": {"channel": {"title": "x"}}}' }, says: /not a JSON Feed|RSS/i },
    { name: 'a server error', o: { status: 500, body: 'oops', contentType: 'text/plain' }, says: /500/ },
    { name: 'an HTML page', o: { body: '<!doctype html><title>Login</title>', contentType: 'text/html' }, says: /HTML/i },
  ];
  for (const c of cases) {
    test(`${c.name} shows an alert naming the problem`, async () => {
      server.override('/feed.json', c.o);
      // The browser reports the failed request of the server error; nothing else may be logged.
      if (c.o.status) s.expectErrors(new RegExp(`status of ${c.o.status}`));
      const { page } = s;
      await page.goto(server.url + '/');
      const alert = page.getByRole('alert');
      await alert.waitFor();
      assert.match((await alert.textContent()) ?? '', c.says);
      assert.equal(await page.locator('h1').count(), 1);
    });
  }
});

function escapeRe(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
