import assert from 'node:assert/strict';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { CACHE_NAMES } from '../../src/shared/cache-names';
import { openSession, type Session } from '../../scripts/lib/browser';
import { appLive, findNewWorker, recordWorkerTimeline } from './support/browser';
import { contentRebuild, readPrecache } from './support/builds';
import { poll } from './support/poll';
import { startServer, type TestServer } from '../../scripts/lib/server';

// What a returning reader's service worker serves: a rebuild of the same code from a changed feed
// (applied without a prompt), the shell for a path never visited, a visited page while the network hangs.

let server: TestServer;
let s: Session;
let altDir: string;
let oldTitle: string;
let newTitle: string;

before(async () => {
  // The second deploy: the lead article's title changed in its feed, as the publisher's scheduled rebuild would.
  ({ dir: altDir, oldTitle, newTitle } = await contentRebuild('broadsheet-content-deploy-'));
  assert.ok((await readFile('dist/index.html', 'utf8')).includes(oldTitle), 'the lead is on the build\'s prerendered home');
  assert.equal((await readPrecache(altDir)).codeVersion, (await readPrecache('dist')).codeVersion, 'the second build has the same code');
  server = await startServer({ altDir });
});
after(async () => {
  await server.close();
  await rm(altDir, { recursive: true, force: true });
});
beforeEach(async () => {
  server.deploy(false);
  s = await openSession();
});
afterEach(async () => {
  server.reset();
  await s.close();
});

