import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { feed } from '../support/feed-builder';
import { renderApp } from './render-app';

// The number of unread articles on the app's icon, where the platform has badges (Chromium, and Safari
// for an installed app); elsewhere (Firefox, a Safari tab) nothing, and never an error. jsdom has no
// Badging API: each test puts in the one it is about.

const gazette = () =>
  feed('The Badge Gazette').article({ title: 'One' }).article({ title: 'Two' }).article({ title: 'Three' });

afterEach(() => {
  delete (navigator as { setAppBadge?: unknown }).setAppBadge;
  vi.unstubAllGlobals();
});

function giveBadge(setAppBadge: (n?: number) => unknown) {
  Object.defineProperty(navigator, 'setAppBadge', { configurable: true, value: setAppBadge });
}

describe('the app badge', () => {
  test('where the platform has badges, home sets the number of unread articles', async () => {
    const set: (number | undefined)[] = [];
    giveBadge(async (n) => void set.push(n));
    await renderApp('/', gazette().bodies());
    await screen.findByRole('heading', { level: 1, name: 'The Badge Gazette' });
    await waitFor(() => expect(set.at(-1)).toBe(3));
  });

  test('without badges (Firefox), home renders and nothing is asked', async () => {
    expect('setAppBadge' in navigator).toBe(false);
    await renderApp('/', gazette().bodies());
    expect(await screen.findByRole('heading', { level: 1, name: 'The Badge Gazette' })).toBeVisible();
    expect(screen.getAllByRole('article')).toHaveLength(3);
  });

  test('a platform that refuses (a rejected promise, or a throw at once) changes nothing on the page', async () => {
    giveBadge(() => Promise.reject(new DOMException('Not an installed app.', 'NotAllowedError')));
    await renderApp('/', gazette().bodies());
    expect(await screen.findByRole('heading', { level: 1, name: 'The Badge Gazette' })).toBeVisible();

    giveBadge(() => {
      throw new DOMException('Not an installed app.', 'NotAllowedError');
    });
    await renderApp('/', gazette().bodies());
    expect(await screen.findByRole('heading', { level: 1, name: 'The Badge Gazette' })).toBeVisible();
    expect(screen.getAllByRole('article')).toHaveLength(3);
  });
});
