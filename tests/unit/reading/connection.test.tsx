import { act, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { downloadsOf } from '../../../src/reading/download';
import { DownloadPanel } from '../../../src/routes/settings/download-panel';
import { FeedSessionProvider } from '../../../src/session/session-context';
import { TabStateProvider } from '../../../src/shared/tab-state';
import { setSetting } from '../../../src/storage/settings-store';
import { resetDb } from '../storage/helpers';
import { feed } from '../support/feed-builder';
import { freshPage, type Page } from '../support/fresh-page';

// "Only on Wi-Fi" needs the connection's type, which only Chromium reports (navigator.connection, and
// its `type` only on Android and ChromeOS). Where there is none, the connection is taken as a normal
// one: the setting is not offered, and a download goes ahead even if it was turned on elsewhere.

let page: Page;
const gazette = feed('The Wire Gazette').article({ title: 'One' }).article({ title: 'Two' });

beforeEach(async () => {
  page = await freshPage();
  await resetDb();
  const bodies = gazette.bodies();
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const body = bodies[new URL(href, window.location.href).pathname];
    if (body === undefined) return new Response('', { status: 404 });
    return new Response(body, { headers: { 'content-type': 'application/feed+json' } });
  });
});
afterEach(async () => {
  delete (navigator as { connection?: unknown }).connection;
  vi.unstubAllGlobals();
  await resetDb();
});

function giveConnection(type: string | undefined) {
  Object.defineProperty(navigator, 'connection', { configurable: true, value: type === undefined ? {} : { type } });
}

/** Renders the download settings, once they show what is stored (the count set to 7 for it). */
async function renderPanel() {
  await setSetting('downloadCount', 7);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <FeedSessionProvider session={page.session}>
      <TabStateProvider tab={page.tab}>{children}</TabStateProvider>
    </FeedSessionProvider>
  );
  render(<DownloadPanel />, { wrapper });
  await screen.findByDisplayValue('7');
  await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
}

describe('the connection type', () => {
  test('none (Firefox, Safari): "Only on Wi-Fi" is not offered, and a download goes ahead', async () => {
    expect('connection' in navigator).toBe(false);
    await setSetting('downloadWifiOnly', true);
    const downloads = downloadsOf(page.tab);
    await downloads.start(page.session, 2);
    expect(downloads.state.get()).toMatchObject({ status: 'done', done: 2, total: 2 });
    await renderPanel();
    expect(screen.queryByRole('checkbox', { name: 'Only on Wi-Fi' })).toBeNull();
  });

  test('a connection with no type (Chromium on desktops) is the same', async () => {
    giveConnection(undefined);
    await setSetting('downloadWifiOnly', true);
    const downloads = downloadsOf(page.tab);
    await downloads.start(page.session, 2);
    expect(downloads.state.get().status).toBe('done');
    await renderPanel();
    expect(screen.queryByRole('checkbox', { name: 'Only on Wi-Fi' })).toBeNull();
  });

  test('cellular reported (Chromium on Android): the setting is offered, and holds a download back', async () => {
    giveConnection('cellular');
    await setSetting('downloadWifiOnly', true);
    const downloads = downloadsOf(page.tab);
    await downloads.start(page.session, 2);
    expect(downloads.state.get()).toMatchObject({ status: 'paused' });
    expect(downloads.state.get().message).toContain('Waiting for Wi-Fi');
    await renderPanel();
    expect(screen.getByRole('checkbox', { name: 'Only on Wi-Fi' })).toBeChecked();
  });
});
