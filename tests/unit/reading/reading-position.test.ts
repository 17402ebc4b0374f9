import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { closeDb } from '../../../src/storage/db';
import { getReadState, putReadState } from '../../../src/storage/read-state-store';
import { continueReading, readStatesOf, scrollFraction, scrollTopFor, throttle, useIsRead, useReadingPosition, useReadStates } from '../../../src/reading/reading-position';
import type { ReadState } from '../../../src/storage/read-state-store';
import { model } from '../feed/helpers';
import { freshPage, inTab, type Page } from '../support/fresh-page';

let page: Page;
beforeEach(async () => {
  page = await freshPage();
  await new Promise<void>((resolve, reject) => {
    const req = indexedDB.deleteDatabase('broadsheet');
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
  });
});

describe('reading state', () => {
  test('opening an article marks it read, keeping a saved position', async () => {
    await readStatesOf(page.tab).savePosition('a1', 0.4);
    const state = await readStatesOf(page.tab).markRead('a1');
    expect(state?.readAt).toBeTypeOf('number');
    expect(state?.position).toBe(0.4);
    expect((await getReadState('a1'))?.readAt).toBe(state?.readAt);
  });

  test('the position survives a restart (a fresh connection to the database)', async () => {
    await readStatesOf(page.tab).savePosition('a2', 0.55);
    await closeDb();
    expect((await readStatesOf(page.tab).readStateOf('a2'))?.position).toBe(0.55);
    await readStatesOf(page.tab).load(true);
  });

  test('positions are clamped to 0..1', async () => {
    await readStatesOf(page.tab).savePosition('a3', 1.7);
    expect((await getReadState('a3'))?.position).toBe(1);
  });

  test('"Continue reading" offers articles between 5% and 90%, most recent first', () => {
    const m = model(['1', '2', '3', '4', '5'].map((id) => ({ id, title: `T${id}`, content_text: 'x' })));
    const st = (id: string, position: number, updatedAt: number): [string, ReadState] => [id, { id, position, updatedAt, readAt: 1 }];
    const read = new Map([st('1', 0.5, 10), st('2', 0.04, 20), st('3', 0.95, 30), st('4', 0.2, 40), st('5', 0.9, 5)]);
    expect(continueReading(m.articles, read).map((a) => a.id)).toEqual(['4', '1', '5']);
    expect(continueReading(m.articles, read, 1).map((a) => a.id)).toEqual(['4']);
  });

  test('scroll fraction and back', () => {
    expect(scrollFraction(500, 3000, 1000)).toBe(0.25);
    expect(scrollFraction(0, 800, 1000)).toBe(1);
    expect(scrollFraction(-20, 3000, 1000)).toBe(0);
    expect(scrollTopFor(0.25, 3000, 1000)).toBe(500);
  });

  test('throttle runs at most once per interval, with the last value, and flushes', () => {
    vi.useFakeTimers();
    try {
      const seen: number[] = [];
      const t = throttle((n: number) => seen.push(n), 100);
      t(1);
      t(2);
      t(3);
      expect(seen).toEqual([1]);
      vi.advanceTimersByTime(100);
      expect(seen).toEqual([1, 3]);
      t(4);
      t.flush();
      expect(seen).toEqual([1, 3, 4]);
      t.flush();
      expect(seen).toEqual([1, 3, 4]);
    } finally {
      vi.useRealTimers();
    }
  });
});

