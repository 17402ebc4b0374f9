import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Session } from '../../scripts/lib/browser';
import { appLive } from './support/browser';
import { serveAndOpen } from './support/fixture';
import { sampleFeed, sampleItem, slugOf } from './support/sample-feed';
import type { TestServer } from '../../scripts/lib/server';

// Read aloud: paragraph by paragraph with pause, resume and speed where speech exists; hidden where not.

let server: TestServer;
let s: Session;
const feed = sampleFeed();

serveAndOpen({ server: (v) => (server = v), session: (v) => (s = v) });

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
    const item = sampleItem(feed, 2);
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
  });
});
