import assert from 'node:assert/strict';
import { afterEach, beforeEach, before, after, test } from 'node:test';
import type { Page } from 'playwright-core';
import { openSession, type Session } from '../../scripts/lib/browser';
import { startServer, type TestServer } from '../../scripts/lib/server';

// Feed HTML can never pass for the app (issue 15): written with the app's own class names, fixed
// positioning and the largest z-index, it renders as plain article text in the page flow: nothing
// fixed, nothing over the header or the update prompt, no app class inside the article body. And
// saving an article fetches only the images the page shows, even when one has `user:pass@` in it.

let server: TestServer;
let s: Session;

before(async () => {
  server = await startServer();
});
after(async () => {
  await server.close();
});
beforeEach(async () => {
  s = await openSession(); // a phone: the article body spans the screen, under the header and the prompt
});
afterEach(async () => {
  server.reset();
  await s.close();
});

const OVERLAY = 'position:fixed;inset:0;z-index:2147483647';
const filler = (n: number) => Array.from({ length: n }, (_, i) => `<p>Filler paragraph ${i + 1}. ${'The harbour wall held through the night. '.repeat(6)}</p>`).join('');

/** Feed HTML dressed as the app: its prompt, its notice, its header, its buttons, over everything. */
const APP_LOOK =
  filler(4) +
  `<div class="update-prompt" role="alert" id="main" style="${OVERLAY}">A new version of Broadsheet is available. Sign in again to keep your reading list. <a class="button" href="https://phish.example/">Reload</a></div>` +
  `<p class="new-articles" style="${OVERLAY}"><a class="button" href="https://phish.example/">5 new articles</a></p>` +
  `<header class="site-header" role="banner" style="position:sticky;top:0;z-index:99">Fake masthead</header>` +
  `<h1 class="headline">A second headline</h1>` +
  `<div class="skip-link visually-hidden card error-box network-status paragraph-share notice" aria-live="assertive" tabindex="1">Borrowed classes</div>` +
  `<p><a href="#root" class="tag" aria-describedby="main">to the app root</a></p>` +
  `<div popover>popover</div><dialog open>dialog</dialog>` +
  `<table class="table-scroll"><tr><td>cell</td></tr></table><div class="table-scroll">not a table wrapper</div>` +
  filler(20);

function feedWith(items: object[]) {
  return JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Lookalike Gazette', home_page_url: '/', items });
}

/** Every class name a rule of the app's stylesheets names (read from the page's own CSS). */
async function appClasses(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const names = new Set<string>();
    // A loop, not a recursive helper: tsx wraps named functions in a helper the page does not have.
    const stack: CSSRule[] = Array.from(document.styleSheets).flatMap((sheet) => Array.from(sheet.cssRules));
    while (stack.length) {
      const rule = stack.pop();
      if (rule instanceof CSSStyleRule) for (const m of rule.selectorText.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)) names.add(m[1] ?? '');
      if (rule && 'cssRules' in rule) stack.push(...Array.from((rule as CSSGroupingRule).cssRules));
    }
    return [...names];
  });
}

