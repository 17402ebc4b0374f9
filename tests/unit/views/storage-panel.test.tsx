import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { savedListOf } from '../../../src/reading/saved-list';
import { updateSaved } from '../../../src/storage/saved-store';
import { StoragePanel } from '../../../src/routes/settings/storage-panel';
import { author, makeArticle, resetDb } from '../storage/helpers';
import { freshPage, inTab, type Page } from '../support/fresh-page';

// Settings, "Offline storage", in each engine: the browser's figures and a request to keep the data
// where it has navigator.storage (Chromium, Firefox, Safari); where it has none (WebKitGTK ships it
// switched off) what the app itself keeps, and which rules the browser clears data by. jsdom has no
// navigator.storage: each test puts in the one it is about.

let page: Page;
beforeEach(async () => {
  page = await freshPage();
  await resetDb();
});
afterEach(async () => {
  delete (navigator as { storage?: unknown }).storage;
  await resetDb();
});

function giveStorage(storage: Partial<Record<'estimate' | 'persist' | 'persisted', () => Promise<unknown>>>) {
  Object.defineProperty(navigator, 'storage', { configurable: true, value: storage });
}

async function saveArticles(n: number, withImages: number) {
  const list = savedListOf(page.tab);
  for (let i = 1; i <= n; i++) {
    await list.saveArticle({ article: makeArticle(i), authors: [author], tags: [] }, 'reader', null);
    // No network here for the images: the record says they are all kept, as a save online ends.
    if (i <= withImages) await updateSaved(`id-${i}`, (e) => ({ ...e, imagesCached: true }));
  }
}

const renderPanel = () => render(<StoragePanel />, { wrapper: inTab(page.tab) });
/** Waits for the panel's other reads (episodes, stored images) to have answered. */
async function settled() {
  await screen.findByText('No podcast episodes are kept on this device.');
  await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
}
const usage = () => document.querySelector('.storage-usage');
const EVICTION = /This browser cannot be asked to keep your articles\. It may clear them when the device runs low/;

describe('Offline storage', () => {
  test('no navigator.storage (WebKitGTK): what the app keeps, no figures, and the eviction rules', async () => {
    expect('storage' in navigator).toBe(false);
    await saveArticles(3, 2);
    renderPanel();
    expect(await screen.findByText(/On this device: 3 saved articles, 2 of them with their images\./)).toBeVisible();
    expect(usage()).toHaveTextContent('This browser does not say how much space Broadsheet uses or has left.');
    expect(screen.getByText(EVICTION)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Keep articles on this device' })).toBeNull();
    await settled();
  });

  test('no navigator.storage and nothing saved: it says so', async () => {
    renderPanel();
    expect(await screen.findByText(/No saved articles are kept on this device\./)).toBeVisible();
    await settled();
  });

  test('an estimate() that fails is as if there were none', async () => {
    giveStorage({ estimate: () => Promise.reject(new DOMException('Not allowed.', 'SecurityError')) });
    await saveArticles(1, 1);
    renderPanel();
    expect(await screen.findByText(/On this device: 1 saved article, with its images\./)).toBeVisible();
    await settled();
  });

  test('estimate() but no persist() (older Safari): the figures, and the eviction rules, no request', async () => {
    giveStorage({ estimate: async () => ({ usage: 1_500_000, quota: 100_000_000 }) });
    renderPanel();
    expect(await screen.findByText('1.5 MB')).toBeVisible();
    expect(usage()).toHaveTextContent('Using 1.5 MB of 100 MB available to this app.');
    expect(screen.getByText(EVICTION)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Keep articles on this device' })).toBeNull();
    await settled();
  });

  test('the whole StorageManager: the figures, and "Keep articles on this device" asks the browser', async () => {
    let asked = 0;
    giveStorage({
      estimate: async () => ({ usage: 2_000_000, quota: 50_000_000 }),
      persisted: async () => false,
      persist: async () => (asked++, true),
    });
    renderPanel();
    expect(await screen.findByText('2 MB')).toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: 'Keep articles on this device' }));
    expect(await screen.findByText('Done: this browser will keep your articles unless you remove them.')).toBeVisible();
    expect(asked).toBe(1);
    expect(screen.queryByText(EVICTION)).toBeNull();
    await settled();
  });
});
