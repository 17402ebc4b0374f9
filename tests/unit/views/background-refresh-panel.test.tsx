import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { BackgroundRefreshPanel } from '../../../src/routes/settings/background-refresh-panel';
import { freshDeviceEachTest } from '../support/fresh-page';

// Settings, "Background refresh": a switch only where the browser has Periodic Background Sync and
// allows it (Chromium, an installed app); elsewhere (Firefox, Safari) what the app does instead. A
// production build is stood in for (only it runs a worker), with the worker's registration as each
// engine has it.

freshDeviceEachTest();

afterEach(() => {
  vi.unstubAllEnvs();
  const nav = navigator as unknown as Record<string, unknown>;
  for (const name of ['serviceWorker', 'permissions']) delete nav[name];
});

/** A worker registration as the engine has it: with `periodicSync` (Chromium) or without. */
function engine({ periodicSync }: { periodicSync: boolean }) {
  vi.stubEnv('PROD', true);
  const registered: string[] = [];
  const sync = {
    register: async (tag: string) => void registered.push(tag),
    unregister: async () => undefined,
    getTags: async () => registered,
  };
  class Registration {}
  if (periodicSync) Object.defineProperty(Registration.prototype, 'periodicSync', { get: () => sync });
  vi.stubGlobal('ServiceWorkerRegistration', Registration);
  Object.defineProperty(navigator, 'serviceWorker', {
    configurable: true,
    value: { ready: Promise.resolve(new Registration()), addEventListener: () => undefined },
  });
  const permissions = { query: async () => ({ state: 'granted' }) };
  Object.defineProperty(navigator, 'permissions', { configurable: true, value: permissions });
  return registered;
}

const WHILE_OPEN = /Broadsheet fetches the latest edition when you open it, and on its home page every few minutes/;

describe('Background refresh', () => {
  test('none (Firefox, Safari): no switch; what the app does instead, and the download', async () => {
    const registered = engine({ periodicSync: false });
    render(<BackgroundRefreshPanel />);
    const status = await screen.findByText(/This browser cannot refresh your edition in the background\./);
    expect(status).toHaveTextContent(WHILE_OPEN);
    expect(status).toHaveTextContent('Before you go offline, use “Download for offline” above.');
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(registered).toEqual([]);
  });

  test('no service worker at all: the same', async () => {
    vi.stubEnv('PROD', true);
    render(<BackgroundRefreshPanel />);
    expect(await screen.findByText(WHILE_OPEN)).toBeVisible();
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  test('with it, allowed (Chromium, installed): the switch, on, and the refresh scheduled', async () => {
    const registered = engine({ periodicSync: true });
    render(<BackgroundRefreshPanel />);
    expect(await screen.findByRole('checkbox', { name: 'Refresh the edition in the background' })).toBeChecked();
    expect(screen.getByText(/^On: a few times a day/)).toBeVisible();
    expect(registered).toEqual(['broadsheet-refresh']);
  });
});