// The cache the lists read at render time, and the article page's hook. The cache is the page's: each
// test has a page of its own.
describe('the read-state cache and the article page', () => {
  const fresh = async () => {
    page = await freshPage();
    const reads = readStatesOf(page.tab);
    return { ...reads, loadReadStates: reads.load, useIsRead, useReadStates, useReadingPosition, closeDb, getReadState, putReadState };
  };
  const renderInPage = <T,>(hook: () => T) => renderHook(hook, { wrapper: inTab(page.tab) });
  const restore: (() => void)[] = [];
  afterEach(() => {
    for (const fn of restore.splice(0)) fn();
    vi.unstubAllGlobals();
  });

  test('marking an article read shows at once wherever read state is used', async () => {
    const { markRead, useIsRead, useReadStates } = await fresh();
    const isRead = renderInPage(() => useIsRead());
    const states = renderInPage(() => useReadStates());
    await waitFor(() => expect(isRead.result.current('a1')).toBe(false));
    await act(() => markRead('a1'));
    expect(isRead.result.current('a1')).toBe(true);
    expect(isRead.result.current('a2')).toBe(false);
    expect(states.result.current.get('a1')?.readAt).toBeTypeOf('number');
  });

  test('a saved position alone is not "read"', async () => {
    const { savePosition, useIsRead } = await fresh();
    const isRead = renderInPage(() => useIsRead());
    await act(() => savePosition('a1', 0.3));
    expect(isRead.result.current('a1')).toBe(false);
  });

  test('what is stored is loaded into the cache once, and again when forced', async () => {
    const { putReadState, loadReadStates, useReadStates } = await fresh();
    await putReadState('a1', { readAt: 5, position: 0.4 });
    const states = renderInPage(() => useReadStates());
    await waitFor(() => expect(states.result.current.get('a1')?.position).toBe(0.4));
    await putReadState('a2', { readAt: 6 });
    await act(() => loadReadStates());
    expect(states.result.current.has('a2')).toBe(false);
    await act(() => loadReadStates(true));
    expect(states.result.current.get('a2')?.readAt).toBe(6);
  });

  test('storage gone: markRead answers from the cache, savePosition does not throw, readStateOf falls back to the cache', async () => {
    const { markRead, savePosition, readStateOf, closeDb } = await fresh();
    const first = await markRead('a1');
    await closeDb();
    vi.stubGlobal('indexedDB', undefined);
    expect(await markRead('a1')).toEqual(first);
    expect(await markRead('never-seen')).toBeUndefined();
    await expect(savePosition('a1', 0.5)).resolves.toBeUndefined();
    expect(await readStateOf('a1')).toEqual(first);
  });

  /**
   * Holds the hook's 800 ms throttle for the rest of the test: the clock it reads is set back a long
   * way, so its timer is due in minutes. A write seen after this was not the throttle's own, however
   * slow the machine.
   */
  function holdTheThrottle() {
    const now = Date.now();
    const clock = vi.spyOn(Date, 'now').mockReturnValue(now - 1_000_000);
    restore.push(() => clock.mockRestore());
  }

  /** A page 3000px tall in a 1000px window, and a spy on scrolling. */
  function tallPage() {
    Object.defineProperty(document.documentElement, 'scrollHeight', { configurable: true, value: 3000 });
    Object.defineProperty(window, 'innerHeight', { configurable: true, value: 1000 });
    const scrollTo = vi.spyOn(window, 'scrollTo');
    restore.push(() => {
      Reflect.deleteProperty(document.documentElement, 'scrollHeight');
      Reflect.deleteProperty(window, 'innerHeight');
      scrollTo.mockRestore();
    });
    return scrollTo;
  }

  test('opening an article marks it read and scrolls back to where the reader left it', async () => {
    const scrollTo = tallPage();
    const { savePosition, useReadingPosition, getReadState } = await fresh();
    await savePosition('a1', 0.5);
    renderInPage(() => useReadingPosition('a1', ''));
    await waitFor(() => expect(scrollTo).toHaveBeenCalledWith({ top: 1000, behavior: 'instant' }));
    expect((await getReadState('a1'))?.readAt).toBeTypeOf('number');
  });

  test('scrolling before the stored position is applied does not overwrite it', async () => {
    const scrollTo = tallPage();
    const { savePosition, useReadingPosition, getReadState } = await fresh();
    await savePosition('a1', 0.5);
    renderInPage(() => useReadingPosition('a1', ''));
    window.dispatchEvent(new Event('scroll')); // at the top, before the page was scrolled back
    await waitFor(() => expect(scrollTo).toHaveBeenCalled());
    expect((await getReadState('a1'))?.position).toBe(0.5);
  });

  test('a link to a paragraph (a hash) is not overridden by the stored position; nor is a position at the very top or end', async () => {
    const scrollTo = tallPage();
    const { savePosition, useReadingPosition, getReadState } = await fresh();
    await savePosition('a1', 0.5);
    await savePosition('a2', 0.999);
    renderInPage(() => useReadingPosition('a1', '#p-3'));
    renderInPage(() => useReadingPosition('a2', ''));
    await waitFor(async () => expect((await getReadState('a2'))?.readAt).toBeTypeOf('number'));
    await waitFor(async () => expect((await getReadState('a1'))?.readAt).toBeTypeOf('number'));
    await new Promise((r) => requestAnimationFrame(r));
    expect(scrollTo).not.toHaveBeenCalled();
  });

  test('the position is kept as the reader scrolls, written when the page is hidden', async () => {
    tallPage();
    const { useReadingPosition, getReadState } = await fresh();
    renderInPage(() => useReadingPosition('a1', ''));
    await waitFor(async () => expect((await getReadState('a1'))?.readAt).toBeTypeOf('number'));
    Object.defineProperty(window, 'scrollY', { configurable: true, value: 600 });
    restore.push(() => Reflect.deleteProperty(window, 'scrollY'));
    window.dispatchEvent(new Event('scroll')); // written at once
    await waitFor(async () => expect((await getReadState('a1'))?.position).toBe(0.3));
    Object.defineProperty(window, 'scrollY', { configurable: true, value: 1500 });
    holdTheThrottle();
    window.dispatchEvent(new Event('scroll')); // held by the throttle, unless the page goes
    window.dispatchEvent(new Event('pagehide'));
    await waitFor(async () => expect((await getReadState('a1'))?.position).toBe(0.75));
  });

  test('leaving the article keeps the last position too', async () => {
    tallPage();
    const { useReadingPosition, getReadState } = await fresh();
    const hook = renderInPage(() => useReadingPosition('a1', ''));
    await waitFor(async () => expect((await getReadState('a1'))?.readAt).toBeTypeOf('number'));
    Object.defineProperty(window, 'scrollY', { configurable: true, value: 600 });
    restore.push(() => Reflect.deleteProperty(window, 'scrollY'));
    window.dispatchEvent(new Event('scroll')); // written at once
    await waitFor(async () => expect((await getReadState('a1'))?.position).toBe(0.3));
    Object.defineProperty(window, 'scrollY', { configurable: true, value: 1200 });
    holdTheThrottle();
    window.dispatchEvent(new Event('scroll'));
    hook.unmount();
    await waitFor(async () => expect((await getReadState('a1'))?.position).toBe(0.6));
  });
});
