import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, test } from 'node:test';
import { hostileUrls, XSS_HOST, xssPayloads, xssVectors } from '../fixtures/xss-vectors';
import { openSession, type Session } from '../../scripts/lib/browser';
import { startServer, type TestServer } from '../../scripts/lib/server';

// A feed written by an attacker: every vector of the corpus, in every field that reaches the page.
// The proof that nothing ran: no dialog, no window.__xss, no request to the corpus's host, on every view.

let server: TestServer;
let s: Session;
const dialogs: string[] = [];
const hostileRequests: string[] = [];

function hostileFeed() {
  const items = [];
  const perItem = 12;
  for (let i = 0; i * perItem < xssVectors.length; i++) {
    const chunk = xssVectors.slice(i * perItem, (i + 1) * perItem);
    const p = (k: number) => xssPayloads[(i * 7 + k) % xssPayloads.length] ?? '';
    const u = (k: number) => hostileUrls[(i + k) % hostileUrls.length] ?? '';
    items.push({
      id: `x${i}`,
      url: `/2026/11/hostile-${i}`,
      title: `Hostile ${i} ${p(0)}`,
      summary: p(1),
      content_html: `<p>Body of hostile item ${i}.</p>${chunk.join('\n')}`,
      date_published: `2026-11-${String((i % 27) + 1).padStart(2, '0')}T10:00:00Z`,
      image: u(0),
      authors: [{ name: `Author ${i % 3} ${p(2)}`, url: u(1), avatar: u(2) }],
      tags: [`tag${i % 4}`, p(3)],
      attachments: [{ url: u(3), mime_type: 'audio/mpeg', title: p(4) }],
      _broadsheet: {
        image_alt: p(5),
        image_caption: p(6),
        image_credit: p(7),
        image_width: 1200,
        // Other sizes: hostile URLs, a payload where the width goes, a whole srcset string as one URL, junk.
        image_srcset: [
          { url: u(4), width: 480 },
          { url: `${hostileUrls[7] ?? ''}?w=640`, width: 640 },
          { url: u(5), width: p(9) },
          { url: `${u(6)} 800w, ${u(7)} 1x`, width: 800 },
          p(10),
          null,
        ],
        section: p(8),
        related: [`x${(i + 1) % 5}`],
      },
    });
  }
  items.push({ id: 'text-only', url: '/2026/11/hostile-text', title: 'Text only', content_text: xssPayloads.join('\n\n') });
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: `Hostile feed ${xssPayloads[0]}`,
    description: xssPayloads[1],
    home_page_url: '/',
    _broadsheet: {
      authors: [0, 1, 2].map((n) => ({
        id: `author-${n}`,
        name: `Author ${n} ${xssPayloads[n + 10]}`,
        role: xssPayloads[n + 20],
        url: hostileUrls[n],
        avatar: hostileUrls[n + 3],
        bio_html: xssVectors.slice(n * 30, n * 30 + 30).join(''),
        links: hostileUrls.map((url, k) => ({ title: xssPayloads[k] ?? 'x', url })),
      })),
    },
    items: items.map((it, i) => (i < items.length - 1 ? { ...it, _broadsheet: { ...it._broadsheet, author_ids: [`author-${i % 3}`] } } : it)),
  };
}

before(async () => {
  server = await startServer();
});
after(async () => {
  await server.close();
});
beforeEach(async () => {
  s = await openSession({ viewport: { width: 1280, height: 900 } });
  s.page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  s.context.on('request', (r) => {
    if (r.url().includes(XSS_HOST)) hostileRequests.push(r.url());
  });
});
afterEach(async () => {
  server.reset();
  await s.close();
});

async function assertNothingRan(where: string) {
  const marker = await s.page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);
  assert.equal(marker, undefined, `a payload set window.__xss on ${where}`);
  assert.deepEqual(dialogs, [], `a dialog opened on ${where}`);
  assert.deepEqual(hostileRequests, [], `a request reached ${XSS_HOST} from ${where}`);
}

