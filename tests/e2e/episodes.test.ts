import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { assertNoErrors, type Session } from './support/browser';
import { serveAndOpen } from './support/fixture';
import { until } from './support/returning';
import type { TestServer } from './support/server';

// Podcast episodes kept for offline, against the production build with the service worker in control:
// the sample feed's episode is a real WAV (public/audio/, 24 s, 768 kB), served by vite preview's static
// server, which answers Range requests with 206 as a real host does.

let server: TestServer;
let s: Session;

serveAndOpen({ server: (v) => (server = v), session: (v) => (s = v) });

const SLUG = 'ledger-weekly-48-reading-the-tide-tables';
const TITLE = 'Ledger Weekly, episode 48: Reading the tide tables';
const AUDIO = '/audio/ledger-weekly-48.wav';
const OFFLINE_NOISE = [/ERR_INTERNET_DISCONNECTED/, /Failed to load resource/];

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
    assertNoErrors(s, OFFLINE_NOISE);
  });
});
