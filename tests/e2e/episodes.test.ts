import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { Session } from '../../scripts/lib/browser';
import { OFFLINE_NOISE } from './support/browser';
import { serveAndOpen } from './support/fixture';
import { until } from './support/poll';
import type { TestServer } from '../../scripts/lib/server';

// Podcast episodes kept for offline, against the production build with the service worker in control:
// the sample feed's episode is a real WAV (public/audio/, 24 s, 768 kB), served by vite preview's static
// server, which answers Range requests with 206 as a real host does.

let server: TestServer;
let s: Session;

serveAndOpen({ server: (v) => (server = v), session: (v) => (s = v) });

const SLUG = 'ledger-weekly-48-reading-the-tide-tables';
const TITLE = 'Ledger Weekly, episode 48: Reading the tide tables';
const AUDIO = '/audio/ledger-weekly-48.wav';

async function waitForWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 });
}

/** Opens the podcast's article with the worker in control of the page. */
async function openEpisodeArticle(page: Page) {
  await page.goto(`${server.url}/articles/${SLUG}`);
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  await waitForWorker(page);
}

/** The kept episode's bytes in the cache, as the page can read them (null when it is not there). */
function keptBytes(page: Page, url: string): Promise<number[] | null> {
  return page.evaluate(async (u) => {
    const res = await (await caches.open('broadsheet-episodes')).match(new URL(u, location.href).href);
    return res ? Array.from(new Uint8Array(await (await res.blob()).arrayBuffer())) : null;
  }, url);
}

/** How many chunks of downloads under way are kept. */
function partCount(page: Page): Promise<number> {
  return page.evaluate(async () => (await (await caches.open('broadsheet-episode-parts')).keys()).length);
}

/** Plays the episode (muted: no gesture needed) and seeks to `fraction` of it; resolves with what the element reports. */
function playAndSeek(page: Page, fraction: number) {
  return page.evaluate(async (f) => {
    const a = document.querySelector<HTMLAudioElement>('.episode audio');
    if (!a) throw new Error('no episode player');
    a.muted = true;
    await a.play();
    if (!Number.isFinite(a.duration)) await new Promise((r) => a.addEventListener('durationchange', r, { once: true }));
    const target = a.duration * f;
    const seeked = new Promise((r) => a.addEventListener('seeked', r, { once: true }));
    a.currentTime = target;
    await seeked;
    return { target, duration: a.duration };
  }, fraction);
}