test('feed HTML written with the app’s classes and fixed positioning renders as plain article text', async () => {
  s.expectErrors(/Failed to load resource/);
  const { page } = s;
  server.override('/feed.json', { body: feedWith([{ id: 'lookalike', url: '/2026/11/lookalike', title: 'Looks like the app', content_html: APP_LOOK, date_published: '2026-11-02T10:00:00Z' }]) });
  await page.goto(server.url + '/articles/lookalike');
  await page.getByRole('heading', { level: 1, name: 'Looks like the app' }).waitFor();
  const body = page.locator('.article-body');
  await body.getByText('Fake masthead').waitFor();

  // Every block of feed HTML is a box of its own (src/app/styles.css, .feed-html).
  const box = await body.evaluate((el) => {
    const cs = getComputedStyle(el);
    return [el.classList.contains('feed-html'), cs.contain, cs.isolation, cs.overflowX];
  });
  assert.deepEqual(box, [true, 'layout', 'isolate', 'clip']);

  const classes = await appClasses(page);
  for (const c of ['update-prompt', 'new-articles', 'button', 'site-header', 'visually-hidden', 'table-scroll']) assert.ok(classes.includes(c), `the app's CSS names .${c}`);

  const report = await body.evaluate((root, app) => {
    const appSet = new Set(app);
    const out = { appClassed: [] as string[], positioned: [] as string[], ids: [] as string[], roles: [] as string[], attrs: [] as string[], refsOutside: [] as string[] };
    for (const el of Array.from(root.querySelectorAll('*'))) {
      const tag = el.localName;
      for (const c of Array.from(el.classList)) {
        // The sanitizer's own wrapper for a wide table is the one app class allowed in the body.
        const own = c === 'table-scroll' && tag === 'div' && el.children.length === 1 && el.firstElementChild?.localName === 'table';
        if (appSet.has(c) && !own) out.appClassed.push(`${tag}.${c}`);
      }
      const pos = getComputedStyle(el).position; // empty for an element with no box
      if (pos && pos !== 'static') out.positioned.push(`${tag} ${pos}`);
      if (el.id && !/^(fh-|p-\d+$)/.test(el.id)) out.ids.push(el.id);
      if (el.hasAttribute('role')) out.roles.push(el.getAttribute('role') ?? '');
      for (const a of ['style', 'popover', 'open', 'tabindex', 'aria-live']) if (el.hasAttribute(a)) out.attrs.push(`${tag}[${a}]`);
      // Every id reference names an element of this article body (the feed's id="main" is its own now).
      for (const a of ['aria-labelledby', 'aria-describedby', 'aria-details', 'headers']) {
        for (const id of (el.getAttribute(a) ?? '').split(' ').filter(Boolean)) if (!root.querySelector(`[id="${id}"]`)) out.refsOutside.push(`${tag}[${a}=${id}]`);
      }
      const href = el.getAttribute('href') ?? '';
      if (href.startsWith('#') && !root.querySelector(`[id="${href.slice(1)}"]`)) out.refsOutside.push(`${tag}[href=${href}]`);
    }
    return out;
  }, classes);
  assert.deepEqual(report, { appClassed: [], positioned: [], ids: [], roles: [], attrs: [], refsOutside: [] });
  assert.equal(await body.locator('[aria-describedby="fh-main"]').count(), 1, 'a reference to the feed’s own id follows it into the feed namespace');
  assert.equal(await body.locator('a[href="#root"]').count(), 0, 'no link points at the app’s elements');
  // The app's contract still holds for the page: one <h1>, one #main, no alert, no "Reload" button.
  assert.equal(await page.locator('h1').count(), 1);
  assert.equal(await page.locator('[id="main"]').count(), 1);
  assert.equal(await page.getByRole('alert').count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Reload' }).count(), 0);
  assert.equal(await page.getByRole('banner').count(), 1, 'only the app’s header is a banner');

  // Scroll the lookalike prompt under the sticky header: the header stays on top across its width.
  await body.getByText('A new version of Broadsheet').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const onHeader = await page.evaluate(() => {
    const header = document.querySelector('.site-header');
    if (!header) return ['no header'];
    const r = header.getBoundingClientRect();
    const y = r.top + r.height / 2;
    return [0.1, 0.5, 0.9].map((f) => document.elementFromPoint(r.left + r.width * f, y)).filter((el) => !el || !header.contains(el)).map((el) => el?.outerHTML.slice(0, 80) ?? 'nothing');
  });
  assert.deepEqual(onHeader, [], 'the header is what shows at its own place');
  // …and the check means something: the article body runs under the header and past the bottom corner.
  const spans = await body.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const header = document.querySelector('.site-header')?.getBoundingClientRect();
    return !!header && r.top < header.top && r.bottom > window.innerHeight;
  });
  assert.ok(spans, 'the article body lies under the header and the prompt’s corner');

  // The update prompt, styled by the app's own .update-prompt rule (fixed, bottom right): added the
  // way the app shows it, it is what shows at its place, above the article's text.
  const overPrompt = await page.evaluate(() => {
    const prompt = document.createElement('div');
    prompt.className = 'update-prompt';
    prompt.innerHTML = '<p>A new version is ready.</p>';
    document.body.append(prompt);
    const r = prompt.getBoundingClientRect();
    const points = [
      [r.left + 4, r.top + 4],
      [r.left + r.width / 2, r.top + r.height / 2],
      [r.right - 4, r.bottom - 4],
    ] as const;
    const misses = points.map(([x, y]) => document.elementFromPoint(x, y)).filter((el) => !el || !prompt.contains(el));
    const position = getComputedStyle(prompt).position;
    prompt.remove();
    return { position, misses: misses.map((el) => el?.outerHTML.slice(0, 80) ?? 'nothing') };
  });
  assert.deepEqual(overPrompt, { position: 'fixed', misses: [] }, 'nothing of the article sits over the update prompt');
});