test('no script from a hostile feed runs on any view', async () => {
  // Expected noise: images pointing at missing files fail to load, and Chromium reports CSP violations (inline handlers, <base>)
  // when DOMPurify parses a payload's inline handler in its inert document (nothing runs there even
  // without a CSP: the marker, dialog and request checks below are the proof).
  s.expectErrors(/Failed to load resource/, /Refused to load/, /violates the following Content Security Policy directive/);
  const feed = hostileFeed();
  assert.ok(xssVectors.length >= 150);
  server.override('/feed.json', { body: JSON.stringify(feed) });
  const { page } = s;

  await page.goto(server.url + '/');
  // The page prerendered at build time (the sample feed) shows first; wait for the hostile feed's own.
  await page.getByRole('heading', { level: 1, name: /Hostile feed/ }).waitFor();
  assert.match((await page.getByRole('heading', { level: 1 }).textContent()) ?? '', /Hostile feed <script>/, 'titles render as text');
  await assertNothingRan('home');

  const articleHrefs = await page.locator('main article h2 a, main article h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  assert.ok(articleHrefs.length >= 10);
  const authorHrefs = new Set<string>();
  const tagHrefs = new Set<string>();
  for (const href of articleHrefs) {
    await page.goto(server.url + href);
    await page.locator('.article-body').waitFor();
    // Scroll through so lazy images and media get their chance to misbehave.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await assertNothingRan(href);
    for (const a of await page.locator('.byline a').evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''))) authorHrefs.add(a);
    for (const t of await page.locator('nav[aria-label=Tags] a').evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''))) tagHrefs.add(t);
    // Every body link that leaves the app is safe to follow.
    const badLinks = await page.locator('.article-body a[href]').evaluateAll((els) =>
      els.map((e) => e.getAttribute('href') ?? '').filter((h) => !/^(https?:|mailto:|tel:|#)/.test(h)),
    );
    assert.deepEqual(badLinks, [], `unsafe link on ${href}`);
    // Nothing of the feed's passes for the app: names only in its fh- namespace, nothing positioned.
    const lookalikes = await page.locator('.article-body, .author-bio').evaluateAll((roots) =>
      roots.flatMap((root) =>
        Array.from(root.querySelectorAll('*')).flatMap((el) => {
          const bad: string[] = [];
          if (el.id && !/^(fh-|p-\d+$)/.test(el.id)) bad.push(`#${el.id}`);
          if (el.hasAttribute('name')) bad.push(`${el.localName}[name]`);
          for (const c of Array.from(el.classList)) if (!c.startsWith('fh-') && !['table-scroll', 'embed-link', 'reading-aloud'].includes(c)) bad.push(`.${c}`);
          // An element with no box (a <source>, say) has no computed position at all.
          const position = getComputedStyle(el).position;
          if (position && position !== 'static') bad.push(`${el.localName} ${position}`);
          return bad;
        }),
      ),
    );
    assert.deepEqual(lookalikes, [], `feed markup passing for the app's on ${href}`);
  }
  assert.ok(authorHrefs.size > 0 && tagHrefs.size > 0);
  for (const href of [...authorHrefs, ...tagHrefs, `${articleHrefs[0]}/related`]) {
    await page.goto(server.url + href);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await assertNothingRan(href);
  }
  // The reading list: save a hostile article (its fields go through IndexedDB and back) and open /saved.
  await page.goto(server.url + articleHrefs[0]);
  await page.locator('.article-body').waitFor();
  await page.locator('.article-actions').getByRole('button', { name: 'Save for offline' }).click();
  await page.locator('.article-actions button[aria-pressed="true"]:not([aria-busy])').waitFor();
  await page.getByRole('link', { name: 'Saved' }).click();
  await page.getByRole('heading', { level: 1, name: 'Saved articles' }).waitFor();
  await page.locator('main article').first().waitFor();
  assert.match((await page.locator('main article').first().locator('h2, h3').first().textContent()) ?? '', /Hostile \d+ /, 'the saved title renders as text');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await assertNothingRan('/saved');
  // Search: a word of the hostile titles, so results (titles, snippets, highlights) come from the payloads.
  await page.goto(server.url + '/search?q=Hostile');
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.locator('main article').nth(2).waitFor({ timeout: 20_000 });
  assert.ok((await page.locator('main mark').count()) > 0, 'matches are highlighted');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await assertNothingRan('/search');
});

test('the Content-Security-Policy refuses an injected inline script', async () => {
  s.expectErrors(/Executing inline script violates the following Content Security Policy directive/);
  const { page } = s;
  await page.goto(server.url + '/');
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.evaluate(() => {
    const el = document.createElement('script');
    el.textContent = 'window.__inline = 1';
    document.body.append(el);
  });
  await page.waitForFunction(() => true);
  const ran = await page.evaluate(() => (window as unknown as { __inline?: unknown }).__inline);
  assert.equal(ran, undefined, 'the inline script ran');
  assert.ok(s.errors.some((e) => /Content Security Policy/i.test(e)), 'the browser reported the CSP refusal');
});
