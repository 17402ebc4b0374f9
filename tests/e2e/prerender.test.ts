import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { Session } from '../../scripts/lib/browser';
import { appLive, withSession } from './support/browser';
import { serveAndOpen } from './support/fixture';
import type { TestServer } from '../../scripts/lib/server';

// The prerendered pages in dist/ (scripts/prerender.ts after `vite build`): what they hold without
// JavaScript, and the client taking them over with no console error and nothing moving.

type JsdomCtor = new (html: string) => { window: { document: Document } };
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: JsdomCtor };

const DIST = 'dist';
const articleDir = join(DIST, 'articles');
const slugs = existsSync(articleDir) ? readdirSync(articleDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name) : [];

/** The longest article: the one with the most body to check. */
function pickSlug(): string {
  let best = '';
  let size = -1;
  for (const s of slugs) {
    const n = readFileSync(join(articleDir, s, 'index.html'), 'utf8').length;
    if (n > size) [best, size] = [s, n];
  }
  return best;
}

function parse(file: string): Document {
  return new JSDOM(readFileSync(file, 'utf8')).window.document;
}

describe('prerendered HTML in dist/', () => {
  test('every article of the build-time feed has a page with headline, body and meta tags', () => {
    assert.ok(slugs.length > 0, 'dist/articles/ has pages: run `vite build && tsx scripts/prerender.ts` first');
    for (const slug of slugs) {
      const doc = parse(join(articleDir, slug, 'index.html'));
      const h1 = doc.querySelector('#root h1')?.textContent?.trim() ?? '';
      assert.ok(h1.length > 0, `${slug}: a headline`);
      assert.equal(doc.querySelectorAll('#root h1').length, 1, `${slug}: one h1`);
      assert.ok(doc.querySelectorAll('#root .article-body p').length >= 1, `${slug}: the body`);
      assert.match(doc.title, new RegExp(h1.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), `${slug}: <title> names the article`);
      assert.equal(doc.querySelector('meta[property="og:title"]')?.getAttribute('content'), h1, `${slug}: og:title`);
      assert.match(doc.querySelector('meta[name="twitter:card"]')?.getAttribute('content') ?? '', /^summary/, `${slug}: twitter:card`);
      const canonicals = doc.querySelectorAll('link[rel=canonical]');
      assert.equal(canonicals.length, 1, `${slug}: one canonical`);
      assert.match(canonicals[0]?.getAttribute('href') ?? '', new RegExp(`^https?://[^/]+/articles/${slug}$`), `${slug}: absolute canonical`);
      const ld = doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '';
      const data = JSON.parse(ld) as { '@type'?: string; headline?: string; datePublished?: string };
      assert.equal(data['@type'], 'NewsArticle');
      assert.equal(data.headline, h1);
      // The page carries the data it was rendered from, right after the root (out of reach of feed HTML, inside it).
      const own = doc.querySelector('body > #root + script#broadsheet-page-data[type="application/json"]')?.textContent ?? '';
      const pageData = JSON.parse(own) as { path?: string; loaderData?: { article?: { article?: { title?: string; contentHtml?: string }; body?: string } } };
      assert.equal(pageData.path, `/articles/${slug}`, `${slug}: the page data names its path`);
      assert.equal(pageData.loaderData?.article?.article?.title, h1, `${slug}: the page data holds the article`);
      assert.equal(pageData.loaderData?.article?.article?.contentHtml, undefined, `${slug}: not the feed's HTML, only the sanitized body`);
      assert.equal(pageData.loaderData?.article?.body, '\u0000body-in-page', `${slug}: the body is sent once, in the markup`);
      assert.equal(doc.querySelectorAll('#root script').length, 0, `${slug}: no script in the body`);
      // Content Security Policy: the only scripts are same-origin files, JSON-LD data and the theme
      // script, which the policy names by its hash.
      const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
      for (const s of doc.querySelectorAll('script')) {
        if (s.getAttribute('src') || s.getAttribute('type') === 'application/ld+json' || s.getAttribute('type') === 'application/json') continue;
        const hash = createHash('sha256').update(s.textContent ?? '', 'utf8').digest('base64');
        assert.ok(csp.includes(`'sha256-${hash}'`), `${slug}: an inline script the policy does not name`);
      }
    }
  });

  test('feed images offer their srcset sizes, root-relative like src, and the lead image preload picks the same', () => {
    const pages = ['index.html', ...slugs.map((slug) => join('articles', slug, 'index.html'))];
    let heroes = 0;
    for (const file of pages) {
      const doc = parse(join(DIST, file));
      for (const img of doc.querySelectorAll('#root img[srcset]')) {
        const candidates = (img.getAttribute('srcset') ?? '').split(', ');
        assert.ok(candidates.length >= 2, `${file}: more than one size`);
        for (const c of candidates) assert.match(c, /^\/images\/[\w-]+\.jpg \d+w$/, `${file}: a same-site candidate with a width`);
        assert.ok(candidates.includes(`${img.getAttribute('src') ?? ''} ${img.getAttribute('width') ?? ''}w`), `${file}: src is a candidate`);
        assert.ok(img.getAttribute('sizes'), `${file}: sizes`);
      }
      const lead = doc.querySelector('#root img[fetchpriority=high]');
      if (!lead) continue;
      if (file !== 'index.html') heroes += doc.querySelectorAll('#root .hero img[srcset]').length;
      const preload = doc.querySelector('head link[rel=preload][as=image]');
      assert.equal(preload?.getAttribute('imagesrcset'), lead.getAttribute('srcset'), `${file}: the preload offers the lead image's sizes`);
      assert.equal(preload?.getAttribute('imagesizes'), lead.getAttribute('sizes'), `${file}: and its sizes`);
    }
    assert.ok(parse(join(DIST, 'index.html')).querySelector('#root img[fetchpriority=high][srcset]'), 'the lead image on home has a srcset');
    assert.ok(heroes > 0, 'article heroes have a srcset');
  });

  test('the page is also written as <slug>.html, and home carries the lead story and cards', () => {
    const slug = pickSlug();
    assert.ok(existsSync(join(articleDir, `${slug}.html`)));
    const doc = parse(join(DIST, 'index.html'));
    assert.ok((doc.querySelector('#root h1')?.textContent ?? '').trim().length > 0, 'the feed title');
    assert.ok(doc.querySelectorAll('#root main article').length >= 10, 'the lead story and cards');
    assert.ok(doc.querySelector('#root img[fetchpriority=high]'), 'the lead image is fetched first');
    assert.ok(doc.querySelector('head style'), 'the CSS is inlined');
    assert.equal(doc.querySelectorAll('head link[rel=stylesheet]').length, 0, 'no render-blocking stylesheet');
    assert.equal(doc.querySelectorAll('head link[rel=modulepreload]').length, 0, 'nothing competes with the first paint');
    assert.equal(doc.querySelector('script[type=module]')?.getAttribute('fetchpriority'), 'low', 'the entry module is fetched at low priority');
    assert.ok(doc.querySelector('body > #root + script[type="application/json"]#broadsheet-page-data'), 'the page data comes after the markup');
    // The theme script is inline (no render-blocking request), allowed by its hash and nothing else.
    const inline = [...doc.querySelectorAll('head script:not([src]):not([type])')];
    assert.equal(inline.length, 1, 'one inline script: the theme');
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    const hash = createHash('sha256').update(inline[0]?.textContent ?? '', 'utf8').digest('base64');
    assert.match(csp, new RegExp(`script-src 'self' 'sha256-${hash.replace(/[+/=]/g, (c) => '\\' + c)}';`));
    assert.doesNotMatch(csp, /unsafe-inline[^;]*;[^;]*$|script-src[^;]*unsafe-inline/, 'no unsafe-inline for scripts');
    const buttons = [...doc.querySelectorAll('#root button[type=button]')];
    assert.ok(buttons.length > 0, 'home has Save buttons');
    assert.deepEqual(buttons.filter((b) => !b.hasAttribute('disabled')).map((b) => b.outerHTML), [], 'script-only buttons wait for the app, disabled');
    assert.ok(doc.querySelector('#root form[role=search] button[type=submit]:not([disabled])'), 'the search form works without JavaScript');
  });
});

