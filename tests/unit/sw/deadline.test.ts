import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { deadlinePlugin, fetchHeadersWithin, flightCount, retire, takeOff, toBackground } from '../../../src/sw/deadline';

// The worker's deadlines against a real local server that stalls (accepts and never answers), as a
// half-open connection does: every request ends, and background work ends when a newer worker waits.

let server: Server;
let base: string;
const held = new Set<ServerResponse>();

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/stall') {
      held.add(res); // never answered
      return;
    }
    if (req.url === '/slow-body') {
      // Headers at once, then a body that takes its time: a download that is alive, not stalled.
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.write('first ');
      setTimeout(() => res.end('last'), 300);
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const res of held) res.destroy();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** The worker's registration as the module sees it: `waiting` set means a newer worker waits. */
const registration: { waiting: object | null; active: object } = { waiting: null, active: {} };
beforeEach(() => {
  registration.waiting = null;
  vi.stubGlobal('self', { registration, addEventListener: () => undefined });
});
afterEach(() => {
  retire('test over');
  vi.unstubAllGlobals();
});

/** Runs a Workbox plugin callback that the type marks optional. */
function call<K extends 'requestWillFetch' | 'handlerWillRespond' | 'handlerDidComplete'>(plugin: ReturnType<typeof deadlinePlugin>, name: K, arg: unknown) {
  const fn = plugin[name] as ((a: unknown) => Promise<unknown>) | undefined;
  if (!fn) throw new Error(`the plugin has no ${name}`);
  return fn(arg);
}

describe('deadlines', () => {
  test('a request on a stalled connection is aborted when its deadline passes', async () => {
    const { signal, land } = takeOff(150, 'tab-1');
    try {
      await expect(fetch(`${base}/stall`, { signal })).rejects.toMatchObject({ name: 'TimeoutError' });
    } finally {
      land();
    }
    expect(flightCount().all).toBe(0);
  });

  test("the page's own abort ends the worker's request too", async () => {
    const page = new AbortController();
    const { signal, land } = takeOff(60_000, 'tab-1', page.signal);
    const request = fetch(`${base}/stall`, { signal });
    page.abort(new DOMException('The reader left the page.', 'AbortError'));
    await expect(request).rejects.toMatchObject({ name: 'AbortError' });
    land();
  });

  test('media: only the headers have a deadline; a body that keeps coming is not cut', async () => {
    const res = await fetchHeadersWithin(new Request(`${base}/slow-body`), 100, 'tab-1');
    expect(await res.text()).toBe('first last');
    await expect(fetchHeadersWithin(new Request(`${base}/stall`), 100, 'tab-1')).rejects.toMatchObject({ name: 'AbortError' });
    expect(flightCount().all).toBe(0);
  });
});

describe('background work and a newer worker', () => {
  test('retire() ends the background requests and leaves those a page waits on', () => {
    const background = takeOff(60_000, '');
    toBackground(background.flight);
    const foreground = takeOff(60_000, 'tab-1');
    expect(flightCount()).toEqual({ all: 2, background: 1 });
    expect(retire('a newer worker waits')).toBe(1);
    expect(background.signal.aborted).toBe(true);
    expect(foreground.signal.aborted).toBe(false);
    expect(flightCount()).toEqual({ all: 1, background: 0 });
    foreground.land();
  });

  test('retire() for a reloading page ends its own requests too, and leaves other pages\' alone', () => {
    const reloading = takeOff(60_000, 'tab-2');
    const other = takeOff(60_000, 'tab-3');
    expect(retire('Reload pressed', 'tab-2')).toBe(1);
    expect(reloading.signal.aborted).toBe(true);
    expect(other.signal.aborted).toBe(false);
    other.land();
  });

  test('while a newer worker waits, a request that goes background is ended at once', async () => {
    registration.waiting = {};
    const { flight, signal } = takeOff(60_000, 'tab-1');
    const request = fetch(`${base}/stall`, { signal });
    toBackground(flight);
    await expect(request).rejects.toMatchObject({ name: 'AbortError' });
    expect(flightCount().all).toBe(0);
  });

  test('the Workbox plugin: the request carries the deadline; a cached answer sends it to the background; completion forgets it', async () => {
    const plugin = deadlinePlugin(60_000, (answer) => answer.headers.has('x-kept'));
    const state = {};
    const request = (await call(plugin, 'requestWillFetch', { request: new Request(`${base}/stall`), event: { clientId: 'tab-1' }, state })) as Request;
    const pending = fetch(request);
    expect(flightCount()).toEqual({ all: 1, background: 0 });
    // The strategy answers the page from its cache: only the cache waits on the network now.
    await call(plugin, 'handlerWillRespond', { response: new Response('kept', { headers: { 'x-kept': '1' } }), state });
    expect(flightCount()).toEqual({ all: 1, background: 1 });
    retire('a newer worker waits');
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    await call(plugin, 'handlerDidComplete', { state });
    expect(flightCount().all).toBe(0);
  });

  test('the Workbox plugin: a network answer stays in the foreground (the page reads the same body)', async () => {
    const plugin = deadlinePlugin(60_000, (answer) => answer.headers.has('x-kept'));
    const state = {};
    const request = (await call(plugin, 'requestWillFetch', { request: new Request(`${base}/ok`), event: { clientId: 'tab-1' }, state })) as Request;
    const res = await fetch(request);
    await call(plugin, 'handlerWillRespond', { response: res, state });
    expect(retire('a newer worker waits')).toBe(0);
    expect(await res.text()).toBe('ok');
    await call(plugin, 'handlerDidComplete', { state });
    expect(flightCount().all).toBe(0);
  });
});
