import { beforeEach, describe, expect, test, vi } from 'vitest';
import { closeDb } from '../../../src/storage/db';
import { getReadState } from '../../../src/storage/read-state-store';
import {
  continueReading,
  loadReadStates,
  markRead,
  readStateOf,
  savePosition,
  scrollFraction,
  scrollTopFor,
  throttle,
} from '../../../src/reading/reading-position';
import type { ReadState } from '../../../src/storage/read-state-store';
import { model } from '../feed/helpers';

beforeEach(async () => {
  await closeDb();
  await new Promise<void>((resolve, reject) => {
    const req = indexedDB.deleteDatabase('broadsheet');
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
  });
});

describe('reading state', () => {
  test('opening an article marks it read, keeping a saved position', async () => {
    await savePosition('a1', 0.4);
    const state = await markRead('a1');
    expect(state?.readAt).toBeTypeOf('number');
    expect(state?.position).toBe(0.4);
    expect((await getReadState('a1'))?.readAt).toBe(state?.readAt);
  });

  test('the position survives a restart (a fresh connection to the database)', async () => {
    await savePosition('a2', 0.55);
    await closeDb();
    expect((await readStateOf('a2'))?.position).toBe(0.55);
    await loadReadStates(true);
  });

  test('positions are clamped to 0..1', async () => {
    await savePosition('a3', 1.7);
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