describe('in Chromium', () => {
  let server: TestServer;
  let s: Session;
  serveAndOpen({ server: (v) => (server = v), session: (v) => (s = v) });

  async function layoutShift(page: Page): Promise<number> {
    return page.evaluate(
      () =>
        new Promise<number>((done) => {
          let sum = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) sum += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
          requestAnimationFrame(() => requestAnimationFrame(() => done(sum)));
        }),
    );
  }

  const firstDir = (dir: string) => readdirSync(join(DIST, dir), { withFileTypes: true }).find((d) => d.isDirectory())?.name ?? '';
  for (const [name, path] of [
    ['an article', () => `/articles/${pickSlug()}`],
    ['home', () => '/'],
    ['an author page', () => `/authors/${firstDir('authors')}`],
    ['a tag page', () => `/tags/${firstDir('tags')}`],
  ] as const) {
    test(`the client takes over ${name} with no console error and no layout shift`, async () => {
      const { page } = s;
      // startApp (start-app.tsx) warns when hydration found markup that differs from what the app renders.
      const warnings: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'warning') warnings.push(m.text());
      });
      // The prerendered heading element, as parsed: after hydration the very same node is on screen.
      await page.addInitScript({ content: `document.addEventListener('DOMContentLoaded', () => { window.__prerenderedH1 = document.querySelector('#main h1'); });` });
      await page.goto(server.url + path());
      const before = (await page.locator('#main h1').textContent())?.trim() ?? '';
      assert.ok(before.length > 0, 'the prerendered heading');
      await appLive(page);
      await page.waitForLoadState('networkidle');
      assert.equal((await page.locator('#main h1').textContent())?.trim(), before, 'same heading after takeover');
      assert.ok(await page.evaluate(() => document.querySelector('#main h1') === (window as unknown as { __prerenderedH1?: Element }).__prerenderedH1), 'hydrated: the prerendered heading element was kept, not rebuilt');
      assert.equal(await page.locator('h1').count(), 1);
      assert.equal(await page.locator('link[rel=canonical]').count(), 1, 'one canonical after takeover');
      // The path of this page (the origin is the build's SITE_URL, which a hydrated page keeps).
      const canonical = new URL((await page.locator('link[rel=canonical]').getAttribute('href')) ?? '', page.url());
      assert.equal(canonical.pathname, new URL(page.url()).pathname);
      assert.equal(await page.locator('head title').count(), 1, 'one <title>');
      assert.equal(await page.locator('#root button:disabled').count(), 0, 'the app enables every button it renders');
      const cls = await layoutShift(page);
      assert.ok(cls <= 0.02, `cumulative layout shift ${cls}`);
      // The live app works: a client-side navigation.
      await page.locator('#main article a[href^="/articles/"]').first().click();
      await page.waitForURL(/\/articles\//);
      await page.locator('#main h1').waitFor();
      assert.deepEqual(warnings.filter((w) => /prerendered page differed/.test(w)), [], 'the page hydrated as it was');
    });
  }

  test('an article takes its prerendered body instead of sanitizing again; one opened in the app is sanitized', async () => {
    const { page } = s;
    const slug = pickSlug();
    const prerendered = parse(join(articleDir, slug, 'index.html')).querySelector('#root .article-body')?.innerHTML ?? '';
    assert.ok(prerendered.includes('id="p-1"'), 'the prerendered body');
    // The build wrote root-relative URLs; the sanitizer in the page resolves them to absolute ones, so an
    // identical body after takeover is the prerendered one, taken as it was.
    assert.match(prerendered, / src="\/images\//, 'the prerendered body has root-relative image URLs');
    await page.goto(server.url + `/articles/${slug}`);
    await appLive(page);
    await page.waitForLoadState('networkidle');
    assert.equal(await page.locator('#root .article-body').evaluate((el) => el.innerHTML), prerendered, 'the same body after takeover');
    // Another article, opened in the app: its body comes from the feed, through the sanitizer, which
    // makes image URLs absolute. One whose body has an image, so that shows.
    const next = Array.from(parse(join(articleDir, slug, 'index.html')).querySelectorAll('#main .related a[href^="/articles/"]'), (a) => a.getAttribute('href') ?? '').find((href) => parse(join(articleDir, decodeURIComponent(href.split('/').pop() ?? ''), 'index.html')).querySelector('.article-body img'));
    assert.ok(next, 'a related article with an image in its body');
    await page.locator(`#main .related a[href="${next}"]`).filter({ hasText: /\S/ }).first().click();
    await page.waitForURL((url) => url.pathname === next);
    // The URL changes before the view does: wait for the next article's headline, not just any image.
    const nextTitle = (parse(join(articleDir, decodeURIComponent(next.split('/').pop() ?? ''), 'index.html')).querySelector('#main h1')?.textContent ?? '').trim();
    assert.ok(nextTitle, 'the next article has a headline');
    await page.getByRole('heading', { level: 1, name: nextTitle }).waitFor();
    await page.locator('#main .article-body img').first().waitFor({ state: 'attached' });
    assert.equal(await page.locator('#main .article-body img[src^="/"]').count(), 0, 'image URLs resolved by the sanitizer in the page');
  });

  /** Holds back the app's start chunk until the returned function is called: the prerendered page without the app. */
  async function holdApp(page: Page): Promise<() => void> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/start-app-[^/]*\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    return release;
  }

  test('the reader\'s scroll position on the prerendered page is kept when the app takes over', async () => {
    const { page } = s;
    const release = await holdApp(page);
    await page.goto(server.url + `/articles/${pickSlug()}`);
    await page.evaluate(() => window.scrollTo(0, 1500));
    await page.waitForFunction(() => window.scrollY === 1500);
    // The paragraph at the top of the screen: the reader must still be looking at it afterwards (the
    // offset may change a little if controls appear above, which scroll anchoring absorbs).
    // Looked for just below the sticky header, whose height depends on the fonts the machine has.
    const topParagraph = () =>
      page.evaluate(() => {
        const below = (document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0) + 24;
        return document.elementFromPoint(200, below)?.closest('p[id^="p-"]')?.id ?? '';
      });
    const before = await topParagraph();
    assert.match(before, /^p-\d+$/);
    release();
    await appLive(page);
    await page.waitForFunction(() => document.readyState === 'complete');
    assert.equal(await topParagraph(), before, 'the same paragraph is at the top of the screen');
    assert.ok((await page.evaluate(() => window.scrollY)) > 1000, 'not sent back to the top');
  });

  test('a link clicked before the app takes over is followed once it has', async () => {
    const { page } = s;
    const release = await holdApp(page);
    await page.goto(server.url + '/');
    const link = page.locator('#main article h3 a').nth(2);
    const title = ((await link.textContent()) ?? '').trim();
    // A mark on this document: it survives only if the article opens in the app, not as a new page load
    // (which the app, starting meanwhile, could cancel).
    await page.evaluate(() => ((window as unknown as { __sameDocument?: boolean }).__sameDocument = true));
    await link.click();
    release();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await appLive(page);
    assert.match(new URL(page.url()).pathname, /^\/articles\//);
    assert.equal(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument), true, 'opened in the app, after it took over');
  });

  test('the data router is loaded by the first in-app navigation, not by the takeover; back returns to where the reader was', async () => {
    const { page } = s;
    // Every script this document has loaded, by its text: the router's chunk is the one that carries
    // React Router's own messages, whatever the build named it.
    const routerLoaded = () =>
      page.evaluate(async () => {
        const scripts = performance.getEntriesByType('resource').filter((e) => /\/assets\/[^/]+\.js$/.test(e.name));
        const texts = await Promise.all(scripts.map((e) => fetch(e.name).then((r) => r.text())));
        return texts.some((t) => t.includes('React Router'));
      });
    await page.goto(server.url + `/articles/${pickSlug()}`);
    await appLive(page);
    await page.waitForLoadState('networkidle');
    assert.equal(await routerLoaded(), false, 'the page was taken over without the router');
    // The reader scrolls down and follows a tag link: the router comes, and the tag page opens in the app.
    const tag = page.locator('#main a.tag').first();
    await tag.scrollIntoViewIfNeeded();
    const y = await page.evaluate(() => window.scrollY);
    assert.ok(y > 0, 'the reader has scrolled');
    const name = ((await tag.textContent()) ?? '').trim();
    await page.evaluate(() => ((window as unknown as { __sameDocument?: boolean }).__sameDocument = true));
    await tag.click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    assert.equal(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument), true, 'opened in the app');
    assert.equal(await routerLoaded(), true, 'the router came with the navigation');
    await page.goBack();
    await page.locator('#main .article-body').waitFor();
    await page.waitForFunction((at) => Math.abs(window.scrollY - at) < 40, y);
    assert.equal(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument), true, 'back in the app');
  });

  test('a tap on Save before the app takes over is shown at once and saves once it has', async () => {
    const { page } = s;
    const release = await holdApp(page);
    const slug = pickSlug();
    await page.goto(server.url + `/articles/${slug}`);
    const title = ((await page.locator('#main h1').textContent()) ?? '').trim();
    const save = page.getByRole('button', { name: 'Save for offline' });
    // The first script has run (it enables the button), the app has not: a real press, not a wait for it.
    await page.waitForFunction(() => !document.querySelector('#root button[data-until-live]:disabled'));
    const box = await save.boundingBox();
    assert.ok(box, 'the prerendered Save button is on screen');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    assert.equal(await save.getAttribute('data-held'), '', 'the press is shown as taken');
    assert.equal(await save.getAttribute('aria-pressed'), 'false', 'and not done before the app runs');
    release();
    await appLive(page);
    await page.getByRole('button', { name: 'Remove from saved' }).waitFor();
    assert.equal(await page.locator('[data-held]').count(), 0, 'the mark is gone');
    await page.goto(server.url + '/saved');
    await page.getByRole('heading', { level: 1, name: 'Saved articles' }).waitFor();
    await page.getByRole('link', { name: title }).first().waitFor();
  });

  test('a tap on Save while the page is still parsed, before the first script has run, is not lost', async () => {
    const { page } = s;
    // The entry module held: the page is parsed and painted, only the head's inline script has run.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    await page.goto(server.url + `/articles/${pickSlug()}`, { waitUntil: 'commit' });
    const save = page.getByRole('button', { name: 'Save for offline' });
    await save.waitFor();
    assert.equal(await save.isEnabled(), true, 'enabled by the head script as it was parsed');
    const box = await save.boundingBox();
    assert.ok(box, 'the prerendered Save button is on screen');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    assert.equal(await save.getAttribute('data-held'), '', 'the press is shown as taken');
    release();
    await appLive(page);
    await page.getByRole('button', { name: 'Remove from saved' }).waitFor();
  });

  test('home\'s download, whose code comes after the takeover: a press when that code cannot load says so and keeps nothing', async () => {
    const { page } = s;
    s.expectErrors(/Failed to load resource/, /ERR_/);
    // The download's own chunk (not download-control-…, which the view brings).
    await page.route(/\/assets\/download-[A-Za-z0-9_-]{8}\.js$/, (route) => route.abort('connectionreset'));
    await page.goto(server.url + '/');
    await appLive(page);
    const button = page.getByRole('button', { name: /^Download the latest \d+ articles$/ });
    await button.click();
    await page.getByRole('alert').filter({ hasText: 'The download could not start' }).waitFor();
    assert.ok(await button.isVisible(), 'the button stays, to try again');
    assert.equal(await page.locator('.download-progress').count(), 0, 'no download shows as under way');
    const saved = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const req = indexedDB.open('broadsheet');
          req.onsuccess = () => {
            const db = req.result;
            if (!db.objectStoreNames.contains('saved')) return resolve(0);
            const count = db.transaction('saved').objectStore('saved').count();
            count.onsuccess = () => resolve(count.result);
          };
        }),
    );
    assert.equal(saved, 0, 'nothing was saved');
  });

  test('a page prerendered for another path is never shown for this one', async () => {
    s.expectErrors(/status of 404/);
    const { page } = s;
    // The preview server (like a static host) answers an unknown path with index.html, the prerendered home.
    await page.goto(server.url + '/no/such/page');
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    assert.equal(await page.locator('html[data-stale-prerender]').count(), 0);
  });

  test('the content is there with JavaScript disabled', async () => {
    await withSession({ javaScriptEnabled: false }, async ({ page }) => {
      const slug = pickSlug();
      await page.goto(`${server.url}/articles/${slug}`);
      const h1 = page.getByRole('heading', { level: 1 });
      assert.ok(((await h1.textContent()) ?? '').trim().length > 0, 'the headline');
      assert.ok((await page.locator('.article-body p').count()) > 2, 'the body');
      assert.ok(await page.locator('.article-head .byline a').count(), 'the byline links to the author');
      assert.ok(await page.getByRole('navigation', { name: 'Tags' }).getByRole('link').count(), 'tags');
      assert.ok(await h1.isVisible(), 'visible without JavaScript');
      await page.goto(server.url + '/');
      assert.ok((await page.locator('main article').count()) >= 10, 'home lists articles');
      // Links work as plain links: follow one to another prerendered page.
      const link = page.locator('main article h2 a, main article h3 a').first();
      const title = ((await link.textContent()) ?? '').trim();
      await link.click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
    });
  });
});
