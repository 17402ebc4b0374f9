import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, describe, test } from 'node:test';
import { ENGINES, openEngine, type EngineName, type EngineSession } from '../../scripts/lib/engines';
import { startServer, type TestServer } from '../../scripts/lib/server';
import { OFFLINE_NOISE as CHROMIUM_OFFLINE_NOISE } from './support/browser';
import { buildNextRelease, entryScript } from './support/builds';
import { appLive, clickNamed, heading, run, waitForHeading, waitIn, workerInControl } from './support/engine-page';
import { sampleFeed, slugOf } from './support/sample-feed';

// The flows that matter, in every engine readers use: Chromium (Chrome, Edge, Android), Firefox, and
// WebKit (Safari on iPhones and Macs). One flow, three drivers; offline is the server refusing every
// connection, which every engine sees the same way (no driver can switch WebKit's network off).

/** E2E_ENGINES=firefox,webkit runs some of them (default: all three). */
const engines = (process.env.E2E_ENGINES?.split(',') as EngineName[] | undefined) ?? ENGINES;

/** What each engine logs for the requests that fail while the server refuses them. */
const OFFLINE_NOISE = [
  ...CHROMIUM_OFFLINE_NOISE,
  /ERR_CONNECTION|ERR_EMPTY_RESPONSE|NetworkError|Load failed|network connection was lost/i,
  // Firefox reports each request its worker could not answer.
  /A ServiceWorker passed a promise to FetchEvent.respondWith\(\) that rejected/,
];

let server: TestServer;
let nextDir: string;
let nextEntry: string;
let s: EngineSession | undefined;
const feed = sampleFeed();

before(async () => {
  nextDir = await mkdtemp(join(tmpdir(), 'broadsheet-engines-next-'));
  await buildNextRelease(nextDir);
  nextEntry = await entryScript(nextDir);
  server = await startServer({ altDir: nextDir });
});
after(async () => {
  await server.close();
  await rm(nextDir, { recursive: true, force: true });
});
afterEach(async () => {
  server.reset();
  server.deploy(false);
  const closing = s;
  s = undefined;
  await closing?.close();
});

