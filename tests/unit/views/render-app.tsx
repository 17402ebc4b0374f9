import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cleanup, render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { routes } from '../../../src/app/router';
import { routerContext } from '../../../src/session/loader-context';
import { FeedSessionProvider } from '../../../src/session/session-context';
import { TabStateProvider } from '../../../src/shared/tab-state';
import { resetDb } from '../storage/helpers';
import { freshPage } from '../support/fresh-page';

/**
 * Renders the real app router (real loaders, real feed parsing) at a path, in a memory router, on a
 * device with nothing stored (`keepDevice` keeps what earlier renders stored).
 * The network is the only thing replaced: fetch reads files from public/ (or a given body per path),
 * as the static host would serve them.
 */
export async function renderApp(path: string, bodies: Record<string, string> = {}, opts: { keepDevice?: boolean } = {}) {
  // Each render is a new page load: the last page is gone, and so is what it held in memory.
  cleanup();
  const { session, tab } = await freshPage();
  // A first visit unless a test says otherwise: a copy an earlier test left on the (fake) device would
  // be what the views show first, device first, and the test would depend on the order tests ran in.
  if (!opts.keepDevice) await resetDb();
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, window.location.href);
    const override = bodies[url.pathname];
    if (override !== undefined) return new Response(override, { headers: { 'content-type': 'application/json' } });
    try {
      const text = await readFile(join(process.cwd(), 'public', url.pathname), 'utf8');
      return new Response(text, { headers: { 'content-type': 'application/feed+json' } });
    } catch {
      return new Response('Not found', { status: 404, statusText: 'Not Found', headers: { 'content-type': 'text/plain' } });
    }
  });
  const router = createMemoryRouter(routes, { initialEntries: [path], getContext: () => routerContext(session) });
  const utils = render(
    <FeedSessionProvider session={session}>
      <TabStateProvider tab={tab}>
        <RouterProvider router={router} />
      </TabStateProvider>
    </FeedSessionProvider>,
  );
  return { ...utils, router, session, tab };
}