describe('podcast episodes offline', () => {
  test('the episode stands under the byline; kept with the article, it plays and seeks offline, keeps its position, and leaves with the article', async () => {
    s.expectErrors(...OFFLINE_NOISE);
    const { page, context } = s;
    await openEpisodeArticle(page);
    const episode = page.getByRole('region', { name: 'Episode' });
    await episode.waitFor();
    // Under the byline, before the hero and the show notes; the speech control is not named like the episode.
    // (No named functions inside page.evaluate: the test's compiler would wrap them in a helper the page lacks.)
    const order = await page.evaluate(() =>
      ['.article-meta-row', '.episode', '.hero', '.article-body'].map((sel) => {
        const el = document.querySelector(sel);
        return el ? [...document.querySelectorAll('*')].indexOf(el) : -1;
      }),
    );
    assert.ok(order.every((at) => at >= 0), 'byline, episode, hero and body are all there');
    assert.deepEqual([...order].sort((a, b) => a - b), order, 'the episode comes after the byline, before the hero and the show notes');
    assert.equal(await page.getByRole('button', { name: 'Listen' }).count(), 0, 'no "Listen" button that could pass for the episode');
    assert.equal(await page.locator('audio').count(), 1, 'one player');

    // Saving the article offers the episode too, with its size.
    await page.getByRole('button', { name: 'Save for offline' }).click();
    await page.getByRole('button', { name: 'Remove from saved' }).waitFor();
    await episode.getByRole('button', { name: 'Keep the episode too (768 kB)' }).click();
    await episode.getByText('On this device (768 kB)').waitFor();
    const file = await readFile(new URL('../../public/audio/ledger-weekly-48.wav', import.meta.url));
    const kept = await keptBytes(page, AUDIO);
    assert.ok(kept, 'the episode is in the episodes cache');
    assert.equal(createHash('sha256').update(Uint8Array.from(kept)).digest('hex'), createHash('sha256').update(file).digest('hex'), 'byte for byte the file');
    assert.equal(await partCount(page), 0, 'no chunks left behind');

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await episode.getByText('On this device (768 kB)').waitFor();
    const { target, duration } = await playAndSeek(page, 0.5);
    assert.ok(duration > 20 && duration < 30, `the whole episode's duration is known offline (${duration})`);
    // Playing on from the middle: the worker answered the ranges the element asked for.
    await page.waitForFunction((t) => {
      const a = document.querySelector<HTMLAudioElement>('.episode audio');
      return !!a && a.currentTime > t + 0.3 && a.readyState >= HTMLMediaElement.HAVE_FUTURE_DATA;
    }, target, { timeout: 15_000 });
    const at = await page.evaluate(() => {
      const a = document.querySelector<HTMLAudioElement>('.episode audio');
      a?.pause();
      return a?.currentTime ?? 0;
    });
    // The position is stored on pause; a reload (still offline) starts the episode there.
    await until(page, async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('broadsheet');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const record = await new Promise<{ position?: number } | undefined>((resolve) => {
        const get = db.transaction('episodes').objectStore('episodes').get(new URL('/audio/ledger-weekly-48.wav', location.href).href);
        get.onsuccess = () => resolve(get.result as { position?: number } | undefined);
        get.onerror = () => resolve(undefined);
      });
      db.close();
      return (record?.position ?? 0) > 12;
    });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.waitForFunction((t) => {
      const a = document.querySelector<HTMLAudioElement>('.episode audio');
      return !!a && Math.abs(a.currentTime - t) < 1;
    }, at, { timeout: 15_000 });
    const resumed = await page.evaluate(async () => {
      const a = document.querySelector<HTMLAudioElement>('.episode audio');
      if (!a) return -1;
      a.muted = true;
      await a.play();
      await new Promise((r) => a.addEventListener('timeupdate', r, { once: true }));
      a.pause();
      return a.currentTime;
    });
    assert.ok(resumed >= at - 0.5, `playback went on from where it stopped (${resumed} against ${at})`);

    // Removing the article takes its episode's bytes out of the cache.
    await page.getByRole('button', { name: 'Remove from saved' }).click();
    await page.getByRole('button', { name: 'Save for offline' }).waitFor();
    await until(page, async () => !(await (await caches.open('broadsheet-episodes')).match(new URL('/audio/ledger-weekly-48.wav', location.href).href)));
    await episode.getByRole('button', { name: 'Keep the episode offline (768 kB)' }).waitFor();
  });

  test('a download cut off mid-way resumes with a Range request from where it stopped; a cancelled one leaves no chunks', async () => {
    s.expectErrors(/ERR_CONTENT_LENGTH_MISMATCH/, /Failed to load resource/);
    const { page } = s;
    await openEpisodeArticle(page);
    const episode = page.getByRole('region', { name: 'Episode' });
    const file = await readFile(new URL('../../public/audio/ledger-weekly-48.wav', import.meta.url));
    const cutOff = () =>
      server.override(AUDIO, { once: true, status: 200, contentType: 'audio/wav', headers: { 'Content-Length': String(file.length) }, bytes: file.subarray(0, 300_000), cut: true });
    cutOff();
    await episode.getByRole('button', { name: 'Keep the episode offline (768 kB)' }).click();
    // The progress shows while bytes come; once the first 256 KiB chunk is kept, the connection goes.
    await episode.getByRole('progressbar', { name: 'Downloading the episode' }).waitFor();
    await until(page, async () => (await (await caches.open('broadsheet-episode-parts')).keys()).length === 1);
    server.cutHeld();
    await episode.getByText(/^The download stopped at \d+ kB of 768 kB\.$/).waitFor();
    await page.getByRole('button', { name: 'Remove from saved' }).waitFor();
    assert.equal(await partCount(page), 1);
    // The chunk holds what had been read when it was written (at least 256 KiB); bytes read after it went with the connection.
    const keptSoFar = await page.evaluate(async () => {
      const parts = await caches.open('broadsheet-episode-parts');
      const [key] = await parts.keys();
      return key ? (await (await parts.match(key))?.blob())?.size ?? 0 : 0;
    });
    assert.ok(keptSoFar >= 256 * 1024 && keptSoFar <= 300_000, `one chunk kept (${keptSoFar} bytes)`);
    assert.equal(await keptBytes(page, AUDIO), null, 'nothing is served before the episode is whole');

    await episode.getByRole('button', { name: 'Resume download' }).click();
    await episode.getByText('On this device (768 kB)').waitFor();
    const ranges = server.seen(AUDIO).map((r) => r.range);
    assert.deepEqual(ranges, [undefined, `bytes=${keptSoFar}-`], 'the whole file first, then only what was missing');
    const kept = await keptBytes(page, AUDIO);
    assert.ok(kept);
    assert.equal(createHash('sha256').update(Uint8Array.from(kept)).digest('hex'), createHash('sha256').update(file).digest('hex'), 'the joined chunks are the file');
    assert.equal(await partCount(page), 0);

    // Removed, then cut off again and cancelled: no chunk and no episode stay behind.
    await episode.getByRole('button', { name: 'Remove episode' }).click();
    await episode.getByRole('button', { name: 'Keep the episode too (768 kB)' }).waitFor();
    assert.equal(await keptBytes(page, AUDIO), null);
    cutOff();
    await episode.getByRole('button', { name: 'Keep the episode too (768 kB)' }).click();
    await until(page, async () => (await (await caches.open('broadsheet-episode-parts')).keys()).length === 1);
    server.cutHeld();
    await episode.getByRole('button', { name: 'Resume download' }).waitFor();
    await episode.getByRole('button', { name: 'Cancel download' }).click();
    await episode.getByRole('button', { name: 'Keep the episode too (768 kB)' }).waitFor();
    assert.equal(await partCount(page), 0);
    assert.equal(await keptBytes(page, AUDIO), null);
  });

  test('a full device: the episode says so, and the article, its images and the rest stay', async () => {
    s.expectErrors(/quota/i);
    const { page } = s;
    await openEpisodeArticle(page);
    const episode = page.getByRole('region', { name: 'Episode' });
    await page.getByRole('button', { name: 'Save for offline' }).click();
    await page.getByRole('button', { name: 'Remove from saved' }).waitFor();
    // Room for 100 kB more than is used now: less than one chunk of the episode.
    const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: server.url, quotaSize: usage + 100_000 });
    await episode.getByRole('button', { name: 'Keep the episode too (768 kB)' }).click();
    const alert = episode.getByRole('alert');
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? '', /no room left on this device for this episode \(768 kB\)\. The article, its images and everything else you saved are kept/);
    assert.equal(await partCount(page), 0, 'what the episode had written is taken back out');
    assert.equal(await keptBytes(page, AUDIO), null);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: server.url });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByRole('button', { name: 'Remove from saved' }).waitFor();
    const images = await page.evaluate(async () => (await (await caches.open('broadsheet-saved-images')).keys()).length);
    assert.ok(images > 0, 'the saved article kept its images');
  });

  test('several formats behind a redirect: the one Chromium plays is the player, kept through the redirect and played offline; Settings clear episodes alone', async () => {
    s.expectErrors(...OFFLINE_NOISE);
    const { page, context } = s;
    const feed = JSON.parse(await readFile(new URL('../../public/feed.json', import.meta.url), 'utf8')) as { items: unknown[] };
    feed.items.unshift({
      id: 'e2e-three-formats',
      url: '/2026/12/e2e-three-formats',
      title: 'One story in three formats',
      content_html: '<p>The show notes of a story sent as WMA, WAV and a PDF transcript.</p>',
      date_published: '2026-12-01T06:00:00+00:00',
      attachments: [
        { url: '/e2e-audio/story.wma', mime_type: 'audio/x-ms-wma', title: 'The story (WMA)' },
        { url: '/e2e-audio/story.wav', mime_type: 'audio/x-wav', title: 'The story (WAV)', size_in_bytes: 768044 },
        { url: '/e2e-audio/transcript.pdf', mime_type: 'application/pdf', title: 'Transcript' },
      ],
    });
    server.override('/feed.json', { body: JSON.stringify(feed), contentType: 'application/feed+json' });
    // The feed's URL is a tracker that redirects to the host, as podcast feeds often do.
    server.override('/e2e-audio/story.wav', { status: 302, headers: { Location: AUDIO }, contentType: 'text/plain' });
    await page.goto(server.url + '/');
    await page.locator('main article').first().waitFor();
    await waitForWorker(page);
    await page.goto(server.url + '/articles/e2e-three-formats');
    await page.getByRole('heading', { level: 1, name: 'One story in three formats' }).waitFor();
    const episode = page.getByRole('region', { name: 'Episode' });
    await episode.getByText('The story (WAV) (768 kB)').waitFor();
    assert.equal(await page.locator('audio').count(), 1, 'one player, not one per format');
    assert.equal(new URL((await page.locator('audio').getAttribute('src')) ?? '', server.url).pathname, '/e2e-audio/story.wav');
    const others = page.getByRole('region', { name: 'Attachments' });
    await others.getByRole('link', { name: 'Download Transcript' }).waitFor();
    assert.equal(await page.getByText('The story (WMA)').count(), 0, 'the format this browser cannot play is not offered');

    await episode.getByRole('button', { name: 'Keep the episode offline (768 kB)' }).click();
    await episode.getByText('On this device (768 kB)').waitFor();
    await page.getByRole('button', { name: 'Remove from saved' }).waitFor();
    assert.ok(await keptBytes(page, '/e2e-audio/story.wav'), 'kept under the URL the player asks for');

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'One story in three formats' }).waitFor();
    await playAndSeek(page, 0.25);
    await page.waitForFunction(() => (document.querySelector<HTMLAudioElement>('.episode audio')?.readyState ?? 0) >= HTMLMediaElement.HAVE_FUTURE_DATA);
    await page.evaluate(() => document.querySelector<HTMLAudioElement>('.episode audio')?.pause());

    await page.goto(server.url + '/settings');
    const storage = page.getByRole('region', { name: 'Offline storage' });
    await storage.getByText('Podcast episodes: 1 episode kept, using 768 kB.').waitFor();
    await storage.getByRole('button', { name: 'Remove downloaded episodes' }).click();
    await storage.getByText('No podcast episodes are kept on this device.').waitFor();
    assert.equal(await keptBytes(page, '/e2e-audio/story.wav'), null);
    await page.goto(server.url + '/saved');
    await page.getByRole('link', { name: 'One story in three formats' }).first().waitFor();
  });
});