/** Opens home and waits until the worker controls the page. */
async function returningReader(page: Page): Promise<void> {
  await page.goto(server.url + '/');
  await page.locator('main article').first().waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** True once the worker's pages cache holds `url`; run in the page. */
async function pageKept({ prefix, url }: { prefix: string; url: string }): Promise<boolean> {
  for (const name of await caches.keys()) {
    if (name.startsWith(prefix) && (await (await caches.open(name)).match(url))) return true;
  }
  return false;
}

/** Navigates to an article under the worker and waits until the worker has kept its page. */
async function visit(page: Page, path: string): Promise<void> {
  await page.goto(server.url + path);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForFunction(pageKept, { prefix: `${CACHE_NAMES.pages}-`, url: server.url + path }, { timeout: 20_000 });
}

/** The href and title of an article card on the page (the nth one). */
async function articleCard(page: Page, nth: number): Promise<{ href: string; title: string }> {
  const link = page.locator('main .card-grid article h3 a').nth(nth);
  const href = (await link.getAttribute('href')) ?? '';
  assert.match(href, /^\/articles\//);
  return { href, title: ((await link.textContent()) ?? '').trim() };
}

describe('a content-only rebuild under a returning reader', () => {
  test('applies without a prompt: the next navigation shows the new headline, nothing stored is lost', { timeout: 120_000 }, async () => {
    const { page } = s;
    await returningReader(page);
    const { href } = await articleCard(page, 1);
    await visit(page, href);
    const saved = ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').trim();
    await page.getByRole('button', { name: 'Save for offline' }).click();
    await page.locator('button[aria-pressed="true"]:not([aria-busy])').first().waitFor();
    await page.goto(server.url + '/');
    await page.getByText(oldTitle).first().waitFor();
    // A reader on home whose page has started (the prerendered home shows the title before the app
    // runs): the app's start asks the worker for its code version and for chunks, and a request that
    // reaches the old worker as Chromium stops it for the new one holds the switch (src/sw/handover.ts).
    await appLive(page);
    await page.waitForLoadState('networkidle');

    // Any "Reload" prompt from here on is recorded, however briefly it shows.
    await page.evaluate(() => {
      const w = window as unknown as { promptSeen: boolean; controllerChanged: boolean };
      w.promptSeen = false;
      w.controllerChanged = false;
      new MutationObserver(() => {
        if ([...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Reload')) w.promptSeen = true;
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
      navigator.serviceWorker.addEventListener('controllerchange', () => (w.controllerChanged = true));
    });
    const timeline = await recordWorkerTimeline(page);
    server.deploy(true);
    await findNewWorker(page);
    // The new worker takes over this page by itself: nothing waits for the reader. On a timeout the
    // error names where each worker of the registration stands, and how they got there.
    await poll(
      () =>
        page.evaluate(async () => {
          const reg = await navigator.serviceWorker.getRegistration();
          const { controllerChanged: changed, promptSeen } = window as unknown as { controllerChanged: boolean; promptSeen: boolean };
          return { changed, promptSeen, installing: reg?.installing?.state ?? null, waiting: reg?.waiting?.state ?? null, active: reg?.active?.state ?? null };
        }),
      (v) => v.changed,
      { what: 'the new worker controls the page', timeoutMs: 30_000 },
    ).catch((e: unknown) => {
      throw new Error(`${e instanceof Error ? e.message : String(e)}\nworkers, as DevTools saw them:\n${timeline()}`, { cause: e });
    });
    const state = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      // Asked after the page's own question to the new worker, so answered after it too.
      const version = await Promise.race([
        new Promise<unknown>((resolve) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = (e) => resolve(e.data);
          navigator.serviceWorker.controller?.postMessage({ type: 'GET_CODE_VERSION' }, [channel.port2]);
        }),
        new Promise((resolve) => setTimeout(() => resolve('no answer from the worker'), 10_000)),
      ]);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const w = window as unknown as { promptSeen: boolean; controllerChanged?: boolean };
      return { waiting: reg?.waiting !== null, version, promptSeen: w.promptSeen, samePage: w.controllerChanged === true };
    });
    assert.equal(state.waiting, false, 'no worker waits');
    assert.equal(state.version, (await readPrecache(altDir)).codeVersion, 'the new build\'s worker controls the page');
    assert.equal(state.promptSeen, false, 'no Reload prompt appeared');
    assert.equal(state.samePage, true, 'the page was not reloaded under the reader');

    // One navigation: the new home.
    const response = await page.goto(server.url + '/');
    assert.ok(response?.fromServiceWorker(), 'the worker answered the navigation');
    const served = (await response?.text()) ?? '';
    assert.ok(served.includes(newTitle), 'the HTML served for / has the new headline');
    assert.ok(!served.includes(oldTitle), 'the HTML served for / no longer has the old headline');
    await page.getByText(newTitle).first().waitFor();
    await page.waitForFunction((old) => !document.body.innerText.includes(old), oldTitle);
    assert.equal(await page.getByRole('button', { name: 'Reload' }).count(), 0, 'no Reload prompt');

    await page.getByRole('link', { name: 'Saved', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Saved articles' }).waitFor();
    await page.getByRole('link', { name: saved }).first().waitFor();
  });
});

/**
 * Keeps the worker busy from the moment a new worker starts installing: four lanes, each fetching the
 * manifest (answered from the device) one request after another until `window.stopTraffic` is set;
 * counts what is answered (a string: the page runs it as written).
 */
const TRAFFIC = `async () => {
  const w = window;
  w.traffic = { ok: 0, failed: [] };
  w.stopTraffic = false;
  const lane = async () => {
    while (!w.stopTraffic) {
      await fetch('/manifest.webmanifest', { cache: 'no-store' }).then(
        (res) => (res.ok ? w.traffic.ok++ : w.traffic.failed.push(String(res.status))),
        (e) => w.traffic.failed.push(String(e)),
      );
    }
  };
  const registration = await navigator.serviceWorker.getRegistration();
  registration.addEventListener('updatefound', () => {
    for (let i = 0; i < 4; i++) void lane();
  }, { once: true });
}`;

describe('a content-only rebuild while the page keeps the worker busy', () => {
  test('the new worker takes over within seconds of the traffic ending, though the old one was started again as it stopped', { timeout: 120_000 }, async () => {
    const { page } = s;
    await returningReader(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.evaluate(() => {
      const w = window as unknown as { controllerChanged: boolean };
      w.controllerChanged = false;
      navigator.serviceWorker.addEventListener('controllerchange', () => (w.controllerChanged = true));
    });
    const timeline = await recordWorkerTimeline(page);
    // Requests to the old worker from the moment the new one installs until well after: when the
    // browser stops the old worker to let the new one in, the next request starts it again.
    await page.evaluate(`(${TRAFFIC})()`);
    server.deploy(true);
    await findNewWorker(page);
    await poll(
      () => page.evaluate(() => (window as unknown as { traffic: { ok: number } }).traffic.ok),
      (ok) => ok >= 1000,
      { what: 'the traffic went on after the new worker installed', timeoutMs: 60_000 },
    );
    const traffic = await page.evaluate(() => {
      const w = window as unknown as { stopTraffic: boolean; traffic: { ok: number; failed: string[] } };
      w.stopTraffic = true;
      return w.traffic;
    });
    assert.deepEqual(traffic.failed, [], 'every request of the traffic was answered');
    await poll(
      () => page.evaluate(() => (window as unknown as { controllerChanged: boolean }).controllerChanged),
      (changed) => changed,
      { what: 'the new worker controls the page', timeoutMs: 10_000 },
    ).catch((e: unknown) => {
      throw new Error(`${e instanceof Error ? e.message : String(e)}\nworkers, as DevTools saw them:\n${timeline()}`, { cause: e });
    });
    const response = await page.goto(server.url + '/');
    assert.ok(((await response?.text()) ?? '').includes(newTitle), 'the next navigation has the new headline');
  });
});

describe('navigations answered by the worker', () => {
  test('a path never visited gets the shell, not the prerendered home', async () => {
    const { page } = s;
    await returningReader(page);
    const shell = await readFile('dist/shell.html', 'utf8');
    const home = await readFile('dist/index.html', 'utf8');
    const { href, title } = await articleCard(page, 3);
    assert.ok(title, 'the card names its article');
    for (const [path, heading] of [[href, title], ['/search?q=harbour', undefined], ['/no/such/page', undefined]] as const) {
      const response = await page.goto(server.url + path, { waitUntil: 'commit' });
      assert.ok(response?.fromServiceWorker(), `${path}: the worker answered`);
      const served = (await response?.text()) ?? '';
      assert.notEqual(served, home, `${path}: not the prerendered home`);
      assert.equal(served, shell, `${path}: the shell is served`);
      // The app draws the view from the shell.
      await page.getByRole('heading', { level: 1, ...(heading ? { name: heading } : {}) }).waitFor();
    }
  });

  test('the article a first visit landed on is kept once the worker has installed', async () => {
    const { page } = s;
    const files = (await readdir('dist/articles')).filter((f) => f.endsWith('.html')).sort();
    const href = `/articles/${encodeURIComponent((files[files.length - 1] ?? '').replace(/\.html$/, ''))}`;
    await page.goto(server.url + href);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
    await page.waitForFunction(pageKept, { prefix: `${CACHE_NAMES.pages}-`, url: server.url + href }, { timeout: 20_000 });
  });

  test('a visited article is served from the pages cache while the network hangs (lie-fi)', async () => {
    const { page } = s;
    await returningReader(page);
    const { href } = await articleCard(page, 2);
    await visit(page, href);
    const title = ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').trim();
    assert.ok(title, 'the article has a headline');
    await page.goto(server.url + '/');
    await page.locator('main article').first().waitFor();

    server.hang(true);
    try {
      const response = await page.goto(server.url + href, { waitUntil: 'commit' });
      assert.ok(response?.fromServiceWorker(), 'the worker answered');
      await page.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: 5_000 });
      const served = (await response?.text()) ?? '';
      const prerendered = await readFile(join('dist', `${decodeURIComponent(href)}.html`), 'utf8');
      assert.equal(served, prerendered, 'the page served is the one the build prerendered for this article');
    } finally {
      server.reset();
    }
  });
});
