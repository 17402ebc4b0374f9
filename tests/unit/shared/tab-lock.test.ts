import { afterEach, describe, expect, test, vi } from 'vitest';

// Background work one tab at a time. jsdom has no Web Locks, which is the case the stand-in is for:
// two tabs are two instances of the module (vi.resetModules between the imports) over one
// localStorage, as two tabs of one origin share theirs.

type TabLock = typeof import('../../../src/shared/tab-lock');

async function openTab(): Promise<TabLock> {
  vi.resetModules();
  return import('../../../src/shared/tab-lock');
}

/** Work that runs until the test lets it end. */
function holding() {
  let end: () => void = () => undefined;
  const ended = new Promise<void>((resolve) => (end = resolve));
  let began: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (began = resolve));
  return { work: () => (began(), ended), started, end };
}

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const storageDescriptor = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');

afterEach(() => {
  if (storageDescriptor) Object.defineProperty(globalThis, 'localStorage', storageDescriptor);
  delete (navigator as { locks?: unknown }).locks;
  localStorage.clear();
  vi.resetModules();
});

describe('without Web Locks (as in jsdom)', () => {
  test('work runs at once when no tab holds the lock, ifAvailable or not', async () => {
    const a = await openTab();
    expect(await a.withTabLock('x', {}, async () => 1)).toEqual({ ran: true, value: 1 });
    expect(await a.withTabLock('x', { ifAvailable: true }, async () => 2)).toEqual({ ran: true, value: 2 });
  });

  test('ifAvailable: a lock another tab holds is left to it, and is free again once its work ends', async () => {
    const a = await openTab();
    const b = await openTab();
    const held = holding();
    const running = a.withTabLock('x', {}, held.work);
    await held.started;
    expect(await b.withTabLock('x', { ifAvailable: true }, async () => 'b')).toEqual({ ran: false });
    held.end();
    expect(await running).toEqual({ ran: true, value: undefined });
    expect(await b.withTabLock('x', { ifAvailable: true }, async () => 'b')).toEqual({ ran: true, value: 'b' });
  });

  test('a tab that asks and waits runs only once the holding tab is done', async () => {
    const a = await openTab();
    const b = await openTab();
    const order: string[] = [];
    const held = holding();
    const first = a.withTabLock('x', {}, async () => {
      await held.work();
      order.push('a');
    });
    await held.started;
    const second = b.withTabLock('x', {}, async () => void order.push('b'));
    await tick(b.RETRY_MS * 2);
    expect(order).toEqual([]);
    held.end();
    await Promise.all([first, second]);
    expect(order).toEqual(['a', 'b']);
  });

  test('within one tab, requests queue as Web Locks would: ifAvailable is refused, a wait runs next', async () => {
    const a = await openTab();
    const order: string[] = [];
    const held = holding();
    const first = a.withTabLock('x', {}, async () => {
      await held.work();
      order.push('first');
    });
    const second = a.withTabLock('x', {}, async () => void order.push('second'));
    expect(await a.withTabLock('x', { ifAvailable: true }, async () => 'no')).toEqual({ ran: false });
    held.end();
    await Promise.all([first, second]);
    expect(order).toEqual(['first', 'second']);
  });

  test('the lease of a tab that crashed lapses; a live one of another tab is respected', async () => {
    const b = await openTab();
    localStorage.setItem('broadsheet:lease:x', JSON.stringify({ tab: 'crashed', until: Date.now() + b.LEASE_MS }));
    expect(await b.withTabLock('x', { ifAvailable: true }, async () => 'b')).toEqual({ ran: false });
    localStorage.setItem('broadsheet:lease:x', JSON.stringify({ tab: 'crashed', until: Date.now() - 1 }));
    expect(await b.withTabLock('x', { ifAvailable: true }, async () => 'b')).toEqual({ ran: true, value: 'b' });
  });

  test('a page that is hidden (closed) lets its leases go at once', async () => {
    const a = await openTab();
    const b = await openTab();
    const held = holding();
    void a.withTabLock('x', {}, held.work);
    await held.started;
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    expect(await b.withTabLock('x', { ifAvailable: true }, async () => 'b')).toEqual({ ran: true, value: 'b' });
    held.end();
  });

  test('without localStorage either, nothing throws and the tab still runs one at a time', async () => {
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    const a = await openTab();
    const held = holding();
    const first = a.withTabLock('x', {}, held.work);
    await held.started;
    expect(await a.withTabLock('x', { ifAvailable: true }, async () => 'no')).toEqual({ ran: false });
    held.end();
    expect(await first).toEqual({ ran: true, value: undefined });
    expect(await a.withTabLock('x', { ifAvailable: true }, async () => 'yes')).toEqual({ ran: true, value: 'yes' });
  });
});

describe('with Web Locks', () => {
  test('the browser\'s locks are asked, with ifAvailable; a lock not granted runs nothing', async () => {
    const asked: { name: string; ifAvailable?: boolean }[] = [];
    const locks = {
      request: async (name: string, options: { ifAvailable?: boolean }, work: (l: unknown) => Promise<unknown>) => {
        asked.push({ name, ...options });
        return work(options.ifAvailable ? null : { name });
      },
    };
    Object.defineProperty(navigator, 'locks', { configurable: true, value: locks });
    const a = await openTab();
    expect(a.hasTabLocks()).toBe(true);
    expect(await a.withTabLock('x', {}, async () => 1)).toEqual({ ran: true, value: 1 });
    expect(await a.withTabLock('x', { ifAvailable: true }, async () => 2)).toEqual({ ran: false });
    expect(asked).toEqual([
      { name: 'x', ifAvailable: false },
      { name: 'x', ifAvailable: true },
    ]);
  });

  test('a page refused locks falls back to the stand-in; an error of the work itself still rejects', async () => {
    let calls = 0;
    const locks = {
      request: async (_name: string, _options: unknown, work: (lock: unknown) => Promise<unknown>) => {
        if (calls++ === 0) throw new DOMException('The request is not allowed.', 'SecurityError');
        return work({});
      },
    };
    Object.defineProperty(navigator, 'locks', { configurable: true, value: locks });
    const a = await openTab();
    expect(await a.withTabLock('x', {}, async () => 'ran')).toEqual({ ran: true, value: 'ran' });
    const failing = async () => Promise.reject(new Error('work failed'));
    await expect(a.withTabLock('x', {}, failing)).rejects.toThrow('work failed');
  });
});