for (const engine of engines) {
  const open = async () => (s = await openEngine(engine));

  /** Loads home, waits for the app and its worker, and returns the page. */
  const home = async () => {
    const { page } = await open();
    await page.goto(server.url + '/');
    await appLive(page);
    await workerInControl(page);
    return page;
  };

  describe(engine, () => {
    test('reads home, an article by click, and another by deep link', async () => {
      const { page } = await open();
      await page.goto(server.url + '/');
      await appLive(page);
      assert.equal(await heading(page), feed.title);
      const first = await run(page, () => {
        const a = document.querySelector<HTMLAnchorElement>('main .card-grid .card-title a');
        return { title: a?.textContent?.trim() ?? '', path: a?.pathname ?? '' };
      });
      assert.ok(first.title && first.path.startsWith('/articles/'), `a card links an article (${JSON.stringify(first)})`);
      await clickNamed(page, 'main .card-grid .card-title a', first.title);
      await waitForHeading(page, first.title);
      assert.equal(await run(page, () => location.pathname), first.path, 'the URL is the article’s');
      assert.ok(await run(page, () => document.querySelectorAll('.article-body p').length > 2), 'its body renders');

      const other = feed.items[4];
      assert.ok(other);
      await page.goto(`${server.url}/articles/${slugOf(other.url)}`);
      await appLive(page);
      assert.equal(await heading(page), other.title);
    });

    test('the worker takes control; offline, a reload and a never-opened article read, its images come back after', async () => {
      const page = await home();
      s?.expectErrors(...OFFLINE_NOISE);
      const titles = await run(page, () =>
        Array.from(document.querySelectorAll('main .card-grid .card-title a')).map((a) => a.textContent?.trim() ?? ''),
      );
      assert.ok(titles.length > 6);
      // Images the worker kept as home showed them: gone, so that the article's images fail offline.
      await run(page, async () => Promise.all((await caches.keys()).filter((k) => /image/.test(k)).map((k) => caches.delete(k))));
      server.offline(true);
      await page.reload();
      await appLive(page);
      await waitIn(page, 'the Offline status', () => /Offline/.test(document.querySelector('.network-status')?.textContent ?? ''));
      // Never opened, and with images in its text and above it.
      const never = feed.items.find((i) => titles.includes(i.title) && /<img/.test(i.content_html ?? '') && i.image)?.title ?? '';
      assert.ok(never, 'home lists an article with images');
      await clickNamed(page, 'main .card-grid .card-title a', never);
      await waitForHeading(page, never);
      assert.ok(await run(page, () => document.querySelectorAll('.article-body p').length > 0), 'its text renders offline');

      // Its images were never fetched: they fail and their alt text stands in. When the network is
      // back and the reader returns to the tab, they show, with no reload.
      await run(page, () => document.querySelectorAll<HTMLImageElement>('main img').forEach((i) => (i.loading = 'eager')));
      await waitIn(page, 'the images failed offline', () =>
        document.querySelectorAll('main .img-fallback').length > 0 &&
        Array.from(document.querySelectorAll<HTMLImageElement>('.article-body img')).some((i) => i.complete && i.naturalWidth === 0));
      // A failed image keeps its box until its stand-in replaces it (WebKit lays a broken image out
      // square): an image that stays failed, in a copy of the lead image's box, is measured.
      const box = await run(page, async () => {
        const copy = document.querySelector('main .feed-image')?.cloneNode(false);
        if (!(copy instanceof HTMLElement)) return 'no image box to copy';
        const [w, h] = copy.style.aspectRatio.split('/').map(Number);
        const img = Object.assign(document.createElement('img'), { width: w, height: h, alt: 'never there', src: `/never-there-${Date.now()}.jpg` });
        copy.append(img);
        document.querySelector('main')?.append(copy);
        await new Promise((failed) => img.addEventListener('error', failed, { once: true }));
        await new Promise(requestAnimationFrame);
        const [b, i] = [copy.getBoundingClientRect(), img.getBoundingClientRect()];
        copy.remove();
        return { expected: Math.round((b.width * (h ?? 0)) / (w ?? 1)), box: Math.round(b.height), image: Math.round(i.height) };
      });
      assert.ok(typeof box === 'object', String(box));
      assert.ok(Math.abs(box.box - box.expected) <= 1 && Math.abs(box.image - box.expected) <= 1, `a failed image keeps its box: ${JSON.stringify(box)}`);
      server.offline(false);
      await waitIn(page, 'every image shown once the network is back', () => {
        window.dispatchEvent(new Event('focus'));
        const imgs = Array.from(document.querySelectorAll<HTMLImageElement>('main img'));
        imgs.forEach((i) => (i.loading = 'eager'));
        return document.querySelectorAll('main .img-fallback').length === 0 && imgs.length > 0 && imgs.every((i) => i.complete && i.naturalWidth > 0);
      });
      assert.equal(await heading(page), never, 'no reload: the same page');
    });

    test('Save keeps an article in /saved, which opens offline', async () => {
      const page = await home();
      s?.expectErrors(...OFFLINE_NOISE);
      const title = await run(page, () => document.querySelectorAll('main .card-grid .card-title a')[2]?.textContent?.trim() ?? '');
      await page.click('main .card-grid article:nth-child(3) button[aria-pressed="false"]');
      await waitIn(page, 'the card saved', () =>
        !!document.querySelector('main .card-grid article:nth-child(3) button[aria-pressed="true"]:not([aria-busy])'));
      await clickNamed(page, 'header nav a', 'Saved');
      await waitForHeading(page, 'Saved articles');
      await waitIn(page, 'the saved article listed', (t: string) => Array.from(document.querySelectorAll('main a')).some((a) => a.textContent?.trim() === t), title);

      server.offline(true);
      await page.reload();
      await appLive(page);
      await clickNamed(page, 'main .card-title a', title);
      await waitForHeading(page, title);
      assert.ok(await run(page, () => document.querySelectorAll('.article-body p').length > 0), 'its text renders offline');
      assert.equal(await run(page, () => document.querySelector('.article-head button[aria-pressed]')?.getAttribute('aria-pressed') ?? null), 'true');
    });

    test('search finds articles, online and offline', async () => {
      const page = await home();
      s?.expectErrors(...OFFLINE_NOISE);
      /** Waits for the results page of `q` and returns its "N results" line. */
      const results = async (q: string) => {
        const status = (query: string) => {
          const line = Array.from(document.querySelectorAll('main [role="status"]')).find((e) => /^\d+ results?$/.test(e.textContent ?? ''));
          return new URLSearchParams(location.search).get('q') === query && document.querySelectorAll('main article mark').length > 0 && !!line;
        };
        await waitIn(page, `results for "${q}"`, status, q);
        return run(page, () => document.querySelector('main [role="status"]')?.textContent ?? '');
      };
      await page.type('#site-search', 'harbour');
      await page.click('.header-search-button');
      const online = await results('harbour');
      assert.match(online, /^\d+ results$/);

      server.offline(true);
      await page.reload();
      await appLive(page);
      assert.equal(await results('harbour'), online, 'the same results offline');
      await page.type('#site-search', 'tram');
      await page.click('.header-search-button');
      await results('tram');
    });

    test('appearance: a dark theme and a larger text size stay after a reload', async () => {
      const { page } = await open();
      await page.goto(server.url + '/settings');
      await appLive(page);
      await page.click('input[name="theme"][value="dark"]');
      await page.click('input[name="textSize"][value="x-large"]');
      await waitIn(page, 'dark and x-large applied', () =>
        document.documentElement.dataset.theme === 'dark' && document.documentElement.dataset.textSize === 'x-large');
      const dark = await run(page, () => getComputedStyle(document.body).backgroundColor);
      await page.goto(server.url + '/');
      await waitIn(page, 'dark after a reload', () => document.documentElement.dataset.theme === 'dark');
      assert.equal(await run(page, () => getComputedStyle(document.body).backgroundColor), dark);
      assert.equal(await run(page, () => document.documentElement.dataset.textSize ?? null), 'x-large');
    });

    test('a new version shows the prompt; Reload brings it up with the reading list kept', async () => {
      const page = await home();
      const title = await run(page, () => document.querySelector('main .card-grid .card-title a')?.textContent?.trim() ?? '');
      await page.click('main .card-grid article:first-child button[aria-pressed="false"]');
      await waitIn(page, 'the card saved', () =>
        !!document.querySelector('main .card-grid article:first-child button[aria-pressed="true"]:not([aria-busy])'));

      server.deploy(true);
      // The browser checks for a new worker on navigation and now and then: ask until one is found.
      await waitIn(page, 'the update prompt', async () => {
        if (document.querySelector('.update-prompt')) return true;
        await (await navigator.serviceWorker.getRegistration())?.update().catch(() => undefined);
        return false;
      }, null, 30_000);
      await clickNamed(page, '.update-prompt button', 'Reload');
      await waitIn(page, 'the new build running', (src: string) =>
        document.querySelector('script[type="module"][src]')?.getAttribute('src') === src, nextEntry, 30_000);
      await appLive(page);
      await clickNamed(page, 'header nav a', 'Saved');
      await waitIn(page, 'the reading list kept', (t: string) => Array.from(document.querySelectorAll('main a')).some((a) => a.textContent?.trim() === t), title);
      assert.equal(await run(page, () => document.querySelector('.update-prompt') === null), true, 'the prompt is gone');
    });

    test('what the engine lacks has its fallback: background refresh, sharing, reading aloud', async () => {
      const { page } = await open();
      await page.goto(server.url + '/settings');
      await appLive(page);
      const refresh = () => {
        const section = Array.from(document.querySelectorAll('section')).find((e) => e.querySelector('h2')?.textContent === 'Background refresh');
        const note = section?.querySelector('.background-refresh-status')?.textContent ?? '';
        return { note, switch: !!section?.querySelector('input[type="checkbox"]') };
      };
      await waitIn(page, 'the background refresh status', () => {
        const note = document.querySelector('.background-refresh-status')?.textContent ?? '';
        return note !== '' && !note.startsWith('Checking');
      });
      const bg = await run(page, refresh);
      // Only Chromium has Periodic Background Sync, and it grants it to installed apps alone.
      assert.match(bg.note, engine === 'chromium' ? /has not allowed Broadsheet to refresh/ : /cannot refresh your edition in the background/);
      assert.match(bg.note, /fetches the latest edition when you open it/);
      assert.equal(bg.switch, false, 'no switch that cannot work');

      const article = feed.items[1];
      assert.ok(article);
      await page.goto(`${server.url}/articles/${slugOf(article.url)}`);
      await appLive(page);
      // No engine here has a share sheet (Linux): the link is copied, or shown to copy.
      await clickNamed(page, '.article-head button', 'Share');
      await waitIn(page, 'the link copied or shown', (path: string) =>
        /Link copied/.test(document.querySelector('main')?.textContent ?? '') ||
        (document.querySelector<HTMLInputElement>('input.share-link')?.value ?? '').endsWith(path), `/articles/${slugOf(article.url)}`);

      // Read aloud: the controls where the engine has a voice, else a line saying why not.
      await waitIn(page, 'a voice listed, or the line saying there is none', () =>
        !!document.querySelector('.listen-unavailable') || (typeof speechSynthesis !== 'undefined' && speechSynthesis.getVoices().length > 0));
      const speech = await run(page, () => ({
        voices: typeof speechSynthesis === 'undefined' ? -1 : speechSynthesis.getVoices().length,
        unavailable: document.querySelector('.listen-unavailable')?.textContent ?? null,
      }));
      if (speech.voices > 0) assert.equal(speech.unavailable, null, 'a voice: the controls');
      else assert.equal(speech.unavailable, 'Read aloud: no voice installed', `no voice (${speech.voices}): said so`);
    });

    test('the install offer: never on a first visit; on the next, where the browser offers, until dismissed', async () => {
      const { page } = await open();
      // The browser's install prompt (Chromium's beforeinstallprompt), as it arrives when a site is installable.
      const offerPrompt = () => {
        const e = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
          prompt: () => Promise.resolve({ outcome: 'dismissed' }),
          userChoice: Promise.resolve({ outcome: 'dismissed', platform: 'web' }),
        });
        window.dispatchEvent(e);
        return true;
      };
      await page.goto(server.url + '/settings');
      await appLive(page);
      await waitIn(page, 'the install section settled', () =>
        Array.from(document.querySelectorAll('.install-panel p')).some((p) => !!p.textContent && !p.textContent.startsWith('Checking')));
      // Chromium finds the app installable and hands over its own prompt; the others have none.
      if (engine !== 'chromium') {
        assert.equal(await run(page, () => Array.from(document.querySelectorAll('.install-panel button')).some((b) => b.textContent?.trim() === 'Install')), false, 'no prompt, no Install button');
      }
      await run(page, offerPrompt);
      await waitIn(page, 'Install in Settings once the browser offers', () =>
        Array.from(document.querySelectorAll('.install-panel button')).some((b) => b.textContent?.trim() === 'Install'));
      assert.equal(await run(page, () => document.querySelector('.install-offer') === null), true, 'no offer on a first visit');

      await page.goto(server.url + '/');
      await appLive(page);
      await run(page, offerPrompt);
      await waitIn(page, 'the offer on the second visit', () => !!document.querySelector('.install-offer[aria-label="Install Broadsheet"]'));
      assert.equal(await run(page, () => document.activeElement?.closest('.install-offer') ?? null), null, 'the offer takes no focus');
      await clickNamed(page, '.install-offer button', 'Not now');
      await waitIn(page, 'the offer gone', () => document.querySelector('.install-offer') === null);

      // A third visit, with the prompt on offer again: the Settings button shows it arrived, the offer stays away.
      await page.reload();
      await appLive(page);
      await clickNamed(page, 'header nav a', 'Settings');
      await run(page, offerPrompt);
      await waitIn(page, 'Install in Settings again', () =>
        Array.from(document.querySelectorAll('.install-panel button')).some((b) => b.textContent?.trim() === 'Install'));
      assert.equal(await run(page, () => document.querySelector('.install-offer') === null), true, 'dismissed means gone');
    });

    test('a changed feed is offered as "N new articles" and merged', async () => {
      const { page } = await open();
      await page.goto(server.url + '/');
      await appLive(page);
      const template = feed.items[0];
      assert.ok(template);
      const fresh = [1, 2].map((n) => ({ ...template, id: `breaking-${n}`, url: `/2026/12/breaking-${n}`, title: `Breaking ${engine} ${n}`, date_published: `2027-01-0${n}T08:00:00Z` }));
      server.override('/feed.json', { body: JSON.stringify({ ...feed, items: [...fresh, ...feed.items] }), contentType: 'application/feed+json' });
      // The app looks again when the reader comes back to the tab. A look joins one still running
      // (the first load's, which fetched before the feed changed), so the reader comes back until it shows.
      await waitIn(page, 'the "2 new articles" notice', () => {
        window.dispatchEvent(new Event('focus'));
        return Array.from(document.querySelectorAll('button')).some((b) => b.textContent?.trim() === '2 new articles');
      });
      await clickNamed(page, 'button', '2 new articles');
      await waitIn(page, 'the new articles on home', (t: string) => Array.from(document.querySelectorAll('main .card-title a')).some((a) => a.textContent?.trim() === t), `Breaking ${engine} 2`);
    });
  });
}