test('saving an article fetches only the images it shows (credentials stripped); "Download for offline" finishes', async () => {
  s.expectErrors(/Failed to load resource/);
  const { page, context } = s;
  const origin = new URL(server.url);
  const withCreds = `${origin.protocol}//reader:secret@${origin.host}/images/budget-donut-480.jpg`;
  const hidden = ['noscript', 'svg', 'object', 'select', 'math'].map((k) => `/images/hidden-${k}.jpg`);
  const body =
    `<p>Shown images follow.</p><img src="/images/budget-donut-800.jpg" alt="Shown"><img src="${withCreds}" alt="With credentials">` +
    `<noscript><img src="${hidden[0]}"></noscript><svg><image href="${hidden[1]}"/></svg><object data="/x.swf"><img src="${hidden[2]}"></object>` +
    `<select><option><img src="${hidden[3]}"></option></select><math><mi><img src="${hidden[4]}"></mi></math>`;
  const items = [
    { id: 'creds', url: '/2026/11/with-credentials', title: 'Images with credentials', content_html: body, date_published: '2026-11-03T10:00:00Z' },
    { id: 'plain-1', url: '/2026/11/plain-one', title: 'Plain one', content_html: '<p>One.</p><img src="/images/container-terminal-480.jpg" alt="">', date_published: '2026-11-02T10:00:00Z' },
    { id: 'plain-2', url: '/2026/11/plain-two', title: 'Plain two', content_html: '<p>Two.</p>', date_published: '2026-11-01T10:00:00Z' },
  ];
  server.override('/feed.json', { body: feedWith(items) });
  const requested: string[] = [];
  context.on('request', (r) => requested.push(r.url()));

  await page.goto(server.url + '/articles/with-credentials');
  await page.getByRole('heading', { level: 1, name: 'Images with credentials' }).waitFor();
  await page.locator('.article-actions').getByRole('button', { name: 'Save for offline' }).click();
  await page.locator('.article-actions button[aria-pressed="true"]:not([aria-busy])').waitFor();

  const saved = await page.evaluate(
    () =>
      new Promise<{ imageUrls: string[]; imagesCached: boolean } | undefined>((resolve, reject) => {
        const req = indexedDB.open('broadsheet');
        req.onsuccess = () => {
          const get = req.result.transaction('saved').objectStore('saved').get('creds');
          get.onsuccess = () => resolve(get.result as { imageUrls: string[]; imagesCached: boolean } | undefined);
          get.onerror = () => reject(get.error);
        };
        req.onerror = () => reject(req.error);
      }),
  );
  assert.ok(saved, 'the article is saved');
  assert.deepEqual(saved.imageUrls, [`${server.url}/images/budget-donut-800.jpg`, `${server.url}/images/budget-donut-480.jpg`]);
  assert.equal(saved.imagesCached, true, 'every image it shows is on the device');
  const cached = await page.evaluate(async () => (await (await caches.open('broadsheet-saved-images')).keys()).map((r) => r.url).sort());
  assert.deepEqual(cached, [`${server.url}/images/budget-donut-480.jpg`, `${server.url}/images/budget-donut-800.jpg`]);
  assert.deepEqual(requested.filter((u) => u.includes('/images/hidden-') || u.includes('@')), [], 'no hidden image was fetched, no URL with credentials requested');

  // The whole "Download for offline" job, with that article in it, runs to the end.
  await page.goto(server.url + '/settings');
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  await page.getByRole('button', { name: /^Download the latest \d+ articles$/ }).click();
  await page.getByText('3 of 3 articles are available offline.').waitFor({ timeout: 30_000 });
  assert.deepEqual(requested.filter((u) => u.includes('/images/hidden-')), []);
});
